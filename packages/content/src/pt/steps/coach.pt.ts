import type { FlowStepTexts } from '../../content.types.js';

export const coachStepsPt = {
  'coach.journeys': {
    title: 'Escolha o que quer praticar',
    body: 'Escolha a tarefa que quer ensaiar, desde criar uma conta até recuperar de um telemóvel perdido. Antes de começar, pode ativar situações que correm mal.',
  },
} satisfies FlowStepTexts<'coach'>;
