import type { FlowHelpdeskScripts } from '../../content.types.js';

export const passwordHelpdeskEn = {
  'password.set': {
    ask: [
      'Does the page show two boxes, "New password" and "Confirm new password"?',
      'What does the red message under the box say, if any?',
    ],
    say: [
      'Use at least {min} characters, mixing capitals, small letters, digits and a sign such as ! or #.',
      'Leave out your name and the first part of your e-mail address.',
      'Type the same password in both boxes, then press "Submit".',
    ],
    ifThen: [
      {
        if: 'The page says the password was changed too recently',
        then: 'EU Login allows one change every {changeHours} hours. Sign in with the current password, or try tomorrow.',
      },
      {
        if: 'The two boxes do not match',
        then: 'Clear both and type them again slowly; turn on "Show password" if there is one.',
      },
      {
        if: 'A password manager filled in something else',
        then: 'Clear the boxes and type the password yourself.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'password'>;
