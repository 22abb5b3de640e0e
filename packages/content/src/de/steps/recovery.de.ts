import type { FlowStepTexts } from '../../content.types.js';

export const recoveryStepsDe = {
  'recovery.options': {
    title: 'Telefon verloren oder ersetzt?',
    body: 'Funktioniert das alte Telefon noch, fügen Sie zuerst das neue hinzu und löschen Sie danach das alte. Ist es verloren oder unbrauchbar, melden Sie sich mit einem anderen Faktor an und entfernen Sie es; ohne anderen Faktor melden Sie sich mit Ihrem Passwort an und löschen unter „Mein Konto“ alle Ihre Geräte.',
  },
} satisfies FlowStepTexts<'recovery'>;
