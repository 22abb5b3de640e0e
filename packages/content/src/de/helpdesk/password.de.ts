import type { FlowHelpdeskScripts } from '../../content.types.js';

export const passwordHelpdeskDe = {
  'password.set': {
    ask: [
      'Zeigt die Seite zwei Felder, „Neues Passwort“ und „Neues Passwort bestätigen“?',
      'Was steht in der roten Meldung unter dem Feld, falls es eine gibt?',
    ],
    say: [
      'Verwenden Sie mindestens {min} Zeichen und mischen Sie Großbuchstaben, Kleinbuchstaben, Ziffern und ein Zeichen wie ! oder #.',
      'Lassen Sie Ihren Namen und den ersten Teil Ihrer E-Mail-Adresse weg.',
      'Geben Sie in beide Felder dasselbe Passwort ein und klicken Sie dann auf „Senden“.',
    ],
    ifThen: [
      {
        if: 'Die Seite meldet, dass das Passwort erst vor Kurzem geändert wurde',
        then: 'EU Login erlaubt eine Änderung alle {changeHours} Stunden. Melden Sie sich mit dem aktuellen Passwort an oder versuchen Sie es morgen.',
      },
      {
        if: 'Die beiden Felder stimmen nicht überein',
        then: 'Leeren Sie beide und geben Sie sie langsam erneut ein; schalten Sie „Passwort anzeigen“ ein, falls vorhanden.',
      },
      {
        if: 'Ein Passwortmanager hat etwas anderes eingetragen',
        then: 'Leeren Sie die Felder und geben Sie das Passwort selbst ein.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'password'>;
