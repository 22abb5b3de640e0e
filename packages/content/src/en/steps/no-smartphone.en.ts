import type { FlowStepTexts } from '../../content.types.js';

export const noSmartphoneStepsEn = {
  'noSmartphone.options': {
    title: 'No smartphone? Other ways',
    body: 'Without a smartphone, you can install the EU Login app on a tablet, use a USB security key (a YubiKey, for example), or use Windows Hello on your PC. Pick one.',
  },
} satisfies FlowStepTexts<'noSmartphone'>;
