import type { FlowStepTexts } from '../../content.types.js';

export const passwordResetStepsEn = {
  'passwordReset.request': {
    title: 'Ask for a new password',
    body: 'On the PC, check your e-mail address, type the characters from the picture and press "Get a password". EU Login then mails you a link.',
  },
  'passwordReset.mailSent': {
    title: 'Open the reset mail',
    body: 'In your mailbox, a mail from EU Login arrives with a link to set a new password. It can take up to {mailMinutes} minutes; check spam too. (Here, "Wait" in the mailbox skips the waiting.)',
    assumed:
      'EU Login does not publish how long a reset link works or whether a newer request cancels older links. The coach assumes {linkMinutes} minutes and accepts only the newest link.',
  },
  'passwordReset.linkExpired': {
    title: 'The reset link no longer works',
    body: 'On the PC, EU Login says the reset link expired or was replaced by a newer one. Ask for a new link.',
    assumed:
      'EU Login does not publish how long a reset link works. The coach assumes {linkMinutes} minutes, and a newer request replaces older links.',
  },
  'passwordReset.done': {
    title: 'Your new password is set',
    body: 'On the PC, EU Login confirms the new password. Use it from now on; your app and keys still work as before.',
  },
} satisfies FlowStepTexts<'passwordReset'>;
