import type { FlowStepTexts } from '../../content.types.js';

export const panicStepsEn = {
  'panic.confirm': {
    title: 'Delete all devices and eIDs',
    body: 'On the PC, in My Account, confirm "Delete all my devices and eID (PANIC)". Every phone and eID is removed from your account; you then sign in with your password alone.',
  },
  'panic.done': {
    title: 'All devices removed',
    body: 'On the PC, EU Login confirms that all devices and eIDs are gone and mails you a security notice. Add your new phone now.',
    assumed:
      'EU Login does not publish whether PANIC asks for more checks or sends an e-mail. The coach assumes a confirmation, immediate deletion and a security notice by mail.',
  },
} satisfies FlowStepTexts<'panic'>;
