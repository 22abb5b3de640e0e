import type { FlowStepTexts } from '../../content.types.js';

export const coachStepsFr = {
  'coach.journeys': {
    title: 'Choisissez à quoi vous entraîner',
    body: 'Choisissez la tâche à laquelle vous voulez vous entraîner, de la création d’un compte jusqu’à la reprise en main après la perte d’un téléphone. Avant de commencer, vous pouvez activer des incidents qui peuvent se produire.',
  },
} satisfies FlowStepTexts<'coach'>;
