import type { FlowStepTexts } from '../../content.types.js';

export const recoveryStepsFr = {
  'recovery.options': {
    title: 'Téléphone perdu ou remplacé\u00a0?',
    body: 'Si l’ancien téléphone fonctionne encore, ajoutez d’abord le nouveau et supprimez l’ancien ensuite. S’il est perdu ou inutilisable, connectez-vous avec un autre facteur et supprimez-le\u00a0; sans autre facteur, connectez-vous avec votre mot de passe et supprimez tous vos appareils dans Mon compte.',
  },
} satisfies FlowStepTexts<'recovery'>;
