import type { FlowStepTexts } from '../../content.types.js';

export const keyStepsDe = {
  'key.manage': {
    title: 'Verwalten Sie Ihre Sicherheitsschlüssel',
    body: 'Öffnen Sie auf dem PC unter „Mein Konto“ den Eintrag „Meine Sicherheitsschlüssel und vertrauenswürdigen Plattformen verwalten“ und wählen Sie „Sicherheitsschlüssel hinzufügen“.',
  },
  'key.addForm': {
    title: 'Benennen Sie Ihren Schlüssel',
    body: 'Geben Sie dem Schlüssel auf dem PC einen Namen, an dem Sie ihn erkennen, etwa „Blauer USB-Schlüssel“ oder „Dienstlaptop“, und klicken Sie auf „Senden“.',
    assumed:
      'EU Login veröffentlicht keine Regeln für Schlüsselnamen und nicht, was passiert, wenn derselbe Schlüssel zweimal hinzugefügt wird. Der Coach nimmt einen kurzen Namen ohne < oder > an und lehnt einen Schlüssel ab, der bereits in Ihrem Konto ist.',
  },
  'key.prompt': {
    title: 'Bestätigen Sie mit dem Schlüssel',
    body: 'Auf dem PC bittet Ihr Browser Sie, den Schlüssel zu verwenden: Berühren Sie ihn, wenn er blinkt, oder bestätigen Sie mit Windows Hello (Fingerabdruck, Gesicht oder PIN).',
  },
  'key.added': {
    title: 'Ihr Schlüssel ist hinzugefügt',
    body: 'Auf dem PC erscheint der Schlüssel in Ihrer Liste. Wählen Sie ihn bei der Anmeldung unter „Wählen Sie Ihre Überprüfungsmethode“.',
  },
  'key.failed': {
    title: 'Der Schlüssel wurde nicht hinzugefügt',
    body: 'Auf dem PC meldet EU Login, dass der Schlüssel nicht hinzugefügt werden konnte: Die Aufforderung wurde abgebrochen, oder der Schlüssel ist bereits in Ihrem Konto.',
  },
} satisfies FlowStepTexts<'key'>;
