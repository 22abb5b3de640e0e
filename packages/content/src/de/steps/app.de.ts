import type { FlowStepTexts } from '../../content.types.js';

export const appStepsDe = {
  'app.install': {
    title: 'Installieren Sie die EU-Login-App',
    body: 'Öffnen Sie auf Ihrem Telefon den App-Store (Google Play oder den App Store), suchen Sie nach „EU Login“ und installieren Sie die kostenlose App der Europäischen Kommission.',
  },
  'app.notifications': {
    title: 'Erlauben Sie Benachrichtigungen',
    body: 'Auf Ihrem Telefon fragt die EU-Login-App, ob sie Benachrichtigungen senden darf. Erlauben Sie es: Die App braucht sie für die Einrichtung und für Anmeldeanfragen.',
  },
  'app.notificationsDenied': {
    title: 'Schalten Sie die Benachrichtigungen wieder ein',
    body: 'Auf Ihrem Telefon sind die Benachrichtigungen für EU Login ausgeschaltet, deshalb kann die App ihre Einrichtung nicht abschließen. Schalten Sie sie in den Telefoneinstellungen ein.',
  },
  'app.welcome': {
    title: 'Starten Sie die Einrichtung in der App',
    body: 'Auf Ihrem Telefon zeigt die EU-Login-App ihren Willkommensbildschirm. Tippen Sie auf „Initialisieren“: Die App fordert Sie auf, EU Login auf Ihrem PC zu öffnen.',
  },
  'app.noScreenLock': {
    title: 'Sichern Sie zuerst Ihr Telefon',
    body: 'Auf Ihrem Telefon startet die EU-Login-App nicht, weil das Telefon keine Bildschirmsperre hat. Richten Sie in den Telefoneinstellungen eine PIN, ein Muster oder eine Fingerabdrucksperre ein.',
    assumed:
      'Die Europass-FAQ sagt, dass die App auf einem Telefon ohne Bildschirmsperre nicht genutzt werden kann, aber nicht, wie die App das mitteilt. Der Coach nimmt einen blockierenden Hinweis vor „Initialisieren“ an.',
  },
  'app.cameraPermission': {
    title: 'Erlauben Sie die Kamera',
    body: 'Auf Ihrem Telefon fragt die EU-Login-App, ob sie die Kamera verwenden darf, um den QR-Code zu lesen. Erlauben Sie es.',
  },
  'app.cameraDenied': {
    title: 'Erlauben Sie die Kamera in den Einstellungen',
    body: 'Auf Ihrem Telefon hat die EU-Login-App keinen Zugriff auf die Kamera und kann den QR-Code daher nicht lesen. Erlauben Sie die Kamera in den Telefoneinstellungen.',
  },
  'app.scanner': {
    title: 'Scannen Sie den QR-Code am PC',
    body: 'Auf Ihrem Telefon zeigt die App das Kamerabild. Halten Sie das Telefon so vor den PC-Bildschirm, dass der QR-Code den Rahmen ausfüllt; die echte App geht von selbst weiter, sobald sie ihn gelesen hat (hier klicken Sie auf „QR-Code auf dem PC-Bildschirm scannen“).',
  },
  'app.foreignScanner': {
    title: 'Falscher Scanner',
    body: 'Auf Ihrem Telefon hat die Kamera-App den QR-Code als einfachen Text gelesen. Nur die EU-Login-App kann ihn verwenden: Kehren Sie zur App zurück und scannen Sie von dort.',
  },
  'app.scanError': {
    title: 'Die App konnte den Code nicht verwenden',
    body: 'Auf Ihrem Telefon meldet die App, dass der QR-Code ungültig oder abgelaufen ist. Holen Sie sich am PC einen neuen Code und scannen Sie erneut.',
  },
  'app.enrolPin': {
    title: 'Bestätigen Sie mit Ihrer PIN',
    body: 'Geben Sie auf Ihrem Telefon die vierstellige PIN ein, die Sie gerade am PC gewählt haben, und tippen Sie auf „Authentifizieren“.',
    assumed:
      'EU Login veröffentlicht nicht, wie viele falsche PINs es hier zulässt. Der Coach nimmt {pinAttempts} an; danach funktioniert dieser QR-Code nicht mehr und Sie beginnen am PC von vorn.',
  },
  'app.deviceInUse': {
    title: 'Dieses Telefon gehört zu einem anderen Konto',
    body: 'Auf Ihrem Telefon meldet die App, dass sie bereits mit einem anderen EU-Login-Konto verknüpft ist. Trennen Sie dieses Konto in der App oder verwenden Sie ein anderes Gerät.',
    assumed:
      'Die Anleitungen von EU Login widersprechen sich: Ältere erlauben ein Konto pro Gerät, neuere beschreiben mehrere Konten in einer App. Der Coach folgt der älteren Regel und lehnt ein zweites Konto ab.',
  },
  'app.enrolled': {
    title: 'Die App ist eingerichtet',
    body: 'Auf Ihrem Telefon bestätigt die App, dass das Gerät eingerichtet ist. Tippen Sie auf „Fortfahren“; auch der PC bestätigt es.',
  },
} satisfies FlowStepTexts<'app'>;
