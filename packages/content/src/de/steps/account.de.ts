import type { FlowStepTexts } from '../../content.types.js';

export const accountStepsDe = {
  'account.home': {
    title: 'Öffnen Sie „Mein Konto“',
    body: 'Gehen Sie auf dem PC, bei EU Login angemeldet, zu „Mein Konto“ (im echten EU Login über das Zahnradsymbol oben rechts). Dort steht, was Sie verwalten können: Mobilgeräte, eIDs, Sicherheitsschlüssel.',
  },
} satisfies FlowStepTexts<'account'>;
