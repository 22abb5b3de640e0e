import type { FlowHelpdeskScripts } from '../../content.types.js';

export const passwordResetHelpdeskEn = {
  'passwordReset.request': {
    ask: ['Is your e-mail address shown on the page?', 'Can you read the characters in the picture?'],
    say: [
      'Make sure the address is the one of your EU Login account.',
      'Type the characters from the picture and press "Get a password".',
    ],
    ifThen: [
      {
        if: 'The picture is unreadable',
        then: 'Press the two-arrows button for a new picture.',
      },
      {
        if: 'The account e-mail address is out of date',
        then: 'The mail goes to the old address. If they can no longer open it, contact EU Login support via https://webgate.ec.europa.eu/cas/help.html.',
      },
    ],
  },
  'passwordReset.mailSent': {
    ask: ['Have you looked in the spam or junk folder?', 'Did you ask for a reset more than once?'],
    say: [
      'Look for a mail from automated-notifications@nomail.ec.europa.eu and open its link.',
      'If you asked several times, use the newest mail only.',
    ],
    ifThen: [
      {
        if: 'Nothing arrives',
        then: 'Wait up to {mailMinutes} minutes and check spam; then ask for a new link.',
      },
      {
        if: 'The link says it has expired or is invalid',
        then: 'Ask for a new link with "Lost your password?" and use the newest mail.',
      },
    ],
  },
  'passwordReset.linkExpired': {
    ask: ['Is this the newest reset mail you received?'],
    say: [
      'Go back to https://webgate.ec.europa.eu/cas/login, type your e-mail address, choose "Lost your password?" and ask again.',
      'Open the new mail right away.',
    ],
    ifThen: [
      {
        if: 'Every link seems expired',
        then: 'Delete the old reset mails, ask once more and wait for that one mail only.',
      },
    ],
  },
  'passwordReset.done': {
    ask: ['Does the page confirm the password was changed?'],
    say: [
      'Your new password is active. Sign in with it as usual.',
      'You can change it again only after {changeHours} hours.',
    ],
    ifThen: [
      {
        if: 'The old password is saved in the browser',
        then: 'Update or delete the saved password so it does not fill in the old one.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'passwordReset'>;
