import type { FlowStepTexts } from '../../content.types.js';

export const recoveryStepsEn = {
  'recovery.options': {
    title: 'Lost or replaced your phone?',
    body: 'If the old phone still works, add the new one first and delete the old one afterwards. If it is lost or unusable, sign in with another factor and remove it; with no other factor, sign in with your password and delete all your devices in My Account.',
  },
} satisfies FlowStepTexts<'recovery'>;
