import type { UiModeChoice } from '../guide-mode.types.js';

/** The start page's choice of mode, in French. */
export const modeChoiceFr: UiModeChoice = {
  legend: 'Comment souhaitez-vous utiliser le coach\u00a0?',
  rehearse: 'M’entraîner sur des écrans fictifs',
  rehearseHint:
    'Entraînez-vous d’abord sur un ordinateur, un téléphone et une boîte mail fictifs. Rien de ce que vous saisissez ne quitte cette page.',
  guide: 'Me guider pour la vraie configuration',
  guideTagline: 'Configurez pour de vrai l’authentification à deux facteurs d’EU Login, avec le coach à vos côtés.',
  guideHint:
    'Faites la vraie configuration d’EU Login dans une autre fenêtre\u00a0; le coach vous dit quoi faire et vous lui indiquez ce qui s’est passé.',
};
