import type { Content } from '../content.types.js';
import { whatIfLabelsDe } from './what-if-labels.de.js';

export const whatIfsDe = {
  unknownEmail: {
    ...whatIfLabelsDe.unknownEmail,
    explanation:
      'EU Login kennt nur die Adressen, mit denen sich Personen registriert haben. Ein Tippfehler oder eine andere Adresse führt zu „Benutzer nicht gefunden“.',
    fix: 'Prüfen Sie die Schreibweise. Ist sie richtig, erstellen Sie mit „Konto erstellen“ ein Konto.',
    lead: 'Geben Sie eine Adresse ohne EU-Login-Konto ein, etwa Ihre eigene mit einem geänderten Buchstaben, und klicken Sie auf „Weiter“.',
  },
  emailAlreadyRegistered: {
    ...whatIfLabelsDe.emailAlreadyRegistered,
    explanation:
      'Eine Adresse kann nur zu einem einzigen EU-Login-Konto gehören. Vielleicht haben Sie es vor Jahren für eine andere Website erstellt.',
    fix: 'Registrieren Sie sich nicht erneut. Verwenden Sie „Passwort vergessen?“, um für das bestehende Konto ein neues Passwort festzulegen.',
    lead: 'Ihre Adresse hat in dieser Übung bereits ein Konto. Füllen Sie das Formular wie gewohnt damit aus und klicken Sie auf „Konto erstellen“: EU Login lehnt es ab. Klicken Sie dann, wie vorgeschlagen, auf „Passwort vergessen?“.',
    leadAt: {
      'signIn.email':
        'Ihre Adresse hat in dieser Übung bereits ein Konto, daher würde „Weiter“ nach dem Passwort fragen. Um zu sehen, was beim erneuten Registrieren passiert, klicken Sie stattdessen auf „Konto erstellen“.',
    },
  },
  institutionEmail: {
    ...whatIfLabelsDe.institutionEmail,
    explanation:
      'Adressen von EU-Institutionen werden im öffentlichen Formular abgelehnt: Konten für Bedienstete legt die Institution an.',
    fix: 'Verwenden Sie eine private Adresse, oder fragen Sie den IT-Helpdesk Ihrer Institution nach Ihrem Dienstkonto.',
    lead: 'Füllen Sie das Formular mit einer Adresse einer EU-Institution aus, etwa alex.rehearsal@ec.europa.eu, und klicken Sie auf „Konto erstellen“.',
  },
  disposableEmail: {
    ...whatIfLabelsDe.disposableEmail,
    explanation:
      'EU Login lehnt temporäre Postfächer ab, weil spätere E-Mails (Zurücksetzungen, Sicherheitshinweise) Sie weiterhin erreichen müssen.',
    fix: 'Registrieren Sie sich mit einer dauerhaften Adresse, die Sie regelmäßig abrufen.',
    lead: 'Füllen Sie das Formular mit einer Wegwerfadresse aus, etwa alex@mailinator.com, und klicken Sie auf „Konto erstellen“.',
  },
  mistypedEmail: {
    ...whatIfLabelsDe.mistypedEmail,
    explanation:
      'Die Bestätigungs-E-Mail geht an die falsch geschriebene Adresse und erreicht Sie nie. Sie kann nicht umgeleitet werden.',
    fix: 'Registrieren Sie sich erneut mit der richtigen Adresse. Die doppelte Eingabe im Formular soll genau das verhindern.',
    lead: 'Registrieren Sie sich mit einer Adresse mit Tippfehler, in beiden Feldern mit demselben Fehler, und sehen Sie, wohin die E-Mail geht.',
  },
  mailInSpam: {
    ...whatIfLabelsDe.mailInSpam,
    explanation: 'Manche E-Mail-Dienste legen automatische E-Mails von EU Login als Spam oder Junk ab.',
    fix: 'Suchen Sie im Spam- oder Junk-Ordner nach einer E-Mail von automated-notifications@nomail.ec.europa.eu und markieren Sie sie als „kein Spam“.',
    lead: 'Die E-Mail kommt diesmal nicht im Posteingang an: Suchen Sie sie im Spam-Ordner des Postfachs.',
  },
  mailDelayed: {
    ...whatIfLabelsDe.mailDelayed,
    explanation: 'E-Mails zur Registrierung und zum Zurücksetzen können bis zu {mailMinutes} Minuten brauchen.',
    fix: 'Warten Sie, sehen Sie im Spam-Ordner nach und fordern Sie nicht zu früh erneut an: In dieser Übung ersetzt jede neue Anfrage den älteren Link.',
    lead: 'Die E-Mail ist diesmal langsam: Warten Sie im Postfach darauf, statt eine neue anzufordern.',
  },
  linkExpired: {
    ...whatIfLabelsDe.linkExpired,
    explanation:
      'Der Link in der E-Mail funktioniert nur begrenzte Zeit. EU Login veröffentlicht sie nicht; diese Übung verwendet {linkMinutes} Minuten.',
    fix: 'Fordern Sie eine neue E-Mail an (erneut registrieren oder „Passwort vergessen?“) und öffnen Sie den Link bald nach dem Eintreffen.',
    lead: 'Lassen Sie die Zeit des Links ablaufen, bevor Sie ihn öffnen: Klicken Sie auf die Schaltfläche unten und öffnen Sie dann den Link in der E-Mail.',
  },
  weakPassword: {
    ...whatIfLabelsDe.weakPassword,
    explanation:
      'EU Login verlangt mindestens {min} Zeichen mit Großbuchstaben, Kleinbuchstaben, Ziffern und Sonderzeichen.',
    fix: 'Machen Sie es länger und mischen Sie alle vier Arten, zum Beispiel drei unzusammenhängende Wörter mit einer Ziffer und einem Zeichen.',
    lead: 'Geben Sie ein kurzes, einfaches Passwort wie „password1“ in beide Felder ein und klicken Sie auf „Senden“.',
  },
  passwordChangedRecently: {
    ...whatIfLabelsDe.passwordChangedRecently,
    explanation: 'EU Login erlaubt eine Passwortänderung nur einmal alle {changeHours} Stunden.',
    fix: 'Verwenden Sie weiter das aktuelle Passwort, oder versuchen Sie es nach {changeHours} Stunden erneut.',
    lead: 'Das Passwort wurde vor weniger als einem Tag geändert: Legen Sie wie gewohnt ein neues fest und sehen Sie, was EU Login meldet.',
  },
  wrongPassword: {
    ...whatIfLabelsDe.wrongPassword,
    explanation:
      'EU Login zeigt dann möglicherweise eine Meldung wie „Falsches Passwort angegeben“ (auf Englisch „incorrect password supplied“). Jedes falsche Passwort zählt: Nach {passwordAttempts} Fehlern hintereinander wird die Anmeldung etwa {lockoutMinutes} Minuten verweigert (angenommene Werte).',
    fix: 'Prüfen Sie die Feststelltaste und das Tastaturlayout, oder verwenden Sie „Passwort vergessen?“.',
    lead: 'Geben Sie absichtlich ein falsches Passwort ein und klicken Sie auf die Schaltfläche zum Fortfahren, gern mehrmals.',
  },
  forgotPassword: {
    ...whatIfLabelsDe.forgotPassword,
    explanation:
      'Niemand kann Ihnen Ihr Passwort sagen, aber EU Login kann Ihnen einen Link zum Festlegen eines neuen schicken.',
    fix: 'Wählen Sie „Passwort vergessen?“, geben Sie die Zeichen aus dem Bild ein und öffnen Sie den Link in der E-Mail.',
    lead: 'Klicken Sie auf „Passwort vergessen?“, statt sich anzumelden.',
  },
  stepUpRequired: {
    ...whatIfLabelsDe.stepUpRequired,
    explanation:
      'Um einen Faktor hinzuzufügen, zu ändern oder zu entfernen, verlangt EU Login zuerst eine Bestätigung mit einem Faktor, den Sie bereits haben.',
    fix: 'Melden Sie sich auf Aufforderung erneut mit Ihrer vorhandenen App, Ihrem Schlüssel oder Ihrer eID an.',
    lead: 'Ihr Konto hat bereits einen zweiten Faktor: Öffnen Sie eine Seite, die Ihre Faktoren ändert, und sehen Sie, was EU Login zuerst verlangt.',
  },
  noSmartphone: {
    ...whatIfLabelsDe.noSmartphone,
    explanation: 'Die EU-Login-App braucht ein Android- oder iOS-Gerät, sie ist aber nicht der einzige zweite Faktor.',
    fix: 'Verwenden Sie ein Tablet, einen USB-Sicherheitsschlüssel (zum Beispiel einen YubiKey) oder Windows Hello auf Ihrem PC.',
    lead: 'Tun Sie so, als hätten Sie kein Smartphone: Wählen Sie den Ausweg für Personen ohne Smartphone.',
  },
  notificationsDenied: {
    ...whatIfLabelsDe.notificationsDenied,
    explanation:
      'Die EU-Login-App braucht Benachrichtigungen, um ihre Einrichtung abzuschließen und Anmeldeanfragen anzuzeigen.',
    fix: 'Schalten Sie in den Telefoneinstellungen die Benachrichtigungen für EU Login ein.',
    lead: 'Lehnen Sie auf dem Telefon die Benachrichtigungen ab („Nicht erlauben“).',
  },
  noScreenLock: {
    ...whatIfLabelsDe.noScreenLock,
    explanation:
      'Die EU-Login-App läuft nicht auf einem Telefon, das jeder öffnen kann: Sie braucht eine Sperre mit PIN, Muster oder Fingerabdruck.',
    fix: 'Richten Sie in den Telefoneinstellungen eine Bildschirmsperre ein und öffnen Sie die App dann erneut.',
    lead: 'Das Telefon hat in dieser Übung keine Bildschirmsperre: Machen Sie wie gewohnt weiter und sehen Sie, was die App meldet.',
  },
  cameraDenied: {
    ...whatIfLabelsDe.cameraDenied,
    explanation: 'Ohne Kamera kann die App den QR-Code am PC nicht lesen.',
    fix: 'Erlauben Sie in den Telefoneinstellungen die Kamera für EU Login.',
    lead: 'Lehnen Sie auf dem Telefon die Kamera ab („Nicht erlauben“).',
  },
  scannedWithCameraApp: {
    ...whatIfLabelsDe.scannedWithCameraApp,
    explanation:
      'Eine normale Kamera oder ein QR-Leser zeigt nur den Text des Codes. Damit lässt sich Ihr Konto nicht verknüpfen, und vielleicht meldet der Leser den Code sogar als ungültig.',
    fix: 'Öffnen Sie die EU-Login-App und scannen Sie mit deren eigenem Scanner.',
    lead: 'Wählen Sie auf dem Telefon „Stattdessen meine Kamera-App verwenden“ statt des Scanners der EU-Login-App.',
  },
  qrExpired: {
    ...whatIfLabelsDe.qrExpired,
    explanation:
      'Der QR-Code am PC ist nur kurze Zeit gültig ({enrolQrMinutes} Minuten in dieser Übung, ein angenommener Wert).',
    fix: 'Füllen Sie „Mobilgerät hinzufügen“ erneut aus und scannen Sie den neuen Code sofort.',
    lead: 'Scannen Sie noch nicht: Lassen Sie die Zeit des QR-Codes mit der Schaltfläche unten ablaufen und machen Sie dann weiter.',
  },
  wrongPin: {
    ...whatIfLabelsDe.wrongPin,
    explanation:
      'Die App-PIN besteht aus den vier Ziffern, die Sie beim Hinzufügen des Telefons gewählt haben. Nach {pinAttempts} Fehlversuchen wird die Anfrage abgelehnt (angenommen).',
    fix: 'Geben Sie sie sorgfältig ein. Ist sie vergessen, verwenden Sie „PIN-Code vergessen“ in den App-Einstellungen.',
    lead: 'Geben Sie in der App absichtlich eine falsche PIN ein und tippen Sie auf „Authentifizieren“, gern mehrmals.',
  },
  deviceUsedByOtherAccount: {
    ...whatIfLabelsDe.deviceUsedByOtherAccount,
    explanation:
      'Ältere Anleitungen von EU Login sagen, dass die App nur ein Konto pro Gerät aufnimmt (neuere Versionen können mehrere aufnehmen). Diese Übung folgt dieser Regel, daher wird ein Telefon abgelehnt, das bereits mit einem anderen Konto verknüpft ist.',
    fix: 'Trennen Sie das andere Konto in der App, wenn es Ihnen gehört und nicht mehr gebraucht wird, oder verwenden Sie ein anderes Gerät.',
    lead: 'Das Telefon ist in dieser Übung bereits mit einem anderen Konto verknüpft: Geben Sie wie gewohnt die PIN ein und sehen Sie, was die App meldet.',
  },
  appInBackground: {
    ...whatIfLabelsDe.appInBackground,
    explanation:
      'Wenn die App nicht auf dem Bildschirm ist, kommt die Anfrage als Benachrichtigung an, statt sich von selbst zu öffnen.',
    fix: 'Tippen Sie auf die Benachrichtigung von EU Login oder öffnen Sie die App.',
    lead: 'Die App ist in dieser Übung geschlossen: Melden Sie sich mit „Mobile App + PIN-Code“ an und achten Sie auf eine Benachrichtigung auf dem Telefon.',
  },
  phoneOffline: {
    ...whatIfLabelsDe.phoneOffline,
    explanation:
      'Die PIN-Methode braucht ein Telefon mit Internet, um die Anfrage zu empfangen; der PC wartet also und gibt dann auf.',
    fix: 'Schalten Sie mobile Daten oder WLAN ein, oder wählen Sie die QR-Code-Methode, die offline funktioniert.',
    lead: 'Das Telefon hat in dieser Übung kein Internet: Melden Sie sich mit „Mobile App + PIN-Code“ an und beobachten Sie, was der PC tut.',
  },
  requestExpired: {
    ...whatIfLabelsDe.requestExpired,
    explanation:
      'Eine Anmeldeanfrage gilt nur kurze Zeit (hier {pinWaitSeconds} Sekunden für die PIN, {challengeMinutes} Minuten für einen QR-Code; angenommene Werte).',
    fix: 'Klicken Sie am PC auf „Erneut versuchen“ und bestätigen Sie sofort.',
    lead: 'Bestätigen Sie noch nicht: Lassen Sie die Zeit der Anfrage mit der Schaltfläche unten ablaufen.',
  },
  forgotPin: {
    ...whatIfLabelsDe.forgotPin,
    explanation:
      'Die PIN kann nicht erneut angezeigt werden, aber die App kann eine neue festlegen, sobald Sie nachweisen, wer Sie sind.',
    fix: 'Wählen Sie in den App-Einstellungen „PIN-Code vergessen“, geben Sie Ihre EU-Login-E-Mail-Adresse und Ihr Passwort ein, dann eine neue PIN. Klappt das nicht, löschen Sie das Gerät am PC und fügen Sie es erneut hinzu.',
    lead: 'Tun Sie so, als hätten Sie die PIN vergessen: Tippen Sie in der App auf „PIN-Code vergessen“.',
  },
  codeReused: {
    ...whatIfLabelsDe.codeReused,
    explanation: 'Jeder Code aus der App funktioniert nur einmal, und nur für den QR-Code, aus dem er stammt.',
    fix: 'Scannen Sie den QR-Code erneut, um einen neuen Code zu erhalten.',
    lead: 'Geben Sie einen Code ein, den Sie schon bei einer früheren Anmeldung verwendet haben, statt des Codes, den die App jetzt zeigt.',
  },
  eidFailed: {
    ...whatIfLabelsDe.eidFailed,
    explanation:
      'Die nationale eID-Seite konnte Sie nicht bestätigen, zum Beispiel wegen des Kartenlesegeräts oder der nationalen App.',
    fix: 'Prüfen Sie Lesegerät oder App und versuchen Sie es erneut; Fragen zur eID selbst richten Sie an Ihren nationalen Support.',
    lead: 'Ihre nationale eID funktioniert diesmal nicht: Machen Sie auf der nationalen Seite weiter und sehen Sie, was passiert.',
  },
  eidCancelled: {
    ...whatIfLabelsDe.eidCancelled,
    explanation: 'Ein Abbruch führt Sie zu EU Login zurück, ohne dass etwas verknüpft wird.',
    fix: 'Beginnen Sie erneut bei „Meine eID verknüpfen“, wenn Sie so weit sind.',
    lead: 'Klicken Sie auf der nationalen eID-Seite auf „Abbrechen“.',
  },
  keyCancelled: {
    ...whatIfLabelsDe.keyCancelled,
    explanation: 'Der Browser wartet nicht mehr auf den Schlüssel, daher wird nichts hinzugefügt oder bestätigt.',
    fix: 'Versuchen Sie es erneut und berühren Sie den Schlüssel oder bestätigen Sie mit Windows Hello, bevor sich die Aufforderung schließt.',
    lead: 'Wenn der Browser nach Ihrem Schlüssel fragt, klicken Sie auf „Abbrechen“, statt ihn zu berühren.',
  },
  keyAlreadyRegistered: {
    ...whatIfLabelsDe.keyAlreadyRegistered,
    explanation: 'Derselbe Schlüssel kann nicht zweimal hinzugefügt werden.',
    fix: 'Melden Sie sich mit dem Schlüssel an, oder fügen Sie einen anderen hinzu.',
    lead: 'Dieser Schlüssel ist in dieser Übung bereits in Ihrem Konto: Berühren Sie ihn wie gewohnt und sehen Sie, was EU Login meldet.',
  },
  lostPhone: {
    ...whatIfLabelsDe.lostPhone,
    explanation: 'Ohne das Telefon kann die App Ihre Anmeldungen nicht bestätigen.',
    fix: 'Melden Sie sich mit einem anderen Faktor an und löschen Sie das verlorene Telefon. Ohne anderen Faktor melden Sie sich mit Ihrem Passwort an und verwenden unter „Mein Konto“ den Eintrag „Alle meine Geräte und eIDs löschen (PANIC)“.',
    lead: 'Tun Sie so, als wäre das Telefon verloren: Klicken Sie auf „Ich habe mein Telefon verloren“.',
  },
  appReinstalled: {
    ...whatIfLabelsDe.appReinstalled,
    explanation:
      'Eine neu installierte App hat die Verknüpfung mit Ihrem Konto vergessen, auch auf demselben Telefon; Anmeldeanfragen erreichen sie daher nicht mehr.',
    fix: 'Melden Sie sich auf andere Weise an, löschen Sie den alten Eintrag unter „Meine Mobilgeräte verwalten“ und fügen Sie das Telefon mit einem neuen QR-Code erneut hinzu.',
    lead: 'Die App wurde in dieser Übung neu installiert: Melden Sie sich mit „Mobile App + PIN-Code“ an und sehen Sie, ob die Anfrage das Telefon erreicht.',
  },
  alwaysMfa: {
    ...whatIfLabelsDe.alwaysMfa,
    explanation:
      'Ist unter „Mein Konto“ die Option „Immer eine Multi-Faktor-Authentifizierung verlangen“ eingeschaltet, verschwindet „Passwort“ aus der Liste der Methoden, auch bei Websites, die ein Passwort allein akzeptieren würden.',
    fix: 'Wählen Sie Ihre App oder Ihren Sicherheitsschlüssel. Haben Sie alle Ihre zweiten Faktoren verloren, hilft PANIC nicht: Wenden Sie sich an den EU-Login-Support (https://webgate.ec.europa.eu/cas/help.html).',
    lead: 'Ihr Konto verlangt immer einen zweiten Faktor: Sehen Sie sich die Liste der Methoden an, bevor Sie eine wählen.',
  },
} satisfies Content['whatIfs'];
