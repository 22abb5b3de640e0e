import type { FlowStepTexts } from '../../content.types.js';

export const panicStepsDe = {
  'panic.confirm': {
    title: 'Alle Geräte und eIDs löschen',
    body: 'Bestätigen Sie auf dem PC unter „Mein Konto“ den Eintrag „Alle meine Geräte und eIDs löschen (PANIC)“. Jedes Telefon und jede eID wird aus Ihrem Konto entfernt; danach melden Sie sich nur mit Ihrem Passwort an.',
  },
  'panic.done': {
    title: 'Alle Geräte entfernt',
    body: 'Auf dem PC bestätigt EU Login, dass alle Geräte und eIDs entfernt sind, und schickt Ihnen einen Sicherheitshinweis per E-Mail. Fügen Sie jetzt Ihr neues Telefon hinzu.',
    assumed:
      'EU Login veröffentlicht nicht, ob PANIC weitere Prüfungen verlangt oder eine E-Mail sendet. Der Coach nimmt eine Bestätigung, sofortiges Löschen und einen Sicherheitshinweis per E-Mail an.',
  },
} satisfies FlowStepTexts<'panic'>;
