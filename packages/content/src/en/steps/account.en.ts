import type { FlowStepTexts } from '../../content.types.js';

export const accountStepsEn = {
  'account.home': {
    title: 'Open My Account',
    body: 'On the PC, signed in to EU Login, go to "My Account" (on the real EU Login, through the gear icon at the top right). It lists what you can manage: mobile devices, eIDs, security keys.',
  },
} satisfies FlowStepTexts<'account'>;
