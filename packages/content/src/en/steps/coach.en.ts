import type { FlowStepTexts } from '../../content.types.js';

export const coachStepsEn = {
  'coach.journeys': {
    title: 'Choose what to practise',
    body: 'Pick the task you want to rehearse, from creating an account to recovering from a lost phone. You can switch on things that can go wrong before you start.',
  },
} satisfies FlowStepTexts<'coach'>;
