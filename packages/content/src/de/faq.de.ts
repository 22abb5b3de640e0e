import type { FaqId } from '../help/faq-links.js';
import type { FaqTexts } from '../help/help.types.js';

/**
 * Das Verzeichnis der Fragen und Symptome auf Deutsch: jede Frage der Europass-FAQ zur Zwei-Faktor-Authentifizierung
 * und jedes häufige Problem, mit eigenen Worten des Projekts beantwortet, mit den Ausdrücken, die Menschen dafür
 * verwenden.
 */
export const faqDe: Readonly<Record<FaqId, FaqTexts>> = {
  'why-two-factor': {
    question: 'Warum verlangt EU Login einen zweiten Faktor, und warum sollte ich einen verwenden?',
    answer:
      'Gestohlene Passwörter sind einer der häufigsten Wege in ein fremdes Konto: Ein Passwort allein kann erraten, per Phishing abgegriffen oder veröffentlicht werden. Die Zwei-Faktor-Authentifizierung (2FA) verlangt neben Ihrer E-Mail-Adresse und Ihrem Passwort einen zweiten Nachweis, sodass ein gestohlenes Passwort allein Ihr Konto nicht mehr öffnet.\n\nDieser zweite Nachweis ist eine von drei Arten: etwas, das Sie wissen (eine PIN), etwas, das Sie haben (Ihr Telefon mit der EU-Login-App, ein Sicherheitsschlüssel wie ein YubiKey), oder etwas, das Sie sind (ein Fingerabdruck, Ihr Gesicht oder Ihre Stimme). EU Login kombiniert sie: zum Beispiel die App auf Ihrem Telefon und deren PIN.\n\nDie Europäische Kommission schreibt die 2FA von EU Login für ihre IT-Systeme vor, die sensible, nicht als Verschlusssache eingestufte Informationen (SNC) verarbeiten, und empfiehlt sie dringend für Systeme mit öffentlich zugänglichen Informationen oder Informationen „zur Verwendung in der Kommission“. Für Sie bedeutet das: Ihr Konto und die persönlichen Daten dahinter bleiben geschützt, egal von wo Sie sich anmelden.',
    symptoms: [
      'warum brauche ich Zwei-Faktor-Authentifizierung',
      'was ist 2FA',
      'warum 2FA',
      'warum sollte ich 2FA verwenden',
      'warum wird die Zwei-Faktor-Authentifizierung eingeführt',
      'warum brauche ich mein Handy zum Anmelden',
      'ist die Zwei-Schritt-Verifizierung Pflicht',
      'muss ich 2FA einrichten',
      'zweiter Faktor',
      'etwas das Sie wissen etwas das Sie haben',
      'sensibel nicht eingestuft',
    ],
  },
  'no-confirmation-mail': {
    question: 'Ich habe mich registriert, aber die Bestätigungs-E-Mail ist nie angekommen',
    answer:
      'Die E-Mail kommt meist innerhalb weniger Minuten an, kann aber bis zu etwa 20 Minuten brauchen. Sehen Sie im Spam- oder Junk-Ordner nach einem Absender bei nomail.ec.europa.eu nach. Enthielt die im Formular eingegebene Adresse einen Fehler, ging die E-Mail woandershin: Erstellen Sie das Konto erneut mit der richtigen Adresse.',
    symptoms: [
      'keine E-Mail',
      'Mail nicht bekommen',
      'ich habe die Bestätigungs-E-Mail nicht erhalten',
      'die E-Mail ist nie angekommen',
      'nichts im Posteingang',
      'keine Aktivierungs-E-Mail',
      'wo ist die Bestätigungsmail',
      'warte auf die E-Mail',
      'Mail nicht erhalten',
    ],
  },
  'email-already-registered': {
    question: 'Das Formular meldet, dass meine E-Mail-Adresse bereits registriert ist',
    answer:
      'Sie haben bereits ein EU-Login-Konto mit dieser Adresse, vielleicht für eine andere EU-Website angelegt, und eine Adresse kann nur ein Konto haben. Legen Sie kein zweites an: Wählen Sie „Passwort vergessen?“, geben Sie diese Adresse ein und legen Sie über die E-Mail, die Sie erhalten, ein neues Passwort fest.',
    symptoms: [
      'E-Mail bereits registriert',
      'E-Mail existiert bereits',
      'Adresse wird schon verwendet',
      'ich habe schon ein Konto',
      'kann meine E-Mail nicht registrieren',
      'Konto existiert bereits',
    ],
  },
  'forgot-password': {
    question: 'Passwort vergessen',
    answer:
      'Wählen Sie auf der Anmeldeseite nach Ihrer E-Mail-Adresse „Passwort vergessen?“. Bestätigen Sie die Adresse, geben Sie die Zeichen aus dem Bild ein und klicken Sie auf „Passwort anfordern“. Eine E-Mail bringt einen Link zu einer Seite, auf der Sie ein neues Passwort wählen. Dasselbe gilt, wenn EU Login immer wieder meldet, das Passwort sei falsch.',
    symptoms: [
      'Passwort vergessen',
      'vergessenes Passwort',
      'Passwort zurücksetzen',
      'Passwort funktioniert nicht',
      'falsches Passwort',
      'ich kann mich nicht an mein Passwort erinnern',
      'Passwort ändern',
    ],
  },
  'no-smartphone': {
    question: 'Kein Smartphone? Andere Wege zu einem zweiten Faktor',
    answer:
      'Die EU-Login-App läuft auch auf einem Android- oder iOS-Tablet. Ohne Tablet verwenden Sie einen Sicherheitsschlüssel (einen USB-Schlüssel wie einen YubiKey) oder die vertrauenswürdige Plattform Ihres Computers (zum Beispiel Windows Hello), die Sie unter „Meine Sicherheitsschlüssel und vertrauenswürdigen Plattformen verwalten“ hinzufügen. Auch eine nationale eID funktioniert, wenn Ihr Land sie unterstützt.',
    symptoms: [
      'kein Smartphone',
      'ich habe kein Smartphone',
      'ich habe nur ein altes Handy',
      'kein Mobiltelefon',
      'kann ich ein Tablet verwenden',
      'ohne Telefon',
      'Alternative zur App',
    ],
  },
  'get-the-app': {
    question: 'Wo bekomme ich die EU-Login-App?',
    answer:
      'Die EU-Login-App ist kostenlos. Auf Android laden Sie sie aus Google Play, auf einem iPhone oder iPad aus dem App Store. Suchen Sie nach „EU Login“, veröffentlicht von der Europäischen Kommission.',
    symptoms: [
      'App herunterladen',
      'wo ist die App',
      'welche App brauche ich',
      'EU-Login-App installieren',
      'App Store',
      'Google Play',
      'finde die App nicht',
    ],
  },
  'set-up-the-app': {
    question: 'Die EU-Login-App einrichten, Schritt für Schritt',
    answer:
      'Sie brauchen Ihren PC und Ihr Telefon. Melden Sie sich am PC bei EU Login an, öffnen Sie „Mein Konto“ (das Zahnradsymbol), dann „Meine Mobilgeräte verwalten“ und „Mobilgerät hinzufügen“; benennen Sie das Telefon und wählen Sie eine vierstellige PIN. Öffnen Sie auf dem Telefon die App, tippen Sie auf „Initialisieren“, erlauben Sie die Kamera und scannen Sie den QR-Code, der am PC angezeigt wird. Geben Sie dieselbe PIN ein und tippen Sie auf „Authentifizieren“; die App bestätigt dann die Einrichtung.',
    symptoms: [
      'App einrichten',
      'EU-Login-App auf meinem Handy einrichten',
      'App aktivieren',
      'mein Telefon verknüpfen',
      'mein Handy registrieren',
      'Telefon zu meinem Konto hinzufügen',
      'wie konfiguriere ich die mobile App',
      'Gerät registrieren',
      'Zwei-Faktor installieren',
      '2FA einschalten',
      'Zwei-Schritt-Verifizierung aktivieren',
    ],
  },
  'one-account-per-device': {
    question: 'Kann ein Telefon mehrere EU-Login-Konten enthalten?',
    answer:
      'Die meisten Anleitungen von EU Login sagen, dass ein Gerät einem Konto dient; neuere Versionen der App können mehrere enthalten und zwischen ihnen wechseln. Meldet die App, dass das Telefon bereits mit einem anderen Konto verknüpft ist, trennen Sie dieses Konto in den App-Einstellungen oder verwenden Sie ein anderes Gerät.',
    symptoms: [
      'zwei Konten auf einem Handy',
      'mehrere Konten gleiches Gerät',
      'Telefon bereits mit anderem Konto verknüpft',
      'mein Partner nutzt die App auf diesem Handy',
      'Gerät wird bereits verwendet',
      'zweites Konto',
    ],
  },
  'change-app-pin': {
    question: 'Wie ändere ich die App-PIN, oder setze eine vergessene PIN zurück?',
    answer:
      'Öffnen Sie die Einstellungen der EU-Login-App (drei Punkte auf Android, ein Zahnrad auf dem iPhone) und wählen Sie „PIN-Code vergessen“. Melden Sie sich dort mit der EU-Login-E-Mail-Adresse und dem Passwort des mit der App verknüpften Kontos an und geben Sie dann zweimal eine neue vierstellige PIN ein. Das Entsperren per Fingerabdruck oder Gesicht wird ausgeschaltet und kann wieder eingeschaltet werden. Klappt das nicht, löschen Sie das Telefon unter „Meine Mobilgeräte verwalten“ und fügen Sie es erneut hinzu.',
    symptoms: [
      'PIN vergessen',
      'PIN ändern',
      'App-PIN zurücksetzen',
      'neuer PIN-Code',
      'ich weiß die PIN nicht mehr',
      'PIN verloren',
    ],
  },
  'screen-lock': {
    question: 'Funktioniert die App auf einem Telefon ohne Bildschirmsperre?',
    answer:
      'Nein. Die App funktioniert nur auf einem Telefon, das mit PIN, Muster oder Fingerabdruck geschützt ist. Richten Sie eine Sperre in den Telefoneinstellungen ein und öffnen Sie die App dann erneut.',
    symptoms: [
      'keine Bildschirmsperre',
      'App verlangt, mein Gerät zu sichern',
      'Handy hat keine PIN',
      'Entsperrmuster',
      'die App startet nicht',
    ],
  },
  'sign-in-with-the-app': {
    question: 'Wie melde ich mich mit der EU-Login-App an?',
    answer:
      'Geben Sie Ihr Passwort ein, wählen Sie unter „Wählen Sie Ihre Überprüfungsmethode“ die App-Methode (etwa „Mobile App + PIN-Code“) und klicken Sie auf „Anmelden“. Ist die App auf dem Telefon geöffnet, erscheint sofort die PIN-Eingabe; ist sie geschlossen, erscheint eine Benachrichtigung: Tippen Sie darauf. Geben Sie Ihre PIN ein und tippen Sie auf „Authentifizieren“; der PC macht dann weiter.',
    symptoms: [
      'wie melde ich mich mit der App an',
      'mit meinem Handy anmelden',
      'mit 2FA einloggen',
      'App im Hintergrund',
      'App im Vordergrund',
      'wo gebe ich die PIN ein',
    ],
  },
  'find-the-qr-code': {
    question: 'Wo ist der QR-Code zum Scannen?',
    answer:
      'Der QR-Code erscheint auf Ihrem PC, nicht in einer E-Mail. Melden Sie sich am PC bei EU Login an, öffnen Sie „Meine Mobilgeräte verwalten“, wählen Sie „Mobilgerät hinzufügen“, geben Sie Gerätename und PIN ein und senden Sie das Formular ab: Der QR-Code erscheint auf dem PC-Bildschirm, bereit zum Scannen mit der App.',
    symptoms: [
      'wo ist der QR-Code',
      'ich finde den QR-Code nicht',
      'kein QR-Code',
      'welcher QR-Code',
      'die App will einen Code scannen',
      'QR-Code fehlt',
    ],
  },
  'qr-code-invalid': {
    question: 'Mein QR-Leser meldet, dass der Code ungültig ist',
    answer:
      'Nur die EU-Login-App kann die QR-Codes von EU Login lesen: Die Kamera des Telefons oder ein anderer QR-Leser zeigt sie als ungültig oder als einfachen Text an. Öffnen Sie die EU-Login-App und scannen Sie von dort. Lehnt die App selbst den Code ab, ist er wahrscheinlich abgelaufen: Holen Sie sich am PC einen neuen.',
    symptoms: [
      'QR ungültig',
      'QR-Code funktioniert nicht',
      'ungültiger QR-Code',
      'die Kamera erkennt den Code nicht',
      'mit meiner Kamera gescannt',
      'QR-Code-Fehler',
      'QR-Leser',
    ],
  },
  'already-using-eid': {
    question: 'Ich melde mich bereits mit meiner nationalen eID an: Brauche ich noch etwas?',
    answer:
      'Nein. Die Anmeldung mit einer nationalen eID weist Ihre Identität bereits mit zwei Faktoren nach, Sie können sich also weiter so anmelden; es ist nichts weiter einzurichten.',
    symptoms: [
      'ich verwende schon eID',
      'ich melde mich mit meinem Personalausweis an',
      'brauche ich 2FA mit eID',
      'Online-Ausweis',
      'Anmeldung mit nationalem Personalausweis',
    ],
  },
  'link-eid': {
    question: 'Wie füge ich meine nationale eID meinem EU-Login-Konto hinzu?',
    answer:
      'Halten Sie Ihr Kartenlesegerät oder Ihre nationale eID-App bereit. Melden Sie sich bei EU Login an, öffnen Sie „Mein Konto“, dann „Meine eIDs verwalten“ und „Meine eID verknüpfen“. Wählen Sie die Flagge des Landes, das Ihre eID ausgestellt hat, klicken Sie auf „Senden“ und schließen Sie den Vorgang auf der Seite Ihres Landes ab. Fehlt Ihre Flagge, kann Ihre eID nicht mit EU Login verwendet werden.',
    symptoms: [
      'Personalausweis verknüpfen',
      'elektronische ID hinzufügen',
      'Ausweis als zweiten Faktor nutzen',
      'nationale eID verbinden',
      'eID als zweiter Faktor',
      'Kartenlesegerät',
    ],
  },
  'locked-out': {
    question: 'Ich bin aus meinem Konto ausgesperrt',
    answer:
      'Lehnt EU Login Ihr Passwort immer wieder ab oder meldet, dass die Anmeldung gesperrt ist, hören Sie auf zu probieren und setzen Sie das Passwort mit „Passwort vergessen?“ zurück. Stimmt das Passwort, aber Ihr einziger zweiter Faktor ist weg, lesen Sie die Antwort zum verlorenen Telefon; verlangt das Konto immer einen zweiten Faktor und Sie haben keinen mehr, kann nur der EU-Login-Support helfen.',
    symptoms: [
      'ausgesperrt',
      'Konto gesperrt',
      'Konto blockiert',
      'zu viele Versuche',
      'komme nicht in mein Konto',
      'gesperrt nach falschem Passwort',
    ],
  },
  'new-phone': {
    question: 'Ich habe ein neues Telefon',
    answer:
      'Funktioniert das alte Telefon noch, richten Sie zuerst die EU-Login-App auf dem neuen Telefon ein („Mobilgerät hinzufügen“), prüfen Sie, ob sie funktioniert, und löschen Sie dann das alte Telefon unter „Meine Mobilgeräte verwalten“. Ist das alte Telefon weg, folgen Sie der Antwort zum verlorenen Telefon.',
    symptoms: [
      'neues Handy',
      'Handy gewechselt',
      'Telefon ersetzt',
      'App auf ein anderes Handy umziehen',
      'EU Login auf neues Handy übertragen',
      'Handywechsel',
    ],
  },
  'lost-phone': {
    question: 'Ich habe mein Telefon verloren, oder es ist kaputt oder gestohlen',
    answer:
      'Melden Sie sich mit einem anderen Faktor an, den Sie noch haben (ein Sicherheitsschlüssel, eine eID, ein anderes Telefon), und löschen Sie das verlorene Telefon unter „Meine Mobilgeräte verwalten“. Haben Sie keinen anderen Faktor, melden Sie sich mit Ihrem Passwort an, verwenden Sie unter „Mein Konto“ den Eintrag „Alle meine Geräte und eIDs löschen (PANIC)“ und richten Sie die App dann auf Ihrem neuen Telefon erneut ein.',
    symptoms: [
      'Telefon verloren',
      'Handy verloren',
      'Handy gestohlen',
      'Handy kaputt',
      'Handy funktioniert nicht mehr',
      'kein Zugriff auf mein Handy',
    ],
  },
  'app-reinstalled': {
    question: 'Ich habe die App neu installiert oder mein Telefon zurückgesetzt, und sie funktioniert nicht mehr',
    answer:
      'Eine Neuinstallation der App oder ein Zurücksetzen des Telefons trennt die Verknüpfung mit Ihrem Konto, auch auf demselben Telefon. Löschen Sie den alten Eintrag unter „Meine Mobilgeräte verwalten“ (nach der Anmeldung mit einem anderen Faktor, oder mit PANIC, wenn Sie keinen haben) und fügen Sie das Telefon erneut hinzu.',
    symptoms: [
      'App neu installiert',
      'Werkseinstellungen',
      'App wurde gelöscht',
      'die App will erneut initialisiert werden',
      'App nicht mehr verknüpft',
      'Handy aktualisiert und App weg',
    ],
  },
  'code-not-accepted': {
    question: 'Der Code aus der App wird nicht angenommen',
    answer:
      'Bei der Anmeldung mit der QR-Code-Methode zeigt die App einen Einmalcode, den Sie am PC eingeben. Geben Sie ihn genau so ein, wie die App ihn zeigt, denn manche Zeichen sehen sich ähnlich. Der Code gehört zu dem QR-Code auf dem Bildschirm: Hat der PC inzwischen einen neuen QR-Code gezeigt, scannen Sie diesen für einen neuen Code.',
    symptoms: [
      'Code nicht angenommen',
      'Code abgelehnt',
      'ungültiger Code',
      'falscher Code',
      'Einmalpasswort funktioniert nicht',
      'OTP abgelehnt',
    ],
  },
  'link-expired': {
    question: 'Der Link in der E-Mail ist abgelaufen',
    answer:
      'Links von EU Login funktionieren nur begrenzte Zeit. Für ein neues Konto registrieren Sie sich erneut, um eine neue E-Mail zu erhalten; für das Zurücksetzen des Passworts fordern Sie mit „Passwort vergessen?“ einen neuen Link an. Öffnen Sie dann ohne Verzögerung den Link aus der neuesten E-Mail.',
    symptoms: [
      'Link abgelaufen',
      'Link funktioniert nicht',
      'Link ungültig',
      'der Link in der E-Mail geht nicht',
      'Aktivierungslink abgelaufen',
      'Link zum Zurücksetzen abgelaufen',
    ],
  },
  'wrong-pin': {
    question: 'Die App meldet, dass meine PIN falsch ist',
    answer:
      'Die App-PIN sind die vier Ziffern, die Sie beim Hinzufügen des Telefons am PC gewählt haben: nicht der Entsperrcode Ihres Telefons und nicht Ihr Passwort. Wenn Sie sich nicht daran erinnern, setzen Sie sie mit „PIN-Code vergessen“ in den App-Einstellungen zurück und melden Sie sich dann erneut an.',
    symptoms: [
      'falsche PIN',
      'PIN nicht angenommen',
      'PIN inkorrekt',
      'PIN abgelehnt',
      'welche PIN',
      'PIN funktioniert nicht',
    ],
  },
  'no-notification': {
    question: 'Mein Telefon erhält keine Benachrichtigung, wenn ich mich anmelde',
    answer:
      'Öffnen Sie die EU-Login-App selbst: Eine wartende Anfrage wird auch dort angezeigt. Prüfen Sie, ob das Telefon Internet hat (die PIN-Methode braucht es) und ob Benachrichtigungen für EU Login in den Telefoneinstellungen erlaubt sind. Ohne Internet wählen Sie die QR-Code-Methode, die offline funktioniert.',
    symptoms: [
      'keine Benachrichtigung',
      'keine Push-Nachricht',
      'auf meinem Handy passiert nichts',
      'das Handy klingelt nicht',
      'App zeigt die Anfrage nicht',
      'Benachrichtigungen ausgeschaltet',
    ],
  },
  'request-expired': {
    question: 'Die Anmeldeanfrage ist abgelaufen, bevor ich sie bestätigt habe',
    answer:
      'Eine Anmeldeanfrage wartet nur kurze Zeit auf Ihre Bestätigung. Klicken Sie am PC auf „Erneut versuchen“, und halten Sie das Telefon entsperrt und die App geöffnet, bevor Sie auf „Anmelden“ klicken. Hat das Telefon kein Internet, verwenden Sie die QR-Code-Methode.',
    symptoms: [
      'Anfrage abgelaufen',
      'Zeitüberschreitung',
      'Timeout',
      'hat zu lange gedauert',
      'Authentifizierung abgelaufen',
      'Sitzung abgelaufen',
    ],
  },
  'qr-code-expired': {
    question: 'Der QR-Code zum Hinzufügen meines Telefons ist abgelaufen',
    answer:
      'Der QR-Code zum Hinzufügen eines Telefons bleibt nicht lange gültig. Füllen Sie das Formular „Mobilgerät hinzufügen“ erneut aus, um einen neuen Code zu erhalten, und halten Sie die App mit geöffnetem Scanner bereit, bevor Sie absenden.',
    symptoms: [
      'QR-Code abgelaufen',
      'QR-Code verschwunden',
      'Zeit für den QR-Code abgelaufen',
      'QR-Code nicht mehr gültig',
      'brauche einen neuen QR-Code',
    ],
  },
  'user-not-found': {
    question: 'EU Login meldet, dass es meine E-Mail-Adresse nicht kennt',
    answer:
      'Prüfen Sie zuerst die Schreibweise. Ist sie richtig, verwendet kein Konto diese Adresse: Vielleicht haben Sie sich mit einer anderen registriert, suchen Sie also in Ihren anderen Postfächern nach einer alten E-Mail von EU Login. Haben Sie sich nie registriert, wählen Sie „Konto erstellen“.',
    symptoms: ['unbekannter Benutzer', 'E-Mail nicht erkannt', 'kein Konto gefunden', 'es kennt meine E-Mail nicht'],
  },
  'new-password-refused': {
    question: 'Mein neues Passwort wird abgelehnt',
    answer:
      'Ein Passwort braucht mindestens 10 Zeichen mit Groß- und Kleinbuchstaben, Ziffern und Sonderzeichen, und beide Felder müssen übereinstimmen. EU Login lehnt ein neues Passwort außerdem ab, wenn die letzte Änderung weniger als einen Tag zurückliegt: Warten Sie und versuchen Sie es dann erneut.',
    symptoms: [
      'Passwort abgelehnt',
      'Passwort zu schwach',
      'Passwortanforderungen',
      'Passwörter stimmen nicht überein',
      'Passwort erst vor Kurzem geändert',
      'kann mein Passwort nicht festlegen',
    ],
  },
  'camera-blocked': {
    question: 'Die App kann die Kamera nicht verwenden',
    answer:
      'Die App braucht die Kamera, um den QR-Code zu lesen. Haben Sie sie abgelehnt, erlauben Sie die Kamera für EU Login in den Telefoneinstellungen, kehren Sie dann zur App zurück und scannen Sie erneut.',
    symptoms: [
      'Kamera funktioniert nicht',
      'Kamera blockiert',
      'schwarzer Bildschirm beim Scannen',
      'App kann die Kamera nicht öffnen',
      'Kamerazugriff abgelehnt',
    ],
  },
  'password-not-offered': {
    question: '„Passwort“ fehlt in der Liste der Methoden',
    answer:
      'Manche Websites akzeptieren nur einen zweiten Faktor, daher fehlt „Passwort“ in der Liste. Fehlt es überall, ist die Kontooption „Immer eine Multi-Faktor-Authentifizierung verlangen“ eingeschaltet. Melden Sie sich mit Ihrer App, Ihrem Schlüssel oder Ihrer eID an; haben Sie alle verloren, kann nur der EU-Login-Support helfen.',
    symptoms: [
      'Passwort-Option fehlt',
      'kann Passwort nicht wählen',
      'nur mobile App angeboten',
      'Liste der Überprüfungsmethoden',
      'Passwort nicht in der Liste',
    ],
  },
  'second-factor-asked-again': {
    question: 'EU Login bittet mich, mich erneut mit meinem zweiten Faktor anzumelden',
    answer:
      'Um Ihre Telefone, Schlüssel oder eIDs zu ändern, ist ein Nachweis mit einem Faktor nötig, den Sie bereits haben. Melden Sie sich erneut mit der App, dem Schlüssel oder der eID an, die bereits in Ihrem Konto ist; dann wird die Änderung ausgeführt.',
    symptoms: [
      'erneut authentifizieren',
      'erneut anmelden',
      'es fragt wieder nach meinem Handy',
      'Step-up',
      'verlangt zweiten Faktor zum Hinzufügen eines Geräts',
    ],
  },
  'email-refused-at-registration': {
    question: 'Das Registrierungsformular lehnt meine E-Mail-Adresse ab',
    answer:
      'EU Login akzeptiert keine Adressen der EU-Institutionen (deren Bedienstete erhalten ihre Konten auf anderem Weg) und keine Wegwerfadressen. Verwenden Sie eine private oder berufliche Adresse, die Sie öffnen können und behalten.',
    symptoms: [
      'E-Mail abgelehnt',
      'E-Mail nicht akzeptiert',
      'kann meine dienstliche E-Mail nicht verwenden',
      'E-Mail einer Institution',
      'temporäre E-Mail nicht erlaubt',
    ],
  },
  'security-key-problem': {
    question: 'Mein Sicherheitsschlüssel oder Windows Hello funktioniert nicht',
    answer:
      'Lassen Sie die Aufforderung des Browsers geöffnet, stecken Sie den Schlüssel ein und berühren Sie ihn, oder bestätigen Sie mit Fingerabdruck, Gesicht oder PIN. Haben Sie abgebrochen, beginnen Sie erneut. Meldet der Browser, dass der Schlüssel bereits registriert ist, ist er schon in Ihrem Konto: Wählen Sie ihn bei der Anmeldung.',
    symptoms: [
      'Sicherheitsschlüssel funktioniert nicht',
      'YubiKey wird nicht erkannt',
      'Windows Hello funktioniert nicht',
      'Schlüssel bereits registriert',
      'Passkey',
      'Schlüssel berühren',
    ],
  },
  'sms-codes': {
    question: 'Früher habe ich SMS-Codes bekommen: Wo sind sie?',
    answer:
      'EU Login hat Mitte 2025 aufgehört, Codes per SMS zu senden. Verwenden Sie stattdessen die EU-Login-App, einen Sicherheitsschlüssel oder eine nationale eID.',
    symptoms: ['SMS', 'Code per SMS', 'keine SMS', 'Handynummer', 'früher kam eine SMS'],
  },
  'eid-failed': {
    question: 'Die Anmeldung mit meiner nationalen eID wird nicht abgeschlossen',
    answer:
      'An Ihrem EU-Login-Konto hat sich nichts geändert. Prüfen Sie das Kartenlesegerät oder die nationale eID-App und versuchen Sie es erneut. Probleme auf der Seite Ihres Landes klärt Ihr nationaler eID-Helpdesk; bis dahin funktioniert auch eine andere Methode wie die EU-Login-App.',
    symptoms: [
      'eID funktioniert nicht',
      'eID-Fehler',
      'Kartenlesegerät funktioniert nicht',
      'nationale Anmeldung fehlgeschlagen',
      'eID abgebrochen',
    ],
  },
  'europass-templates': {
    question: 'Was sind die Europass-Dokumentvorlagen?',
    answer:
      'Europass bietet kostenlose Vorlagen, um europaweit einheitlich darzustellen, was Sie gelernt und getan haben: Ihren Lebenslauf und Ihr Anschreiben, erstellt aus Ihrem Europass-Profil, sowie Dokumente, die Schulen, Bildungseinrichtungen und Arbeitgeber ausstellen, etwa den Europass-Mobilitätsnachweis, die Zeugniserläuterung und den Diplomzusatz. Die Fragen unten erklären jedes davon.',
    symptoms: [
      'Europass-Vorlagen',
      'Europass-Dokumente',
      'Europass-Lebenslauf',
      'Europass templates',
      'Vorlage Anschreiben',
    ],
  },
  'europass-cefr': {
    question: 'Was ist der Gemeinsame Europäische Referenzrahmen für Sprachen (GER)?',
    answer:
      'Der GER ist eine Orientierungshilfe des Europarats, um zu beschreiben, was Menschen können, die eine Fremdsprache lernen. Er funktioniert für jede europäische Sprache gleich, für Lernen, Lehren und Prüfen, und hat sechs Referenzniveaus von A1 (Anfänger) bis C2 (kompetente Sprachverwendung), die in ganz Europa verstanden werden. Ihr Europass-Profil nutzt sein Raster zur Selbstbeurteilung, damit Sie Ihr eigenes Niveau in einer Sprache einordnen können.',
    symptoms: [
      'GER',
      'CEFR',
      'Sprachniveaus',
      'A1 A2 B1 B2 C1 C2',
      'Gemeinsamer Europäischer Referenzrahmen',
      'welches Niveau ist B2',
    ],
  },
  'europass-language-self-assessment': {
    question: 'Wie kann ich meine eigenen Sprachkenntnisse einschätzen?',
    answer:
      'In Ihrem Europass-Profil, unter den Sprachkenntnissen. Lesen Sie die kurzen Beschreibungen des Werkzeugs zur Selbstbeurteilung, das dem GER folgt, und wählen Sie für jede Sprache das Niveau, das dazu passt, wie gut Sie sie verstehen, sprechen und schreiben. Ihre Sprachzertifikate können Sie in Ihrer Europass-Bibliothek aufbewahren und das ausgefüllte Raster mit Arbeitgebern, Schulen oder Bildungseinrichtungen teilen.',
    symptoms: [
      'meine Sprachen einschätzen',
      'Selbstbeurteilung Sprachen',
      'mein Sprachniveau bewerten',
      'wie gut ist mein Englisch',
      'Sprachzertifikat',
    ],
  },
  'europass-digital-skills': {
    question: 'Wie kann ich meine digitalen Kompetenzen beschreiben?',
    answer:
      'In Ihrem Europass-Profil können Sie Ihre digitalen Kompetenzen auflisten und nach Belieben ordnen: die Werkzeuge und Programme, die Sie bei der Arbeit, im Studium oder in der Freizeit nutzen (soziale Medien, Blogs, Spiele), und Projekte, auf die Sie stolz sind. Gruppieren Sie sie, zum Beispiel nach Gestaltungswerkzeugen, nach den Kompetenzen, die Sie bei der Arbeit nutzen, oder nach denen, die Sie als Nächstes lernen möchten.',
    symptoms: [
      'digitale Kompetenzen',
      'Computerkenntnisse',
      'Software, die ich bedienen kann',
      'IT-Kenntnisse im Lebenslauf',
      'digital skills',
    ],
  },
  'europass-mobility': {
    question: 'Was ist der Europass-Mobilitätsnachweis?',
    answer:
      'Ein Europass-Dokument, das die Kompetenzen festhält, die Sie während einer Lern- oder Arbeitszeit in einem anderen europäischen Land erworben haben, etwa bei einem Austausch, einem Praktikum oder einem Freiwilligendienst, damit andere sehen, was Sie dort gelernt haben.',
    symptoms: [
      'Europass Mobilität',
      'Mobilitätsnachweis',
      'Austausch im Ausland',
      'Nachweis Erasmus-Praktikum',
      'Europass Mobility',
    ],
  },
  'europass-certificate-supplement': {
    question: 'Was ist die Europass-Zeugniserläuterung?',
    answer:
      'Ein Dokument, das ein Zeugnis der beruflichen Aus- und Weiterbildung ergänzt. Es erklärt klar und vergleichbar, was Inhaberinnen und Inhaber dieser Qualifikation gelernt haben und können, damit Arbeitgeber und Schulen anderswo sie verstehen.',
    symptoms: ['Zeugniserläuterung', 'Berufsabschluss', 'Qualifikation der Berufsbildung', 'certificate supplement'],
  },
  'europass-diploma-supplement': {
    question: 'Was ist der Diplomzusatz?',
    answer:
      'Ein Dokument, das einen Hochschulabschluss (einer Universität oder Hochschule) ergänzt. Es beschreibt die Qualifikation klar und einheitlich, damit Arbeitgeber und Hochschulen in anderen Ländern verstehen, wofür sie steht.',
    symptoms: ['Diplomzusatz', 'Diploma Supplement', 'Hochschuldiplom', 'Abschluss erklärt'],
  },
  'europass-language-passport': {
    question: 'Was ist aus dem Europass-Sprachenpass geworden?',
    answer:
      'Der Sprachenpass war eine der Europass-Dokumentvorlagen, 2004 eingeführt, um die eigenen Sprachkenntnisse und Sprachqualifikationen zu beschreiben. Heute lebt er als Abschnitt „Sprachkenntnisse“ Ihres Europass-Profils weiter: Sie schätzen sich weiterhin anhand des GER ein und können das Ergebnis mit Arbeitgebern oder Schulen teilen.',
    symptoms: ['Sprachenpass', 'alter Europass-Sprachenpass', 'wo ist der Sprachenpass', 'language passport'],
  },
  'europass-skills-passport': {
    question: 'Was war der Europass-Kompetenzpass?',
    answer:
      'Ein Europass-Werkzeug, das bis 2019 angeboten wurde und mehrere Ihrer Dokumente in einer Datei zusammenfasste. Es ist nicht mehr verfügbar: Wenn Sie ein Europass-Konto haben, teilen Sie Ihre Dokumente stattdessen aus Ihrer Europass-Bibliothek.',
    symptoms: [
      'Kompetenzpass',
      'Europäischer Kompetenzpass',
      'Dokumente in einer Datei zusammenfassen',
      'skills passport',
    ],
  },
  'europass-eqf': {
    question: 'Was ist der Europäische Qualifikationsrahmen (EQR)?',
    answer:
      'Ein Werkzeug der EU, das Qualifikationen aus verschiedenen Ländern und Bildungssystemen über eine einheitliche Skala mit acht Niveaus leichter vergleichbar macht. Ein Diplom, ein Diplomzusatz oder eine Zeugniserläuterung kann das EQR-Niveau angeben. Nennen Sie dieses Niveau in Ihrem Lebenslauf und Ihren Bewerbungen, damit Arbeitgeber und Schulen im Ausland Ihre Qualifikation verstehen.',
    symptoms: ['EQR', 'EQF', 'Qualifikationsniveau', 'acht Niveaus', 'meine Qualifikation im Ausland vergleichen'],
  },
};
