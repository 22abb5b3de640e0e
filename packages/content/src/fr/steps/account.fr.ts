import type { FlowStepTexts } from '../../content.types.js';

export const accountStepsFr = {
  'account.home': {
    title: 'Ouvrez Mon compte',
    body: 'Sur l’ordinateur, connecté à EU Login, allez dans «\u00a0Mon compte\u00a0» (sur le vrai EU Login, par l’icône en forme de roue dentée en haut à droite). Vous y trouvez ce que vous pouvez gérer\u00a0: appareils mobiles, eID, clés de sécurité.',
  },
} satisfies FlowStepTexts<'account'>;
