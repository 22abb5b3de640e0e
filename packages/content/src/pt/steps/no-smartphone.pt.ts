import type { FlowStepTexts } from '../../content.types.js';

export const noSmartphoneStepsPt = {
  'noSmartphone.options': {
    title: 'Sem smartphone? Há outras formas',
    body: 'Sem smartphone, pode instalar a aplicação EU Login num tablet, usar uma chave de segurança USB (por exemplo, uma YubiKey), ou usar o Windows Hello no computador. Escolha uma.',
  },
} satisfies FlowStepTexts<'noSmartphone'>;
