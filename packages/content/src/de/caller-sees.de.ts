import type { StepId } from '@eulogin-coach/machine';
import type { CallerSees } from '../help/help.types.js';

const SIGN_IN = 'https://webgate.ec.europa.eu/cas/login';
const MOBILE = 'https://webgate.ec.europa.eu/cas/mobile';
const APP = 'Die EU-Login-App auf dem Telefon';
const MAILBOX = 'Das Postfach, in einer E-Mail von automated-notifications@nomail.ec.europa.eu';

/**
 * Was die anrufende Person bei jedem Schritt im echten EU Login, in der App oder in den E-Mails sieht. Die deutschen
 * Bildschirmtexte von EU Login sind nur zum Teil öffentlich belegt (die deutsche Europass-FAQ nennt etwa
 * „Konto erstellen“ und „Mobilgerät hinzufügen“): Die übrigen sind getreue Übersetzungen der englischen Texte, daher
 * ist jeder Eintrag `assumed`; die Begriffe sind dieselben wie in den Schritten des Coachs. Adressen, Fehlercodes und
 * Eigennamen bleiben unverändert.
 */
export const callerSeesDe: Readonly<Record<StepId, CallerSees>> = {
  'coach.journeys': {
    heading: 'Anmeldung',
    texts: ['Zwei-Faktor-Authentifizierung (2FA)', 'Die Website leitet Sie zur Anmeldung an EU Login weiter'],
    assumed: true,
  },
  'signIn.email': {
    heading: 'Melden Sie sich an, um fortzufahren',
    texts: ['Verwenden Sie Ihre E-Mail-Adresse', 'Weiter', 'Konto erstellen', 'Mit eID anmelden'],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.userNotFound': {
    heading: 'Benutzer nicht gefunden',
    texts: ['Der Benutzer wurde nicht gefunden', 'Konto erstellen', 'Mit einer anderen E-Mail-Adresse anmelden'],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.password': {
    heading: 'Wählen Sie Ihre Überprüfungsmethode',
    texts: [
      '(extern)',
      'Passwort',
      'Anmelden',
      'Passwort vergessen?',
      'Mit einer anderen E-Mail-Adresse anmelden',
      'Mobile App + PIN-Code',
      'EU Login Mobile App PIN-Code',
      'EU Login Mobile App QR-Code',
      'Auf dem Mobilgerät',
      'Sicherheitsschlüssel oder vertrauenswürdige Plattform',
      'Falsches Passwort angegeben',
      'Sie sind derzeit als ein Benutzer angemeldet und können keinen Authentifizierungsfaktor verwenden, der für einen anderen Benutzer registriert ist',
      'Fehler 5305',
    ],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.locked': {
    heading: 'Anmeldung vorübergehend gesperrt',
    texts: ['Zu viele fehlgeschlagene Anmeldeversuche: Versuchen Sie es später erneut', 'Passwort vergessen?'],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.pinWait': {
    heading: 'Offene Authentifizierungsanfrage',
    texts: [
      'Am PC: Warten auf Ihre Bestätigung auf dem Mobilgerät',
      'In der App: Eine Anfrage ist offen',
      'Fortfahren',
      'Konto wechseln',
    ],
    address: APP,
    assumed: true,
  },
  'signIn.appNotification': {
    heading: 'Benachrichtigung von EU Login',
    texts: [
      'Eine Benachrichtigung von EU Login auf dem Sperrbildschirm: Eine Anmeldeanfrage wartet',
      'Zum Öffnen tippen',
    ],
    address: 'Die Benachrichtigungen des Telefons',
    assumed: true,
  },
  'signIn.appPin': {
    heading: 'Authentifizieren',
    texts: ['Geben Sie Ihren PIN-Code ein', 'PIN-Code', 'Authentifizieren', 'Fingerabdruck oder Face ID'],
    address: APP,
    assumed: true,
  },
  'signIn.refused': {
    heading: 'Authentifizierung fehlgeschlagen',
    texts: ['Die Anfrage wurde auf dem Mobilgerät abgelehnt', 'Falscher PIN-Code', 'Erneut versuchen'],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.qrScan': {
    heading: 'QR-Code scannen',
    texts: ['Die App öffnet ihren QR-Code-Scanner', 'Richten Sie die Kamera auf den QR-Code auf dem PC-Bildschirm'],
    address: APP,
    assumed: true,
  },
  'signIn.qrCode': {
    heading: 'EU Login Mobile App QR-Code',
    texts: [
      'Scannen Sie den QR-Code mit der EU Login Mobile App',
      'Geben Sie das von der App angezeigte Einmalpasswort ein',
      'Einmalpasswort',
      'Anmelden',
      'Der Code ist ungültig',
    ],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.securityKey': {
    heading: 'Sicherheitsschlüssel oder vertrauenswürdige Plattform',
    texts: [
      'Der Browser fragt: Verwenden Sie Ihren Sicherheitsschlüssel',
      'Stecken Sie Ihren Sicherheitsschlüssel ein und berühren Sie ihn',
      'Windows-Sicherheit: Sicherstellen, dass Sie es sind',
      'Windows Hello: PIN, Fingerabdruck oder Gesicht',
      'Passkey',
      'Abbrechen',
    ],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.expired': {
    heading: 'Anfrage abgelaufen',
    texts: [
      'Die Authentifizierungsanfrage ist abgelaufen',
      'Zeitüberschreitung: keine Bestätigung erhalten',
      'Erneut versuchen',
    ],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.done': {
    heading: 'Die gewünschte Website, angemeldet',
    texts: [
      'INVALID_USER',
      'application accepts only INTERNAL users',
      'INSUFFICIENT_AUTHENTICATION_LEVEL',
      'Zugriff verweigert',
    ],
    assumed: true,
  },
  'register.form': {
    heading: 'Konto erstellen',
    texts: [
      'Vorname',
      'Nachname',
      'E-Mail',
      'E-Mail bestätigen',
      'E-Mail-Sprache',
      'Code eingeben',
      'Ein Bild mit Buchstaben und Ziffern zum Abschreiben (ein Captcha), mit einer Schaltfläche mit zwei Pfeilen für ein neues',
      'Datenschutzerklärung',
      'Konto erstellen',
      'Mit einer E-Mail-Adresse, die zu einer Institution gehört, können Sie kein Konto erstellen',
    ],
    address: 'https://webgate.ec.europa.eu/cas/eim/external/register.cgi',
    assumed: true,
  },
  'register.mailSent': {
    heading: 'Eine E-Mail wurde an die angegebene Adresse gesendet',
    texts: [
      'automated-notifications@nomail.ec.europa.eu',
      'Eine E-Mail von EU Login mit einem Link zum Abschließen der Registrierung',
      'Klicken Sie auf den Link oder kopieren Sie ihn in die Adresszeile',
      'Spam- oder Junk-Ordner',
    ],
    address: MAILBOX,
    assumed: true,
  },
  'register.linkExpired': {
    heading: 'Der Link ist abgelaufen',
    texts: ['Dieser Link ist nicht mehr gültig', 'Erneut registrieren'],
    assumed: true,
  },
  'password.set': {
    heading: 'Neues Passwort',
    texts: [
      'Neues Passwort',
      'Neues Passwort bestätigen',
      'Senden',
      'mindestens 10 Zeichen',
      'Großbuchstaben, Kleinbuchstaben, Ziffern und Sonderzeichen',
    ],
    assumed: true,
  },
  'register.done': {
    heading: 'Sie sind jetzt authentifiziert',
    texts: ['Sie sind jetzt authentifiziert und können zu dem Dienst weitergehen, den Sie nutzen möchten'],
    assumed: true,
  },
  'passwordReset.request': {
    heading: 'Passwort vergessen?',
    texts: [
      'E-Mail',
      'Code eingeben',
      'Geben Sie die auf dem Bildschirm angezeigten Zeichen ein (ein Captcha)',
      'Passwort anfordern',
    ],
    address: SIGN_IN,
    assumed: true,
  },
  'passwordReset.mailSent': {
    heading: 'Eine E-Mail von EU Login zum Zurücksetzen des Passworts',
    texts: [
      'automated-notifications@nomail.ec.europa.eu',
      'Ein Link zu einer EU-Login-Seite, auf der Sie ein neues Passwort festlegen',
      'Spam- oder Junk-Ordner',
    ],
    address: MAILBOX,
    assumed: true,
  },
  'passwordReset.linkExpired': {
    heading: 'Der Link ist abgelaufen',
    texts: ['Dieser Link zum Zurücksetzen des Passworts ist nicht mehr gültig', 'Passwort vergessen?'],
    assumed: true,
  },
  'passwordReset.done': {
    heading: 'Ihr Passwort wurde geändert',
    texts: ['Melden Sie sich mit Ihrem neuen Passwort an'],
    assumed: true,
  },
  'account.home': {
    heading: 'Mein Konto',
    texts: [
      'Das Zahnradsymbol oben rechts',
      'Meine Mobilgeräte verwalten',
      'Meine eIDs verwalten',
      'Meine Sicherheitsschlüssel und vertrauenswürdigen Plattformen verwalten',
      'Mein Konto konfigurieren',
      'Alle meine Geräte und eIDs löschen (PANIC)',
      'Immer eine Multi-Faktor-Authentifizierung verlangen',
    ],
    assumed: true,
  },
  'device.list': {
    heading: 'Meine Mobilgeräte verwalten',
    texts: ['Mobilgerät hinzufügen', 'Die mit dem Konto verknüpften Mobilgeräte', 'Löschen'],
    address: MOBILE,
    assumed: true,
  },
  'device.addForm': {
    heading: 'Mobilgerät hinzufügen',
    texts: ['Name Ihres Geräts', 'Ihr 4-stelliger PIN-Code', 'Bestätigen Sie Ihren PIN-Code', 'Senden'],
    address: MOBILE,
    assumed: true,
  },
  'device.qrShown': {
    heading: 'Scannen Sie den QR-Code mit Ihrem Gerät',
    texts: [
      'Ein QR-Code auf dem PC-Bildschirm',
      'In der App: die Anweisung, /cas/mobile am PC zu öffnen',
      'Tippen Sie auf das blaue Häkchen, um den Scanner zu öffnen',
    ],
    address: MOBILE,
    assumed: true,
  },
  'device.qrExpired': {
    heading: 'Der QR-Code ist abgelaufen',
    texts: ['Abgelaufen: Beginnen Sie erneut', 'Mobilgerät hinzufügen'],
    address: MOBILE,
    assumed: true,
  },
  'device.added': {
    heading: 'Ihr Gerät wurde hinzugefügt',
    texts: ['Meine Mobilgeräte verwalten', 'Das neue Gerät steht in der Liste', 'Abmelden'],
    address: MOBILE,
    assumed: true,
  },
  'device.deleteConfirm': {
    heading: 'Möchten Sie dieses Gerät wirklich löschen?',
    texts: ['Meine Mobilgeräte verwalten', 'Löschen', 'Bestätigen', 'Abbrechen'],
    address: MOBILE,
    assumed: true,
  },
  'app.install': {
    heading: 'EU Login',
    texts: ['Europäische Kommission', 'Google Play', 'App Store', 'Installieren', 'Laden', 'Kostenlos'],
    address: 'Der App-Store des Telefons',
    assumed: true,
  },
  'app.notifications': {
    heading: '„EU Login“ möchte Ihnen Mitteilungen senden',
    texts: ['Erlauben', 'Nicht erlauben'],
    address: 'Das Telefon fragt beim ersten Öffnen der App',
    assumed: true,
  },
  'app.notificationsDenied': {
    heading: 'Benachrichtigungen sind ausgeschaltet',
    texts: ['Die App braucht Benachrichtigungen für die Initialisierung', 'Einstellungen', 'Benachrichtigungen'],
    address: APP,
    assumed: true,
  },
  'app.welcome': {
    heading: 'EU Login',
    texts: ['Initialisieren', 'Öffnen Sie https://webgate.ec.europa.eu/cas/mobile auf Ihrem PC'],
    address: APP,
    assumed: true,
  },
  'app.noScreenLock': {
    heading: 'Sichern Sie Ihr Gerät',
    texts: [
      'Die App kann ohne Bildschirmsperre nicht verwendet werden: PIN, Muster oder Fingerabdruck',
      'Einstellungen',
    ],
    address: APP,
    assumed: true,
  },
  'app.cameraPermission': {
    heading: 'EU Login erlauben, Bilder und Videos aufzunehmen?',
    texts: ['Zugriff auf Ihre Kamera erlauben', 'Erlauben', 'Nicht erlauben', 'Während der App-Nutzung'],
    address: 'Das Telefon fragt beim ersten Öffnen des Scanners',
    assumed: true,
  },
  'app.cameraDenied': {
    heading: 'Kein Zugriff auf die Kamera',
    texts: ['Die App kann den QR-Code ohne Kamera nicht scannen', 'Einstellungen', 'Kamera'],
    address: APP,
    assumed: true,
  },
  'app.scanner': {
    heading: 'QR-Code-Scanner',
    texts: ['Richten Sie die Kamera auf den QR-Code auf dem PC-Bildschirm, bis er erkannt wird'],
    address: APP,
    assumed: true,
  },
  'app.foreignScanner': {
    heading: 'Die Kamera des Telefons oder eine QR-Leser-App',
    texts: ['Der Code ist ungültig', 'Eine Textzeile oder ein Link statt EU Login', 'Im Browser öffnen'],
    address: 'Die Kamera-App oder eine QR-Leser-App',
    assumed: true,
  },
  'app.scanError': {
    heading: 'Ungültiger QR-Code',
    texts: ['Der QR-Code ist ungültig oder abgelaufen', 'Erneut versuchen'],
    address: APP,
    assumed: true,
  },
  'app.enrolPin': {
    heading: 'Authentifizieren',
    texts: ['Geben Sie den vierstelligen PIN-Code ein, den Sie am PC gewählt haben', 'PIN-Code', 'Authentifizieren'],
    address: APP,
    assumed: true,
  },
  'app.deviceInUse': {
    heading: 'Dieses Gerät ist bereits mit einem anderen Konto verknüpft',
    texts: ['Ein EU-Login-Konto pro Gerät', 'Gerät trennen'],
    address: APP,
    assumed: true,
  },
  'app.enrolled': {
    heading: 'Ihr Gerät wurde eingerichtet',
    texts: [
      'Erfolg: Ihr Mobilgerät ist mit EU Login eingerichtet',
      'Fortfahren',
      'Face ID oder Fingerabdruck aktivieren',
    ],
    address: APP,
    assumed: true,
  },
  'pin.settings': {
    heading: 'Einstellungen',
    texts: ['Die drei Punkte (Android) oder das Zahnrad (iPhone)', 'PIN-Code vergessen', 'Gerät trennen'],
    address: APP,
    assumed: true,
  },
  'pin.credentials': {
    heading: 'Geben Sie Ihre EU-Login-Anmeldedaten ein',
    texts: ['PIN-Code vergessen', 'E-Mail', 'Passwort', 'Falsche E-Mail-Adresse oder falsches Passwort'],
    address: APP,
    assumed: true,
  },
  'pin.new': {
    heading: 'Wählen Sie einen neuen PIN-Code',
    texts: ['Neuer PIN-Code', 'Bestätigen Sie Ihren PIN-Code', 'Die PIN-Codes stimmen nicht überein'],
    address: APP,
    assumed: true,
  },
  'pin.changed': {
    heading: 'Ihr PIN-Code wurde geändert',
    texts: ['Die biometrische Entsperrung wurde ausgeschaltet', 'Fortfahren'],
    address: APP,
    assumed: true,
  },
  'eid.manage': {
    heading: 'Meine eIDs verwalten',
    texts: ['Meine eID verknüpfen', 'Die mit dem Konto verknüpften eIDs'],
    assumed: true,
  },
  'eid.country': {
    heading: 'Wählen Sie das Land, das Ihre eID ausgestellt hat',
    texts: ['Die Flaggen der kompatiblen Länder', 'Senden'],
    assumed: true,
  },
  'eid.national': {
    heading: 'Die nationale eID-Seite des gewählten Landes',
    texts: ['eIDAS', 'Kartenlesegerät', 'Nationale eID-App, etwa itsme', 'Abbrechen'],
    address: 'Die Website des nationalen Identitätsanbieters, erreicht über eIDAS',
    assumed: true,
  },
  'eid.linked': {
    heading: 'Ihre eID wurde verknüpft',
    texts: ['Meine eIDs verwalten', 'Mit eID anmelden'],
    assumed: true,
  },
  'eid.failed': {
    heading: 'Die eID-Authentifizierung ist fehlgeschlagen',
    texts: ['Die nationale Anmeldung wurde abgebrochen oder nicht abgeschlossen', 'Erneut versuchen'],
    assumed: true,
  },
  'key.manage': {
    heading: 'Meine Sicherheitsschlüssel und vertrauenswürdigen Plattformen verwalten',
    texts: [
      'Sicherheitsschlüssel hinzufügen',
      'Die mit dem Konto verknüpften Sicherheitsschlüssel und vertrauenswürdigen Plattformen',
    ],
    assumed: true,
  },
  'key.addForm': {
    heading: 'Sicherheitsschlüssel hinzufügen',
    texts: ['Geben Sie einen Namen für das Gerät ein', 'Senden'],
    assumed: true,
  },
  'key.prompt': {
    heading: 'Der Browser fragt: Verwenden Sie Ihren Sicherheitsschlüssel',
    texts: [
      'Stecken Sie Ihren Sicherheitsschlüssel ein und berühren Sie ihn',
      'Windows-Sicherheit: Sicherstellen, dass Sie es sind',
      'Windows Hello: PIN, Fingerabdruck oder Gesicht',
      'Passkey erstellen',
      'Abbrechen',
    ],
    assumed: true,
  },
  'key.added': {
    heading: 'Ihr Sicherheitsschlüssel wurde hinzugefügt',
    texts: [
      'Meine Sicherheitsschlüssel und vertrauenswürdigen Plattformen verwalten',
      'Der neue Schlüssel steht in der Liste',
    ],
    assumed: true,
  },
  'key.failed': {
    heading: 'Der Sicherheitsschlüssel konnte nicht hinzugefügt werden',
    texts: [
      'Der Vorgang wurde abgebrochen oder die Zeit ist abgelaufen',
      'Dieser Sicherheitsschlüssel ist bereits registriert',
      'Erneut versuchen',
    ],
    assumed: true,
  },
  'noSmartphone.options': {
    heading: 'Kein Smartphone: ein Tablet, ein Sicherheitsschlüssel, Windows Hello oder eine eID',
    texts: [
      'Sicherheitsschlüssel oder vertrauenswürdige Plattform',
      'YubiKey',
      'Windows Hello',
      'Tablet',
      'Mit eID anmelden',
    ],
    address: SIGN_IN,
    assumed: true,
  },
  'recovery.options': {
    heading: 'Das Telefon mit der App ist verloren, kaputt, ersetzt oder zurückgesetzt',
    texts: ['Mobile App + PIN-Code', 'Meine Mobilgeräte verwalten', 'Alle meine Geräte und eIDs löschen (PANIC)'],
    address: SIGN_IN,
    assumed: true,
  },
  'panic.confirm': {
    heading: 'Alle meine Geräte und eIDs löschen (PANIC)',
    texts: ['Bestätigen', 'Abbrechen'],
    assumed: true,
  },
  'panic.done': {
    heading: 'Alle Ihre Geräte und eIDs wurden gelöscht',
    texts: [
      'Ein Sicherheitshinweis per E-Mail',
      'Melden Sie sich mit Ihrem Passwort an und fügen Sie ein neues Gerät hinzu',
    ],
    assumed: true,
  },
};
