import type { FlowHelpdeskScripts } from '../../content.types.js';

export const accountHelpdeskDe = {
  'account.home': {
    ask: ['Sehen Sie oben rechts auf der EU-Login-Seite ein Zahnradsymbol?', 'Sind Sie angemeldet?'],
    say: [
      'Öffnen Sie das Einstellungsmenü (das Zahnradsymbol oben rechts) und wählen Sie „Mein Konto“.',
      'Wählen Sie dann den Eintrag für das, was Sie hinzufügen oder ändern möchten.',
    ],
    ifThen: [
      {
        if: 'EU Login verlangt eine erneute Anmeldung mit einem zweiten Faktor',
        then: 'Das ist normal, wenn bereits ein Faktor vorhanden ist: Bestätigen Sie zuerst damit.',
      },
      {
        if: 'Das verlorene Telefon ist der einzige Faktor',
        then: 'Verwenden Sie „Alle meine Geräte und eIDs löschen (PANIC)“, um neu anzufangen.',
      },
      {
        if: 'Die EU-Login-Seiten sind in einer anderen Sprache',
        then: 'Stellen Sie die Seitensprache über das Sprachmenü oben auf der Seite auf Deutsch um.',
      },
      {
        if: 'Die anrufende Person möchte die E-Mail-Adresse des Kontos ändern',
        then: 'Wählen Sie „Mein Konto konfigurieren“, geben Sie die neue Adresse ein, klicken Sie auf „Senden“ und öffnen Sie den Bestätigungslink, der an die neue Adresse geschickt wird. Erstellen Sie kein zweites Konto.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'account'>;
