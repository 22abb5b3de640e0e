import type { FlowStepTexts } from '../../content.types.js';

export const deviceStepsDe = {
  'device.list': {
    title: 'Verwalten Sie Ihre Mobilgeräte',
    body: 'Auf dem PC listet „Meine Mobilgeräte verwalten“ die mit Ihrem Konto verknüpften Telefone auf. Wählen Sie „Mobilgerät hinzufügen“ oder löschen Sie ein altes Gerät.',
  },
  'device.addForm': {
    title: 'Telefon benennen und PIN wählen',
    body: 'Geben Sie Ihrem Telefon auf dem PC einen Namen, an dem Sie es erkennen, und wählen Sie zweimal eine vierstellige PIN. Klicken Sie auf „Senden“; dann erscheint ein QR-Code.',
    assumed:
      'EU Login veröffentlicht keine Regeln für Gerätenamen. Der Coach nimmt an, dass ein Name Pflicht ist, eine Höchstlänge hat und kein < oder > enthält.',
  },
  'device.qrShown': {
    title: 'Nehmen Sie Ihr Telefon zur Hand',
    body: 'Der PC zeigt jetzt einen QR-Code. Auf Ihrem Telefon zeigt die EU-Login-App noch ihre Einrichtungshinweise: Tippen Sie auf „Weiter“, um den Scanner zu öffnen.',
    assumed:
      'EU Login veröffentlicht nicht, wie lange dieser QR-Code gültig bleibt. Der Coach nimmt {enrolQrMinutes} Minuten an.',
  },
  'device.qrExpired': {
    title: 'Der QR-Code ist abgelaufen',
    body: 'Auf dem PC ist der QR-Code nicht mehr gültig. Füllen Sie das Formular „Mobilgerät hinzufügen“ erneut aus, um einen neuen zu erhalten.',
    assumed:
      'EU Login veröffentlicht nicht, wie lange der QR-Code gültig bleibt. Der Coach nimmt {enrolQrMinutes} Minuten an.',
  },
  'device.added': {
    title: 'Ihr Telefon ist verknüpft',
    body: 'Auf dem PC bestätigt EU Login, dass das Gerät hinzugefügt wurde; es steht jetzt unter „Meine Mobilgeräte verwalten“. Wählen Sie ab jetzt bei der Anmeldung unter „Wählen Sie Ihre Überprüfungsmethode“ die App. Klicken Sie auf „Abmelden“, um es auszuprobieren.',
  },
  'device.deleteConfirm': {
    title: 'Löschen Sie das alte Gerät',
    body: 'Bestätigen Sie auf dem PC, dass Sie das alte Telefon aus Ihrem Konto entfernen möchten. Das alte Telefon kann danach keine Anmeldungen mehr bestätigen.',
  },
} satisfies FlowStepTexts<'device'>;
