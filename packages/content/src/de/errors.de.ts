import type { Content } from '../content.types.js';

/** Params the machine attaches: {min}, {max}, {length}, {attemptsLeft}. */
export const errorsDe = {
  email: {
    required: 'Geben Sie Ihre E-Mail-Adresse ein.',
    format: 'Das sieht nicht nach einer E-Mail-Adresse aus. Prüfen Sie, ob ein @ fehlt oder ein Tippfehler vorliegt.',
    tooLong: 'Eine E-Mail-Adresse darf höchstens {max} Zeichen haben.',
    institution:
      'Mit einer E-Mail-Adresse, die zu einer Institution gehört, können Sie kein Konto erstellen. Bedienstete der EU-Institutionen erhalten ihr Konto von ihrer Institution.',
    disposable:
      'Das sieht nach einem temporären Postfach aus. Verwenden Sie eine dauerhafte Adresse, die Sie behalten.',
    alreadyRegistered:
      'Diese Adresse wird bereits von einem Konto verwendet. Verwenden Sie „Passwort vergessen?“, um wieder hineinzukommen.',
    notEnrolled: 'Kein EU-Login-Konto verwendet diese Adresse.',
    wrong: 'Das ist nicht die Adresse des Kontos, das mit der App verknüpft ist.',
    unsupported: 'Diese Adresse kann nicht mit EU Login verwendet werden.',
  },
  emailConfirm: {
    required: 'Geben Sie Ihre E-Mail-Adresse erneut ein.',
    format: 'Das sieht nicht nach einer E-Mail-Adresse aus.',
    tooLong: 'Eine E-Mail-Adresse darf höchstens {max} Zeichen haben.',
    mismatch: 'Die beiden Adressen unterscheiden sich. Geben Sie in beide Felder dieselbe Adresse ein.',
  },
  firstName: {
    required: 'Geben Sie Ihren Vornamen ein.',
    tooLong: 'Verwenden Sie höchstens {max} Zeichen.',
    invalidCharacters: 'Verwenden Sie nur Buchstaben, bei Bedarf mit Leerzeichen, Bindestrichen oder Apostrophen.',
  },
  lastName: {
    required: 'Geben Sie Ihren Nachnamen ein.',
    tooLong: 'Verwenden Sie höchstens {max} Zeichen.',
    invalidCharacters: 'Verwenden Sie nur Buchstaben, bei Bedarf mit Leerzeichen, Bindestrichen oder Apostrophen.',
  },
  emailLanguage: {
    required: 'Wählen Sie die Sprache der E-Mails von EU Login.',
    unsupported: 'Wählen Sie eine der Sprachen aus der Liste.',
  },
  captcha: {
    required: 'Geben Sie die Zeichen aus dem Bild ein.',
    format: 'Geben Sie nur die Buchstaben und Ziffern aus dem Bild ein.',
    wrong:
      'Das sind nicht die Zeichen aus dem Bild. Versuchen Sie es erneut oder lassen Sie sich ein neues Bild anzeigen.',
    expired: 'Das Bild ist abgelaufen. Lassen Sie sich ein neues anzeigen und geben Sie dessen Zeichen ein.',
  },
  privacy: {
    mustAccept: 'Setzen Sie das Häkchen, um zu bestätigen, dass Sie die Datenschutzerklärung gelesen haben.',
  },
  password: {
    required: 'Geben Sie Ihr Passwort ein.',
    tooShort: 'Verwenden Sie mindestens {min} Zeichen.',
    tooLong: 'Verwenden Sie höchstens {max} Zeichen (eine angenommene Grenze: EU Login veröffentlicht keine).',
    missingUpper: 'Fügen Sie mindestens einen Großbuchstaben hinzu.',
    missingLower: 'Fügen Sie mindestens einen Kleinbuchstaben hinzu.',
    missingDigit: 'Fügen Sie mindestens eine Ziffer hinzu.',
    missingSpecial: 'Fügen Sie mindestens ein Sonderzeichen hinzu, etwa ! # oder %.',
    containsPersonalData:
      'Diese Übung lehnt ein Passwort ab, das Ihren Namen oder den ersten Teil Ihrer E-Mail-Adresse enthält (angenommene Regel).',
    wrong: 'Falsches Passwort. Verbleibende Versuche vor einer vorübergehenden Sperre (angenommen): {attemptsLeft}.',
    tooManyAttempts: 'Zu viele falsche Passwörter. Warten Sie eine Weile oder verwenden Sie „Passwort vergessen?“.',
    tooSoon: 'Sie haben Ihr Passwort erst vor Kurzem geändert. Sie können es nach 24 Stunden erneut ändern.',
    mismatch: 'Die beiden Passwörter unterscheiden sich. Geben Sie in beide Felder dasselbe Passwort ein.',
    expired: 'Diese Seite ist abgelaufen. Fordern Sie mit „Passwort vergessen?“ einen neuen Link an.',
  },
  passwordConfirm: {
    required: 'Geben Sie das Passwort erneut ein.',
    mismatch: 'Die beiden Passwörter unterscheiden sich. Geben Sie in beide Felder dasselbe Passwort ein.',
  },
  method: {
    required: 'Wählen Sie eine Überprüfungsmethode.',
    mfaRequired:
      'Diese Website verlangt einen zweiten Faktor. Wählen Sie die App, einen Sicherheitsschlüssel oder eine eID statt des Passworts allein.',
    accountRequiresMfa:
      'Ihr Konto verlangt immer einen zweiten Faktor („Immer eine Multi-Faktor-Authentifizierung verlangen“ ist eingeschaltet). Wählen Sie die App oder einen Sicherheitsschlüssel.',
    notEnrolled:
      'Diese Methode ist in Ihrem Konto noch nicht eingerichtet. Wählen Sie eine andere oder richten Sie sie unter „Mein Konto“ ein.',
    cancelled: 'Die Bestätigung wurde abgebrochen. Versuchen Sie es erneut oder wählen Sie eine andere Methode.',
    unavailable: 'Diese Methode ist für diese Website nicht verfügbar. Wählen Sie eine andere.',
    expired: 'Die Anfrage hat zu lange gedauert. Versuchen Sie es erneut.',
    tooManyAttempts: 'Zu viele Fehlversuche mit dieser Methode. Warten Sie eine Weile oder wählen Sie eine andere.',
    unsupported: 'Diese Website akzeptiert diese Methode nicht. Wählen Sie eine andere.',
    wrong: 'Die Bestätigung stimmte nicht überein. Versuchen Sie es erneut.',
  },
  deviceName: {
    required: 'Geben Sie Ihrem Gerät einen Namen, etwa „Mein Telefon“.',
    tooLong: 'Verwenden Sie höchstens {max} Zeichen.',
    invalidCharacters: 'Lassen Sie die Zeichen < und > sowie besondere Steuerzeichen weg.',
    alreadyRegistered: 'Ein Gerät mit diesem Namen ist bereits in Ihrem Konto. Wählen Sie einen anderen Namen.',
  },
  pin: {
    required: 'Geben Sie eine vierstellige PIN ein.',
    notDigits: 'Verwenden Sie nur Ziffern, keine Buchstaben oder Zeichen.',
    wrongLength: 'Die PIN muss genau {length} Ziffern haben.',
    wrong: 'Falsche PIN. Verbleibende Versuche (angenommen): {attemptsLeft}.',
    tooManyAttempts:
      'Zu viele falsche PINs: Die Anfrage wird abgelehnt. Beginnen Sie erneut oder setzen Sie die PIN in der App zurück.',
    expired: 'Die Anfrage ist abgelaufen. Beginnen Sie am PC erneut.',
    mismatch: 'Die beiden PINs unterscheiden sich. Geben Sie zweimal dieselben vier Ziffern ein.',
  },
  pinConfirm: {
    required: 'Geben Sie die PIN erneut ein.',
    mismatch: 'Die beiden PINs unterscheiden sich. Geben Sie zweimal dieselben vier Ziffern ein.',
  },
  otp: {
    required: 'Geben Sie den Code ein, den die App anzeigt.',
    invalidCharacters: 'Geben Sie nur die Buchstaben und Ziffern ein, die die App anzeigt.',
    wrongLength:
      'Geben Sie die {length} Buchstaben und Ziffern ein, die die EU-Login-App anzeigt, oder die 6 Ziffern Ihrer eigenen Authenticator-App.',
    wrong:
      'Dieser Code ist nicht richtig. Prüfen Sie ihn oder scannen Sie den QR-Code erneut, um einen neuen zu erhalten.',
    used: 'Dieser Code wurde bereits verwendet. Scannen Sie den QR-Code erneut, um einen neuen zu erhalten.',
    expired: 'Dieser Code ist abgelaufen. Beginnen Sie erneut, um einen neuen QR-Code zu erhalten.',
    tooManyAttempts:
      'Zu viele falsche Codes: Dieser QR-Code funktioniert nicht mehr, und die Anmeldung beim Konto ist eine Zeit lang gesperrt. Warten Sie oder setzen Sie Ihr Passwort zurück.',
  },
  keyName: {
    required: 'Geben Sie Ihrem Schlüssel einen Namen, etwa „Blauer USB-Schlüssel“.',
    tooLong: 'Verwenden Sie höchstens {max} Zeichen.',
    invalidCharacters: 'Lassen Sie die Zeichen < und > sowie besondere Steuerzeichen weg.',
    alreadyRegistered: 'Dieser Schlüssel ist bereits in Ihrem Konto.',
    cancelled: 'Die Aufforderung des Browsers wurde abgebrochen, daher wurde der Schlüssel nicht hinzugefügt.',
  },
  country: {
    required: 'Wählen Sie das Land, das Ihre eID ausgestellt hat.',
    unsupported: 'Die eID dieses Landes kann noch nicht mit EU Login verknüpft werden.',
    cancelled: 'Sie haben auf der nationalen eID-Seite abgebrochen. Es wurde nichts verknüpft.',
    unavailable: 'Der nationale eID-Dienst hat nicht geantwortet. Versuchen Sie es später erneut.',
    wrong: 'Die Anmeldung mit der nationalen eID ist fehlgeschlagen. Versuchen Sie es erneut.',
    notLinked:
      'Diese eID ist mit keinem EU-Login-Konto verknüpft. Eine Anmeldung damit würde ein separates Konto anlegen: Um sie mit Ihrem Konto zu nutzen, melden Sie sich mit Ihrem Passwort an und verknüpfen Sie sie unter „Mein Konto“, „Meine eIDs verwalten“.',
  },
  form: {
    unavailable: 'EU Login war nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    notEnrolled:
      'Die EU-Login-App auf diesem Telefon ist noch nicht eingerichtet. Fügen Sie das Telefon zuerst Ihrem Konto hinzu.',
    invalidCharacters:
      'Die App konnte diesen QR-Code nicht verwenden. Scannen Sie den Code, der auf der EU-Login-Seite angezeigt wird.',
    expired: 'Diese Seite ist abgelaufen. Beginnen Sie erneut.',
    used: 'Dieser Link wurde bereits verwendet. Fordern Sie einen neuen an.',
    tooManyAttempts: 'Zu viele Versuche. Warten Sie eine Weile und beginnen Sie erneut.',
    cancelled: 'Abgebrochen. Es wurde nichts geändert.',
    wrong: 'Etwas stimmte nicht überein. Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.',
  },
  fallback: {
    required: 'Füllen Sie dieses Feld aus.',
    format: 'Prüfen Sie das Format dieses Werts.',
    tooLong: 'Verwenden Sie höchstens {max} Zeichen.',
    tooShort: 'Verwenden Sie mindestens {min} Zeichen.',
    invalidCharacters: 'Dies enthält unzulässige Zeichen.',
    mismatch: 'Die beiden Werte unterscheiden sich.',
    missingUpper: 'Fügen Sie mindestens einen Großbuchstaben hinzu.',
    missingLower: 'Fügen Sie mindestens einen Kleinbuchstaben hinzu.',
    missingDigit: 'Fügen Sie mindestens eine Ziffer hinzu.',
    missingSpecial: 'Fügen Sie mindestens ein Sonderzeichen hinzu.',
    containsPersonalData: 'Lassen Sie Ihren Namen und Ihre E-Mail-Adresse weg.',
    notDigits: 'Verwenden Sie nur Ziffern.',
    wrongLength: 'Verwenden Sie genau {length} Zeichen.',
    mustAccept: 'Setzen Sie dieses Häkchen, um fortzufahren.',
    unsupported: 'Diese Auswahl ist nicht verfügbar.',
    institution: 'Adressen von EU-Institutionen können hier nicht verwendet werden.',
    disposable: 'Temporäre Adressen können hier nicht verwendet werden.',
    alreadyRegistered: 'Dies ist bereits registriert.',
    wrong: 'Das ist nicht richtig. Versuchen Sie es erneut.',
    tooSoon: 'Zu früh. Versuchen Sie es später erneut.',
    notEnrolled: 'Dies ist in Ihrem Konto noch nicht eingerichtet.',
    notLinked: 'Dies ist mit keinem EU-Login-Konto verknüpft.',
    mfaRequired: 'Hier ist ein zweiter Faktor nötig.',
    accountRequiresMfa: 'Dieses Konto verlangt immer einen zweiten Faktor.',
    used: 'Dies wurde bereits verwendet.',
    expired: 'Dies ist abgelaufen. Beginnen Sie erneut.',
    cancelled: 'Abgebrochen.',
    tooManyAttempts: 'Zu viele Versuche. Warten Sie eine Weile und versuchen Sie es erneut.',
    unavailable: 'Dies ist gerade nicht verfügbar. Versuchen Sie es erneut.',
  },
} satisfies Content['errors'];
