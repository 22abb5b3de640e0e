import type { FlowStepTexts } from '../../content.types.js';

export const signInStepsDe = {
  'signIn.email': {
    title: 'Geben Sie Ihre E-Mail-Adresse ein',
    body: 'Auf dem PC fragt die EU-Login-Seite zuerst nach Ihrer E-Mail-Adresse. Geben Sie sie ein und klicken Sie auf „Weiter“.',
  },
  'signIn.userNotFound': {
    title: 'Kein Konto für diese Adresse',
    body: 'Auf dem PC meldet EU Login, dass es kein Konto mit der eingegebenen Adresse kennt. Prüfen Sie die Schreibweise, versuchen Sie eine andere Adresse oder erstellen Sie ein Konto.',
  },
  'signIn.password': {
    title: 'Passwort eingeben und Bestätigungsart wählen',
    body: 'Geben Sie auf dem PC Ihr Passwort ein, wählen Sie unter „Wählen Sie Ihre Überprüfungsmethode“ eine Methode und klicken Sie auf „Anmelden“. Die Liste zeigt nur die Methoden, die die Website akzeptiert.',
  },
  'signIn.locked': {
    title: 'Zu viele Fehlversuche',
    body: 'Auf dem PC verweigert EU Login die Anmeldung bei diesem Konto nach zu vielen Fehlversuchen eine Zeit lang: falsche Passwörter, falsche App-PINs oder falsche Einmalcodes. Ein Neustart hebt die Sperre nicht auf. Warten Sie etwa {lockoutMinutes} Minuten oder setzen Sie Ihr Passwort zurück.',
    assumed:
      'EU Login veröffentlicht nicht, wie viele Fehlversuche es zulässt und wie lange es dann sperrt. Der Coach nimmt {passwordAttempts} Passwörter, {pinAttempts} App-PINs oder {otpAttempts} Codes hintereinander an, und {lockoutMinutes} Minuten.',
  },
  'signIn.pinWait': {
    title: 'Bestätigen Sie die Anmeldung auf Ihrem Telefon',
    body: 'Der PC wartet jetzt, während EU Login eine Anfrage an Ihr Telefon sendet. Öffnen Sie die EU-Login-App: Die Anfrage erscheint und fragt nach Ihrer PIN.',
    assumed:
      'EU Login veröffentlicht nicht, wie lange der PC auf Ihre Bestätigung wartet. Der Coach nimmt {pinWaitSeconds} Sekunden an.',
  },
  'signIn.appNotification': {
    title: 'Tippen Sie auf die Benachrichtigung',
    body: 'Die App lief im Hintergrund, daher zeigt Ihr Telefon eine Benachrichtigung von EU Login. Tippen Sie darauf, um die Anfrage zu öffnen.',
  },
  'signIn.appPin': {
    title: 'Geben Sie Ihre App-PIN ein',
    body: 'Auf Ihrem Telefon fragt die EU-Login-App nach der vierstelligen PIN, die Sie beim Hinzufügen des Telefons gewählt haben. Geben Sie sie ein und tippen Sie auf „Authentifizieren“.',
    assumed:
      'EU Login veröffentlicht nicht, wie viele falsche PINs die App zulässt. Der Coach nimmt {pinAttempts} an; danach wird die Anfrage abgelehnt.',
  },
  'signIn.refused': {
    title: 'Anmeldung abgelehnt',
    body: 'Auf dem PC meldet EU Login, dass die Anfrage abgelehnt wurde, meist nach zu vielen falschen PINs in der App. Diese PINs zählen für das Konto, nicht für eine einzelne Anfrage: Nach {pinAttempts} Fehlern hintereinander ist die Anmeldung etwa {lockoutMinutes} Minuten gesperrt, auch mit einer neuen Anfrage.',
    assumed:
      'EU Login veröffentlicht nicht, nach wie vielen falschen PINs eine Anfrage abgelehnt wird und wie lange die Anmeldung dann gesperrt bleibt. Der Coach nimmt {pinAttempts} PINs und {lockoutMinutes} Minuten an.',
  },
  'signIn.qrScan': {
    title: 'Scannen Sie den QR-Code mit der App',
    body: 'Der PC zeigt einen QR-Code. Öffnen Sie auf Ihrem Telefon die EU-Login-App, wählen Sie das Scannen eines QR-Codes und richten Sie die Kamera auf den PC-Bildschirm. Das funktioniert auch ohne Internet.',
  },
  'signIn.qrCode': {
    title: 'Geben Sie den Einmalcode am PC ein',
    body: 'Ihr Telefon zeigt jetzt einen Einmalcode. Geben Sie ihn in das Feld am PC ein und klicken Sie auf „Anmelden“. Jeder Code funktioniert nur einmal.',
    assumed:
      'EU Login veröffentlicht nicht, wie der Einmalcode aussieht oder wie lange er gilt. Der Coach zeigt Buchstaben und Ziffern in zwei Gruppen und nimmt sie {challengeMinutes} Minuten lang an.',
  },
  'signIn.securityKey': {
    title: 'Verwenden Sie Ihren Sicherheitsschlüssel',
    body: 'Auf dem PC bittet Ihr Browser Sie, mit Ihrem Sicherheitsschlüssel oder mit Windows Hello zu bestätigen. Berühren Sie den Schlüssel oder verwenden Sie Fingerabdruck, Gesicht oder PIN.',
  },
  'signIn.expired': {
    title: 'Die Anfrage ist abgelaufen',
    body: 'Auf dem PC meldet EU Login, dass die Anmeldeanfrage zu lange gedauert hat. Beginnen Sie erneut und bestätigen Sie etwas schneller auf Ihrem Telefon.',
    assumed:
      'EU Login veröffentlicht nicht, wie lange eine Anmeldeanfrage gilt. Der Coach nimmt {pinWaitSeconds} Sekunden für eine PIN-Anfrage und {challengeMinutes} Minuten für einen QR-Code an.',
  },
  'signIn.done': {
    title: 'Sie sind angemeldet',
    body: 'Der PC zeigt wieder die Website, die Sie nutzen wollten, und Sie sind angemeldet. Sonst ist nichts zu tun.',
  },
} satisfies FlowStepTexts<'signIn'>;
