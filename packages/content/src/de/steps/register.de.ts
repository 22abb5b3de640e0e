import type { FlowStepTexts } from '../../content.types.js';

export const registerStepsDe = {
  'register.form': {
    title: 'Füllen Sie das Registrierungsformular aus',
    body: 'Geben Sie auf dem PC Vor- und Nachnamen sowie zweimal Ihre E-Mail-Adresse ein, wählen Sie die Sprache der E-Mails von EU Login, geben Sie die Zeichen aus dem Bild ein und setzen Sie das Häkchen beim Datenschutz. Klicken Sie dann auf „Konto erstellen“.',
    assumed: 'Eine Anleitung sagt, der Bildcode werde nur „bei Aufforderung“ verlangt. Der Coach verlangt ihn immer.',
  },
  'register.mailSent': {
    title: 'Öffnen Sie die Bestätigungs-E-Mail',
    body: 'In Ihrem Postfach trifft eine E-Mail von EU Login mit einem Link ein. Das kann bis zu {mailMinutes} Minuten dauern; sehen Sie auch im Spam-Ordner nach. Öffnen Sie den Link, um Ihr Passwort zu wählen. (Hier überspringt die Warte-Schaltfläche im Postfach die Wartezeit.)',
    assumed:
      'EU Login veröffentlicht nicht, wie lange der Link gilt oder ob es anbietet, die Registrierungs-E-Mail erneut zu senden. Der Coach nimmt {linkMinutes} Minuten an, bietet „E-Mail erneut senden“ an und akzeptiert nur den neuesten Link.',
  },
  'register.linkExpired': {
    title: 'Der Link ist abgelaufen',
    body: 'Auf dem PC meldet EU Login, dass der Bestätigungslink zu alt ist. Beginnen Sie die Registrierung erneut, um eine neue E-Mail zu erhalten.',
    assumed:
      'EU Login sagt nur, dass der Link begrenzte Zeit gilt. Der Coach nimmt {linkMinutes} Minuten an und lässt Sie die E-Mail erneut senden oder sich erneut registrieren.',
  },
  'register.done': {
    title: 'Ihr Konto ist bereit',
    body: 'Auf dem PC bestätigt EU Login das Passwort und meldet Sie an. Viele Websites verlangen zusätzlich einen zweiten Faktor, fügen Sie also als Nächstes Ihr Telefon hinzu.',
  },
} satisfies FlowStepTexts<'register'>;
