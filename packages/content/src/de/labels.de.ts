import type { Content } from '../content.types.js';

export const fieldsDe = {
  email: {
    label: 'E-Mail',
    hint: 'Die Adresse, die Sie für EU Login verwenden. Sie müssen deren E-Mails öffnen können.',
  },
  emailConfirm: {
    label: 'E-Mail bestätigen',
    hint: 'Geben Sie dieselbe Adresse erneut ein, um Tippfehler zu erkennen.',
  },
  firstName: { label: 'Vorname', hint: 'Buchstaben jedes Alphabets sind zulässig.' },
  lastName: { label: 'Nachname', hint: 'Buchstaben jedes Alphabets sind zulässig.' },
  emailLanguage: {
    label: 'E-Mail-Sprache',
    hint: 'EU Login schreibt Ihnen seine E-Mails in dieser Sprache, egal in welcher Sprache seine Seiten angezeigt werden.',
  },
  captcha: { label: 'Code eingeben', hint: 'Geben Sie die Buchstaben und Ziffern aus dem Bild ein.' },
  privacy: { label: 'Datenschutzerklärung' },
  password: {
    label: 'Passwort',
    hint: 'Mindestens {min} Zeichen, mit Groß- und Kleinbuchstaben, einer Ziffer und einem Sonderzeichen. Diese Übung lehnt auch Ihren Namen und Ihre E-Mail-Adresse ab (angenommene Regel).',
  },
  passwordConfirm: { label: 'Neues Passwort bestätigen', hint: 'Geben Sie dasselbe Passwort erneut ein.' },
  method: {
    label: 'Wählen Sie Ihre Überprüfungsmethode',
    hint: 'Die Liste zeigt nur die Methoden, die die Website akzeptiert.',
  },
  deviceName: {
    label: 'Name Ihres Geräts',
    hint: 'Ein beliebiger Name, an dem Sie das Gerät erkennen, etwa „Mein Telefon“.',
  },
  pin: { label: 'Ihr 4-stelliger PIN-Code', hint: 'Sie geben ihn bei jeder Anmeldung in der App ein.' },
  pinConfirm: { label: 'Bestätigen Sie Ihren PIN-Code' },
  otp: {
    label: 'Einmalcode',
    hint: 'Die Buchstaben und Ziffern, die die EU-Login-App nach dem Lesen des QR-Codes anzeigt.',
  },
  keyName: {
    label: 'Name des Sicherheitsschlüssels',
    hint: 'Ein beliebiger Name, an dem Sie den Schlüssel erkennen, etwa „Blauer USB-Schlüssel“.',
  },
  country: { label: 'Land', hint: 'Das Land, das Ihre eID ausgestellt hat.' },
  form: { label: 'Formular' },
} satisfies Content['fields'];

export const methodsDe = {
  password: 'Passwort',
  appPin: 'Mobile App + PIN-Code',
  appQr: 'EU Login Mobile App QR-Code',
  securityKey: 'Sicherheitsschlüssel oder vertrauenswürdige Plattform',
} satisfies Content['methods'];

export const keyKindsDe = {
  securityKey: 'Sicherheitsschlüssel zum Einstecken oder Antippen (zum Beispiel ein YubiKey)',
  trustedPlatform: 'In diesen Computer eingebaute vertrauenswürdige Plattform (zum Beispiel Windows Hello)',
} satisfies Content['keyKinds'];

export const noSmartphoneOptionsDe = {
  tablet: {
    label: 'Ein Tablet',
    description:
      'Installieren Sie die EU-Login-App auf einem Android-Tablet oder einem iPad; sie funktioniert genau wie auf einem Telefon.',
  },
  securityKey: {
    label: 'Ein Sicherheitsschlüssel',
    description: 'Ein kleiner USB- oder NFC-Schlüssel (zum Beispiel ein YubiKey), den Sie zur Bestätigung berühren.',
  },
  trustedPlatform: {
    label: 'Windows Hello oder Ihr Mac',
    description: 'Ihr Computer bestätigt mit Ihrem Fingerabdruck, Ihrem Gesicht oder Ihrer PIN.',
  },
} satisfies Content['noSmartphoneOptions'];

export const recoverySituationsDe = {
  otherFactor: {
    label: 'Ein anderer Faktor funktioniert noch',
    description:
      'Das alte Telefon ist verloren oder unbrauchbar, aber ein Sicherheitsschlüssel, eine eID oder ein zweites Telefon funktioniert: damit anmelden, das alte Telefon löschen und das neue verknüpfen. Funktioniert das alte Telefon noch, zuerst das neue hinzufügen und danach das alte löschen.',
  },
  noFactor: {
    label: 'Ich habe keinen anderen Faktor',
    description:
      'Mit Ihrem Passwort anmelden, unter „Mein Konto“ alle Geräte und eIDs löschen („Alle meine Geräte und eIDs löschen (PANIC)“) und dann das neue Telefon verknüpfen.',
  },
} satisfies Content['recoverySituations'];

export const surfacesDe = {
  pc: 'PC',
  phone: 'Telefon',
  mail: 'Postfach',
  guide: 'Anleitung',
} satisfies Content['surfaces'];

export const countriesDe = {
  AT: 'Österreich',
  BE: 'Belgien',
  CZ: 'Tschechien',
  DE: 'Deutschland',
  DK: 'Dänemark',
  EE: 'Estland',
  ES: 'Spanien',
  FI: 'Finnland',
  HR: 'Kroatien',
  IT: 'Italien',
  LT: 'Litauen',
  LU: 'Luxemburg',
  LV: 'Lettland',
  MT: 'Malta',
  NL: 'Niederlande',
  PL: 'Polen',
  PT: 'Portugal',
  SE: 'Schweden',
  SI: 'Slowenien',
  SK: 'Slowakei',
} satisfies Content['countries'];

export const flowsDe = {
  coach: 'Erste Schritte',
  signIn: 'Anmelden',
  register: 'Konto erstellen',
  password: 'Passwort wählen',
  passwordReset: 'Passwort zurücksetzen',
  account: 'Mein Konto',
  device: 'Mobilgeräte',
  app: 'Die EU-Login-App',
  pin: 'Die App-PIN',
  eid: 'Nationale eID',
  key: 'Sicherheitsschlüssel',
  noSmartphone: 'Kein Smartphone',
  recovery: 'Verlorenes oder neues Telefon',
  panic: 'Alle Geräte entfernen',
} satisfies Content['flows'];

export const whatIfKindsDe = {
  condition: 'Etwas an Ihrer Situation',
  action: 'Etwas, das Sie tun könnten',
} satisfies Content['whatIfKinds'];

export const phoneStatesDe = {
  app: {
    notInstalled: 'App nicht installiert',
    installed: 'App installiert, nicht eingerichtet',
    waitingForQr: 'App wartet auf das Scannen eines QR-Codes',
    initialised: 'App eingerichtet und verknüpft',
  },
  permission: {
    unknown: 'Noch nicht gefragt',
    allowed: 'Erlaubt',
    denied: 'Abgelehnt',
  },
} satisfies Content['phoneStates'];
