import type { FlowStepTexts } from '../../content.types.js';

export const registerStepsEn = {
  'register.form': {
    title: 'Fill in the registration form',
    body: 'On the PC, type your first and last name, your e-mail address twice, choose the language of EU Login mails, type the characters from the picture and tick the privacy box. Then press "Create an account".',
    assumed: 'One guide says the picture code is asked only "if requested". The coach always asks for it.',
  },
  'register.mailSent': {
    title: 'Open the confirmation mail',
    body: 'In your mailbox, a mail from EU Login arrives with a link. It can take up to {mailMinutes} minutes; check the spam folder too. Open the link to choose your password. (Here, "Wait" in the mailbox skips the waiting.)',
    assumed:
      'EU Login does not publish how long the link works, or whether it offers to send the registration mail again. The coach assumes {linkMinutes} minutes, offers "Send the mail again" and accepts only the newest link.',
  },
  'register.linkExpired': {
    title: 'The link has expired',
    body: 'On the PC, EU Login says the confirmation link is too old. Start the registration again to get a fresh mail.',
    assumed:
      'EU Login only says the link works for a limited time. The coach assumes {linkMinutes} minutes and lets you send the mail again or register again.',
  },
  'register.done': {
    title: 'Your account is ready',
    body: 'On the PC, EU Login confirms the password and signs you in. Many websites also need a second factor, so add your phone next.',
  },
} satisfies FlowStepTexts<'register'>;
