import type { FlowStepTexts } from '../../content.types.js';

export const noSmartphoneStepsDe = {
  'noSmartphone.options': {
    title: 'Kein Smartphone? Andere Wege',
    body: 'Ohne Smartphone können Sie die EU-Login-App auf einem Tablet installieren, einen USB-Sicherheitsschlüssel (zum Beispiel einen YubiKey) verwenden oder Windows Hello auf Ihrem PC nutzen. Wählen Sie einen Weg.',
  },
} satisfies FlowStepTexts<'noSmartphone'>;
