import type { FlowStepTexts } from '../../content.types.js';

export const noSmartphoneStepsFr = {
  'noSmartphone.options': {
    title: 'Pas de smartphone\u00a0? D’autres solutions',
    body: 'Sans smartphone, vous pouvez installer l’application EU Login sur une tablette, utiliser une clé de sécurité USB (une YubiKey, par exemple) ou utiliser Windows Hello sur votre ordinateur. Choisissez l’une de ces solutions.',
  },
} satisfies FlowStepTexts<'noSmartphone'>;
