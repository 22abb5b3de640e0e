import type { FlowStepTexts } from '../../content.types.js';

export const coachStepsDe = {
  'coach.journeys': {
    title: 'Wählen Sie, was Sie üben möchten',
    body: 'Wählen Sie die Aufgabe, die Sie durchspielen möchten, vom Erstellen eines Kontos bis zum Vorgehen nach dem Verlust des Telefons. Vor dem Start können Sie Dinge einschalten, die schiefgehen können.',
  },
} satisfies FlowStepTexts<'coach'>;
