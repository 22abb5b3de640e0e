import type { FlowHelpdeskScripts } from '../../content.types.js';

export const deviceHelpdeskDe = {
  'device.list': {
    ask: ['Welche Geräte sind aufgeführt?', 'Steht das Telefon, das Sie hinzufügen möchten, schon in der Liste?'],
    say: [
      'Um Ihr Telefon hinzuzufügen, wählen Sie „Mobilgerät hinzufügen“.',
      'Um ein altes Telefon zu entfernen, wählen Sie „Löschen“ neben seinem Namen.',
    ],
    ifThen: [
      {
        if: 'Die App wurde auf demselben Telefon neu installiert',
        then: 'Die alte Verknüpfung funktioniert nicht mehr. Löschen Sie den alten Eintrag und fügen Sie das Telefon erneut hinzu.',
      },
      {
        if: 'Die anrufende Person hat kein Smartphone',
        then: 'Fügen Sie stattdessen einen Sicherheitsschlüssel oder Windows Hello hinzu, oder verwenden Sie ein Tablet.',
      },
    ],
  },
  'device.addForm': {
    ask: [
      'Sehen Sie das Formular „Mobilgerät hinzufügen“ mit einem Namen und zwei PIN-Feldern?',
      'Haben Sie die EU-Login-App bereits auf dem Telefon installiert?',
    ],
    say: [
      'Geben Sie einen Namen ein, etwa „Mein Telefon“.',
      'Wählen Sie vier Ziffern, die Sie sich merken können; Sie geben sie bei jeder Anmeldung in der App ein.',
      'Geben Sie dieselben vier Ziffern in beide PIN-Felder ein und klicken Sie auf „Senden“.',
    ],
    ifThen: [
      {
        if: 'Die PIN-Felder stimmen nicht überein',
        then: 'Leeren Sie beide und geben Sie erneut dieselben vier Ziffern ein.',
      },
      {
        if: 'Die PIN wird abgelehnt',
        then: 'Die PIN besteht aus genau vier Ziffern, ohne Buchstaben.',
      },
      {
        if: 'Die App ist noch nicht installiert',
        then: 'Installieren Sie zuerst die EU-Login-App und kehren Sie dann zu diesem Formular zurück.',
      },
    ],
  },
  'device.qrShown': {
    ask: [
      'Ist auf dem PC ein QR-Code zu sehen?',
      'Zeigt die EU-Login-App auf Ihrem Telefon ihre Hinweise mit einer Schaltfläche „Weiter“?',
    ],
    say: [
      'Tippen Sie in der EU-Login-App auf „Weiter“.',
      'Erlauben Sie die Kamera, falls das Telefon fragt, und richten Sie sie auf den QR-Code am PC.',
    ],
    ifThen: [
      {
        if: 'Die anrufende Person hat mit der Kamera des Telefons gescannt',
        then: 'Das funktioniert nicht. Verwenden Sie den Scanner in der EU-Login-App.',
      },
      {
        if: 'Der QR-Code ist verschwunden oder als abgelaufen gekennzeichnet',
        then: 'Füllen Sie das Formular erneut aus; der Code gilt etwa {enrolQrMinutes} Minuten (angenommen).',
      },
      {
        if: 'Die App zeigt stattdessen ihren Willkommensbildschirm mit „Initialisieren“',
        then: 'Tippen Sie auf „Initialisieren“ und dann auf „Weiter“. Beide Reihenfolgen funktionieren: Die Anleitungen von EU Login fügen das Gerät mal zuerst am PC hinzu und tippen mal zuerst auf „Initialisieren“.',
      },
    ],
  },
  'device.qrExpired': {
    ask: ['Meldet der PC, dass der Code abgelaufen ist?'],
    say: [
      'Beginnen Sie erneut mit „Mobilgerät hinzufügen“.',
      'Halten Sie die EU-Login-App auf ihrem Bildschirm mit „Weiter“ geöffnet, bevor Sie auf „Senden“ klicken.',
    ],
    ifThen: [
      {
        if: 'Er läuft erneut ab',
        then: 'Senden Sie das Formular ab, tippen Sie sofort in der App auf „Weiter“ und scannen Sie gleich.',
      },
    ],
  },
  'device.added': {
    ask: ['Steht der neue Gerätename in der Liste auf dem PC?'],
    say: [
      'Das Telefon ist bereit. Wählen Sie bei der nächsten Anmeldung „Mobile App + PIN-Code“.',
      'Wenn noch ein altes Telefon aufgeführt ist, löschen Sie es.',
    ],
    ifThen: [
      {
        if: 'Das Gerät erscheint nicht',
        then: 'Laden Sie die Seite neu; die Bestätigung kann einige Minuten dauern.',
      },
    ],
  },
  'device.deleteConfirm': {
    ask: [
      'Welches Gerät möchten Sie löschen?',
      'Funktioniert noch ein anderer Faktor, etwa ein neues Telefon oder ein Schlüssel?',
    ],
    say: ['Prüfen Sie den Gerätenamen und bestätigen Sie dann das Löschen.'],
    ifThen: [
      {
        if: 'Die anrufende Person ist dabei, ihr einziges funktionierendes Gerät zu löschen',
        then: 'Halt: Fügen Sie zuerst das neue Gerät hinzu und löschen Sie dann das alte.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'device'>;
