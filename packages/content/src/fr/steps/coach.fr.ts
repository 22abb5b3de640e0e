import type { FlowStepTexts } from '../../content.types.js';

export const coachStepsFr = {
  'coach.journeys': {
    title: 'Choisissez ce que vous voulez pratiquer',
    body: 'Choisissez la tâche à laquelle vous voulez vous entraîner, de la création d’un compte à la perte d’un téléphone. Avant de commencer, vous pouvez activer des incidents qui peuvent se produire.',
  },
} satisfies FlowStepTexts<'coach'>;
