import type { FlowHelpdeskScripts } from '../../content.types.js';

export const registerHelpdeskDe = {
  'register.form': {
    ask: [
      'Sind Sie auf der Seite mit der Überschrift „Konto erstellen“?',
      'Welche E-Mail-Adresse werden Sie verwenden? Sie müssen sie jetzt sofort öffnen können.',
    ],
    say: [
      'Schreiben Sie Ihre Namen, wie Sie möchten; jedes Alphabet ist zulässig.',
      'Geben Sie Ihre E-Mail-Adresse zweimal ein, beide Male gleich.',
      'Geben Sie die Zeichen aus dem Bild ein, setzen Sie das Häkchen bei der Datenschutzerklärung und klicken Sie auf „Konto erstellen“.',
    ],
    ifThen: [
      {
        if: 'Die Seite meldet, dass die Adresse bereits registriert ist',
        then: 'Die Person hat bereits ein Konto, vielleicht über eine andere Website. Verwenden Sie „Passwort vergessen?“, statt sich neu zu registrieren.',
      },
      {
        if: 'Die Seite lehnt eine Adresse einer EU-Institution ab',
        then: 'Konten für Bedienstete werden von der Institution angelegt. Verwenden Sie eine private Adresse oder wenden Sie sich an den örtlichen IT-Helpdesk.',
      },
      {
        if: 'Das Bild ist schwer zu lesen',
        then: 'Klicken Sie auf die Schaltfläche mit den zwei Pfeilen, um ein neues Bild zu erhalten.',
      },
      {
        if: 'Eine Wegwerfadresse wird abgelehnt',
        then: 'Verwenden Sie eine dauerhafte Adresse: E-Mails von EU Login sind später wichtig, für Zurücksetzungen und Sicherheitshinweise.',
      },
    ],
  },
  'register.mailSent': {
    ask: [
      'Hat der PC gemeldet, dass eine E-Mail gesendet wurde? An welche Adresse?',
      'Haben Sie im Spam- oder Junk-Ordner nachgesehen?',
      'Wie lange ist es her, dass Sie auf „Konto erstellen“ geklickt haben?',
    ],
    say: [
      'Suchen Sie nach einer E-Mail von automated-notifications@nomail.ec.europa.eu.',
      'Öffnen Sie sie und klicken Sie auf den Link, oder kopieren Sie ihn in die Adresszeile des Browsers.',
    ],
    ifThen: [
      {
        if: 'Im Posteingang ist nichts',
        then: 'Sehen Sie im Spam- und Junk-Ordner nach und warten Sie dann: Es kann bis zu {mailMinutes} Minuten dauern.',
      },
      {
        if: 'Die Adresse auf dem PC enthält einen Tippfehler',
        then: 'Diese E-Mail wird nie ankommen. Registrieren Sie sich erneut mit der richtigen Adresse.',
      },
      {
        if: 'Der Link ist auf zwei Zeilen umbrochen',
        then: 'Kopieren Sie den ganzen Link in einem Stück in die Adresszeile des Browsers.',
      },
      {
        if: 'Der Link meldet, dass er abgelaufen ist',
        then: 'Registrieren Sie sich erneut; der Link gilt nur begrenzte Zeit (hier {linkMinutes} Minuten, angenommen).',
      },
    ],
  },
  'register.linkExpired': {
    ask: ['Wann ist die E-Mail angekommen?', 'Haben Sie bei mehreren E-Mails auf die neueste geklickt?'],
    say: [
      'Gehen Sie zurück zur EU-Login-Seite und wählen Sie erneut „Konto erstellen“.',
      'Öffnen Sie die neue E-Mail bald nach ihrem Eintreffen.',
    ],
    ifThen: [
      {
        if: 'Die Seite meldet dann, dass die Adresse bereits registriert ist',
        then: 'Verwenden Sie „Passwort vergessen?“ mit dieser Adresse, um das Festlegen des Passworts abzuschließen.',
      },
      {
        if: 'Es sind mehrere E-Mails angekommen',
        then: 'Verwenden Sie die neueste; in dieser Übung funktioniert nur der neueste Link.',
      },
    ],
  },
  'register.done': {
    ask: ['Meldet der PC, dass Sie jetzt authentifiziert sind?'],
    say: [
      'Ihr Konto funktioniert. Fügen Sie jetzt einen zweiten Faktor hinzu: die EU-Login-App, einen Sicherheitsschlüssel oder eine eID.',
      'Öffnen Sie das Zahnradsymbol oben rechts und wählen Sie „Mein Konto“.',
    ],
    ifThen: [
      {
        if: 'Die anrufende Person hat kein Smartphone',
        then: 'Ein Tablet, ein Sicherheitsschlüssel oder Windows Hello funktioniert auch.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'register'>;
