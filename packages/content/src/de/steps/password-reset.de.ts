import type { FlowStepTexts } from '../../content.types.js';

export const passwordResetStepsDe = {
  'passwordReset.request': {
    title: 'Fordern Sie ein neues Passwort an',
    body: 'Prüfen Sie auf dem PC Ihre E-Mail-Adresse, geben Sie die Zeichen aus dem Bild ein und klicken Sie auf „Passwort anfordern“. EU Login schickt Ihnen dann einen Link per E-Mail.',
  },
  'passwordReset.mailSent': {
    title: 'Öffnen Sie die E-Mail zum Zurücksetzen',
    body: 'In Ihrem Postfach trifft eine E-Mail von EU Login mit einem Link zum Festlegen eines neuen Passworts ein. Das kann bis zu {mailMinutes} Minuten dauern; sehen Sie auch im Spam-Ordner nach. (Hier überspringt die Warte-Schaltfläche im Postfach die Wartezeit.)',
    assumed:
      'EU Login veröffentlicht nicht, wie lange ein Link zum Zurücksetzen gilt oder ob eine neuere Anfrage ältere Links ungültig macht. Der Coach nimmt {linkMinutes} Minuten an und akzeptiert nur den neuesten Link.',
  },
  'passwordReset.linkExpired': {
    title: 'Der Link zum Zurücksetzen funktioniert nicht mehr',
    body: 'Auf dem PC meldet EU Login, dass der Link abgelaufen ist oder durch einen neueren ersetzt wurde. Fordern Sie einen neuen Link an.',
    assumed:
      'EU Login veröffentlicht nicht, wie lange ein Link zum Zurücksetzen gilt. Der Coach nimmt {linkMinutes} Minuten an, und eine neuere Anfrage ersetzt ältere Links.',
  },
  'passwordReset.done': {
    title: 'Ihr neues Passwort ist festgelegt',
    body: 'Auf dem PC bestätigt EU Login das neue Passwort. Verwenden Sie es ab jetzt; Ihre App und Ihre Schlüssel funktionieren weiter wie bisher.',
  },
} satisfies FlowStepTexts<'passwordReset'>;
