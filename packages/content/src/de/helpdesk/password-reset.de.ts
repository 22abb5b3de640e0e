import type { FlowHelpdeskScripts } from '../../content.types.js';

export const passwordResetHelpdeskDe = {
  'passwordReset.request': {
    ask: ['Wird Ihre E-Mail-Adresse auf der Seite angezeigt?', 'Können Sie die Zeichen im Bild lesen?'],
    say: [
      'Vergewissern Sie sich, dass es die Adresse Ihres EU-Login-Kontos ist.',
      'Geben Sie die Zeichen aus dem Bild ein und klicken Sie auf „Passwort anfordern“.',
    ],
    ifThen: [
      {
        if: 'Das Bild ist unlesbar',
        then: 'Klicken Sie auf die Schaltfläche mit den zwei Pfeilen, um ein neues Bild zu erhalten.',
      },
      {
        if: 'Die E-Mail-Adresse des Kontos ist veraltet',
        then: 'Die E-Mail geht an die alte Adresse. Kann die Person diese nicht mehr öffnen, wenden Sie sich über https://webgate.ec.europa.eu/cas/help.html an den EU-Login-Support.',
      },
    ],
  },
  'passwordReset.mailSent': {
    ask: [
      'Haben Sie im Spam- oder Junk-Ordner nachgesehen?',
      'Haben Sie das Zurücksetzen mehr als einmal angefordert?',
    ],
    say: [
      'Suchen Sie nach einer E-Mail von automated-notifications@nomail.ec.europa.eu und öffnen Sie deren Link.',
      'Wenn Sie mehrmals angefordert haben, verwenden Sie nur die neueste E-Mail.',
    ],
    ifThen: [
      {
        if: 'Es kommt nichts an',
        then: 'Warten Sie bis zu {mailMinutes} Minuten und sehen Sie im Spam-Ordner nach; fordern Sie dann einen neuen Link an.',
      },
      {
        if: 'Der Link meldet, dass er abgelaufen oder ungültig ist',
        then: 'Fordern Sie mit „Passwort vergessen?“ einen neuen Link an und verwenden Sie die neueste E-Mail.',
      },
    ],
  },
  'passwordReset.linkExpired': {
    ask: ['Ist das die neueste E-Mail zum Zurücksetzen, die Sie erhalten haben?'],
    say: [
      'Gehen Sie zurück zu https://webgate.ec.europa.eu/cas/login, geben Sie Ihre E-Mail-Adresse ein, wählen Sie „Passwort vergessen?“ und fordern Sie erneut an.',
      'Öffnen Sie die neue E-Mail sofort.',
    ],
    ifThen: [
      {
        if: 'Jeder Link scheint abgelaufen',
        then: 'Löschen Sie die alten E-Mails zum Zurücksetzen, fordern Sie noch einmal an und warten Sie nur auf diese eine E-Mail.',
      },
    ],
  },
  'passwordReset.done': {
    ask: ['Bestätigt die Seite, dass das Passwort geändert wurde?'],
    say: [
      'Ihr neues Passwort ist aktiv. Melden Sie sich wie gewohnt damit an.',
      'Sie können es erst nach {changeHours} Stunden erneut ändern.',
    ],
    ifThen: [
      {
        if: 'Das alte Passwort ist im Browser gespeichert',
        then: 'Aktualisieren oder löschen Sie das gespeicherte Passwort, damit nicht das alte eingetragen wird.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'passwordReset'>;
