import type { FlowStepTexts } from '../../content.types.js';

export const passwordStepsEn = {
  'password.set': {
    title: 'Choose your password',
    body: 'On the PC, type a new password twice. It needs at least {min} characters with upper and lower case letters, a digit and a special character.',
    assumed:
      'EU Login does not publish a rule against your name or e-mail address in the password. The coach assumes one and refuses such passwords.',
  },
} satisfies FlowStepTexts<'password'>;
