import type { Content } from '../content.types.js';

export const stepsDe = {
  'coach.journeys': {
    title: 'Wählen Sie, was Sie üben möchten',
    body: 'Wählen Sie die Aufgabe, die Sie durchspielen möchten, vom Erstellen eines Kontos bis zum Vorgehen nach dem Verlust des Telefons. Vor dem Start können Sie Dinge einschalten, die schiefgehen können.',
    helpdesk: {
      ask: [
        'Was möchten Sie heute tun: ein Konto erstellen, Ihr Telefon hinzufügen oder sich anmelden?',
        'Haben Sie bereits ein EU-Login-Konto?',
        'Haben Sie ein Smartphone oder Tablet bei sich?',
      ],
      say: [
        'Öffnen Sie den Coach und wählen Sie den Ablauf, der zu Ihrem Vorhaben passt.',
        'Wenn Sie unsicher sind, wählen Sie die vollständige Einrichtung: Sie deckt alles von Anfang an ab.',
        'Warum ein zweiter Faktor: Selbst wenn jemand Ihr Passwort stiehlt oder errät, kommt er ohne Ihr Telefon, Ihren Schlüssel oder Ihre eID nicht hinein.',
      ],
      ifThen: [
        {
          if: 'Die anrufende Person hat kein Smartphone',
          then: 'Wählen Sie „Kein Smartphone? Sicherheitsschlüssel verwenden“: Ein Tablet, ein Sicherheitsschlüssel oder Windows Hello funktioniert ebenfalls.',
        },
        {
          if: 'Die anrufende Person hat ihr Telefon verloren oder gewechselt',
          then: 'Altes Telefon verloren oder unbrauchbar: „Ein Telefon ersetzen, das Sie nicht mehr nutzen können“ wählen, wenn ein anderer Faktor noch funktioniert, sonst „Ich habe mein Telefon verloren“. Altes Telefon funktioniert noch: zuerst das neue hinzufügen, dann das alte löschen.',
        },
        {
          if: 'Die anrufende Person meldet sich bereits mit einer nationalen eID an',
          then: 'Sagen Sie ihr, dass sie nichts weiter einrichten muss: Die eID zählt bereits als zwei Faktoren.',
        },
      ],
    },
  },
  'signIn.email': {
    title: 'Geben Sie Ihre E-Mail-Adresse ein',
    body: 'Auf dem PC fragt die EU-Login-Seite zuerst nach Ihrer E-Mail-Adresse. Geben Sie sie ein und klicken Sie auf „Weiter“.',
    helpdesk: {
      ask: [
        'Was zeigt die Seite: ein Feld für Ihre E-Mail-Adresse oder auch ein Feld für Ihr Passwort?',
        'Unter welcher Adresse kennt Sie die Website, die Sie nutzen möchten?',
      ],
      say: [
        'Geben Sie die E-Mail-Adresse ein, mit der Sie sich registriert haben, ohne Leerzeichen davor oder danach.',
        'Klicken Sie auf „Weiter“. Wenn Sie noch kein Konto haben, wählen Sie stattdessen „Konto erstellen“.',
        'Wenn keine Website Sie zu EU Login weitergeleitet hat, öffnen Sie selbst https://webgate.ec.europa.eu/cas/login.',
      ],
      ifThen: [
        {
          if: 'Die Seite meldet, dass der Benutzer nicht gefunden wurde',
          then: 'Prüfen Sie gemeinsam die Schreibweise. Ist sie richtig, gibt es kein Konto mit dieser Adresse: Erstellen Sie eines.',
        },
        {
          if: 'Es ist bereits eine andere Adresse eingetragen',
          then: 'Löschen Sie sie und geben Sie die richtige ein, oder verwenden Sie „Mit einer anderen E-Mail-Adresse anmelden“.',
        },
        {
          if: 'Die anrufende Person hat mehrere Adressen',
          then: 'Fragen Sie, an welche Adresse die Bestätigungs-E-Mail von EU Login ging: Das ist das Konto.',
        },
      ],
    },
  },
  'signIn.userNotFound': {
    title: 'Kein Konto für diese Adresse',
    body: 'Auf dem PC meldet EU Login, dass es kein Konto mit der eingegebenen Adresse kennt. Prüfen Sie die Schreibweise, versuchen Sie eine andere Adresse oder erstellen Sie ein Konto.',
    helpdesk: {
      ask: [
        'Können Sie mir die Adresse auf der Seite Buchstabe für Buchstabe vorlesen?',
        'Haben Sie schon einmal eine E-Mail von EU Login an eine andere Adresse erhalten?',
      ],
      say: [
        'Wenn die Adresse falsch geschrieben ist, wählen Sie „Mit einer anderen E-Mail-Adresse anmelden“ und geben Sie sie erneut ein.',
        'Wenn Sie nie ein Konto erstellt haben, wählen Sie „Konto erstellen“.',
      ],
      ifThen: [
        {
          if: 'Die Adresse enthält einen Tippfehler',
          then: 'Gehen Sie zurück und geben Sie sie langsam erneut ein.',
        },
        {
          if: 'Die anrufende Person ist sicher, dass sie sich mit dieser Adresse registriert hat',
          then: 'Bitten Sie sie, ihr Postfach und den Spam-Ordner nach einer E-Mail von EU Login zu durchsuchen; vielleicht hat sie eine andere Adresse verwendet.',
        },
      ],
    },
  },
  'signIn.password': {
    title: 'Passwort eingeben und Bestätigungsart wählen',
    body: 'Geben Sie auf dem PC Ihr Passwort ein, wählen Sie unter „Wählen Sie Ihre Überprüfungsmethode“ eine Methode und klicken Sie auf „Anmelden“. Die Liste zeigt nur die Methoden, die die Website akzeptiert.',
    helpdesk: {
      ask: [
        'Sehen Sie Ihre Adresse mit „(extern)“ darunter?',
        'Welche Methoden stehen in der Liste „Wählen Sie Ihre Überprüfungsmethode“?',
        'Haben Sie schon einmal die EU-Login-App, einen Sicherheitsschlüssel oder eine eID eingerichtet?',
      ],
      say: [
        'Geben Sie Ihr EU-Login-Passwort ein. Dabei wird zwischen Groß- und Kleinschreibung unterschieden.',
        'Wählen Sie „Mobile App + PIN-Code“ (manche Seiten nennen es „EU Login Mobile App PIN-Code“), wenn Ihr Telefon eingerichtet ist, und klicken Sie dann auf „Anmelden“.',
      ],
      ifThen: [
        {
          if: '„Passwort“ allein wird abgelehnt oder fehlt',
          then: 'Die Website verlangt einen zweiten Faktor. Richten Sie zuerst die App, einen Sicherheitsschlüssel oder eine eID ein.',
        },
        {
          if: 'Die anrufende Person hat das Passwort vergessen',
          then: 'Verwenden Sie „Passwort vergessen?“ unter dem Passwortfeld.',
        },
        {
          if: 'Die Seite meldet ein falsches Passwort, etwa „Falsches Passwort angegeben“ (auf Englisch „incorrect password supplied“)',
          then: 'Prüfen Sie die Feststelltaste und das Tastaturlayout, oder legen Sie mit „Passwort vergessen?“ ein neues fest. Nach {passwordAttempts} falschen Versuchen ist die Anmeldung eine Zeit lang gesperrt (angenommen).',
        },
        {
          if: 'Das Telefon mit der App ist verloren',
          then: 'Gehen Sie zu den Wiederherstellungsmöglichkeiten: ein anderer Faktor oder das Löschen aller Geräte.',
        },
        {
          if: '„Passwort“ fehlt bei jeder Website, auch bei solchen, die es früher akzeptiert haben',
          then: 'Möglicherweise ist die Kontooption „Immer eine Multi-Faktor-Authentifizierung verlangen“ eingeschaltet: Melden Sie sich mit dem zweiten Faktor an. Ist dieser Faktor verloren, kann nur der EU-Login-Support helfen (https://webgate.ec.europa.eu/cas/help.html).',
        },
        {
          if: 'Die anrufende Person meldet sich auf dem Telefon an, auf dem die EU-Login-App ist',
          then: 'Sie kann in der Liste „Auf dem Mobilgerät“ wählen: EU Login öffnet dann die App auf demselben Telefon zur Bestätigung mit PIN oder Fingerabdruck. Dieser Coach übt das nicht.',
        },
        {
          if: 'Die anrufende Person hat früher SMS-Codes erhalten',
          then: 'EU Login hat die SMS-Codes Mitte 2025 eingestellt. Richten Sie stattdessen die EU-Login-App, einen Sicherheitsschlüssel oder eine eID ein.',
        },
        {
          if: 'Die Seite meldet, sie sei als ein Benutzer angemeldet und könne keinen Faktor eines anderen Benutzers verwenden',
          then: 'Dieses Telefon, dieser Schlüssel oder diese eID ist mit einem anderen EU-Login-Konto verknüpft. Melden Sie sich mit dem richtigen Konto an oder wenden Sie sich an den EU-Login-Support, der dafür ein Verfahren hat (https://webgate.ec.europa.eu/cas/help.html).',
        },
        {
          if: 'Die Seite zeigt den Fehler 5305',
          then: 'Die Hilfe von EU Login bringt diesen Fehler mit PANIC in Verbindung: mit dem Passwort anmelden, „Mein Konto“ öffnen, „Alle meine Geräte und eIDs löschen (PANIC)“ verwenden und dann wieder einen Faktor hinzufügen.',
        },
      ],
    },
  },
  'signIn.locked': {
    title: 'Zu viele Fehlversuche',
    body: 'Auf dem PC verweigert EU Login die Anmeldung bei diesem Konto nach zu vielen Fehlversuchen eine Zeit lang: falsche Passwörter, falsche App-PINs oder falsche Einmalcodes. Ein Neustart hebt die Sperre nicht auf. Warten Sie etwa {lockoutMinutes} Minuten oder setzen Sie Ihr Passwort zurück.',
    assumed:
      'EU Login veröffentlicht nicht, wie viele Fehlversuche es zulässt und wie lange es dann sperrt. Der Coach nimmt {passwordAttempts} Passwörter, {pinAttempts} App-PINs oder {otpAttempts} Codes hintereinander an, und {lockoutMinutes} Minuten.',
    helpdesk: {
      ask: [
        'Wie oft haben Sie das Passwort versucht?',
        'Kennen Sie das Passwort noch, oder sollen wir es zurücksetzen?',
      ],
      say: [
        'Warten Sie etwa {lockoutMinutes} Minuten, bevor Sie es erneut versuchen (ein angenommener Wert: EU Login veröffentlicht ihn nicht).',
        'Wenn Sie sich beim Passwort nicht sicher sind, wählen Sie jetzt „Passwort vergessen?“.',
      ],
      ifThen: [
        {
          if: 'Die anrufende Person kann nicht warten',
          then: 'Setzen Sie das Passwort mit „Passwort vergessen?“ zurück.',
        },
        {
          if: 'Die Sperre endet auch nach dem Warten nicht',
          then: 'Setzen Sie das Passwort zurück; klappt auch das nicht, wenden Sie sich über https://webgate.ec.europa.eu/cas/help.html an den EU-Login-Support.',
        },
      ],
    },
  },
  'signIn.pinWait': {
    title: 'Bestätigen Sie die Anmeldung auf Ihrem Telefon',
    body: 'Der PC wartet jetzt, während EU Login eine Anfrage an Ihr Telefon sendet. Öffnen Sie die EU-Login-App: Die Anfrage erscheint und fragt nach Ihrer PIN.',
    assumed:
      'EU Login veröffentlicht nicht, wie lange der PC auf Ihre Bestätigung wartet. Der Coach nimmt {pinWaitSeconds} Sekunden an.',
    helpdesk: {
      ask: [
        'Zeigt der PC an, dass er auf Ihr Mobilgerät wartet?',
        'Ist die EU-Login-App auf Ihrem Telefon geöffnet, und hat das Telefon Internet?',
      ],
      say: [
        'Nehmen Sie Ihr Telefon und öffnen Sie die EU-Login-App.',
        'Die Anfrage sollte erscheinen; war die App geschlossen, tippen Sie stattdessen auf die Benachrichtigung.',
      ],
      ifThen: [
        {
          if: 'Auf dem Telefon kommt keine Anfrage an',
          then: 'Prüfen Sie mobile Daten oder WLAN; die PIN-Methode braucht Internet. Andernfalls wählen Sie die QR-Code-Methode, die auch offline funktioniert.',
        },
        {
          if: 'Der PC meldet, dass die Anfrage abgelaufen ist',
          then: 'Klicken Sie auf „Erneut versuchen“ und bestätigen Sie auf dem Telefon innerhalb von etwa {pinWaitSeconds} Sekunden (angenommen).',
        },
        {
          if: 'Benachrichtigungen sind für die App ausgeschaltet',
          then: 'Öffnen Sie die App direkt; um Hinweise zu erhalten, erlauben Sie Benachrichtigungen in den Telefoneinstellungen.',
        },
      ],
    },
  },
  'signIn.appNotification': {
    title: 'Tippen Sie auf die Benachrichtigung',
    body: 'Die App lief im Hintergrund, daher zeigt Ihr Telefon eine Benachrichtigung von EU Login. Tippen Sie darauf, um die Anfrage zu öffnen.',
    helpdesk: {
      ask: ['Sehen Sie auf Ihrem Telefon eine Benachrichtigung von EU Login?', 'Ist das Telefon gesperrt?'],
      say: [
        'Entsperren Sie Ihr Telefon und tippen Sie auf die Benachrichtigung von EU Login.',
        'Wenn Sie sie weggewischt haben, öffnen Sie die EU-Login-App direkt.',
      ],
      ifThen: [
        {
          if: 'Es gibt keine Benachrichtigung',
          then: 'Öffnen Sie die EU-Login-App; die offene Anfrage wird auch dort angezeigt.',
        },
        {
          if: 'Das Tippen öffnet ein anderes Konto',
          then: 'Verwenden Sie in der App „Konto wechseln“, falls sie mehrere Konten enthält.',
        },
      ],
    },
  },
  'signIn.appPin': {
    title: 'Geben Sie Ihre App-PIN ein',
    body: 'Auf Ihrem Telefon fragt die EU-Login-App nach der vierstelligen PIN, die Sie beim Hinzufügen des Telefons gewählt haben. Geben Sie sie ein und tippen Sie auf „Authentifizieren“.',
    assumed:
      'EU Login veröffentlicht nicht, wie viele falsche PINs die App zulässt. Der Coach nimmt {pinAttempts} an; danach wird die Anfrage abgelehnt.',
    helpdesk: {
      ask: [
        'Zeigt die App ein PIN-Tastenfeld?',
        'Erinnern Sie sich an die vierstellige PIN, die Sie beim Hinzufügen dieses Telefons am PC gewählt haben?',
      ],
      say: [
        'Geben Sie die vier Ziffern ein und tippen Sie auf „Authentifizieren“.',
        'Das ist die App-PIN, nicht der Entsperrcode Ihres Telefons und nicht Ihr Passwort.',
      ],
      ifThen: [
        {
          if: 'Die App meldet eine falsche PIN',
          then: 'Versuchen Sie es noch einmal sorgfältig. Nach {pinAttempts} falschen PINs wird die Anfrage abgelehnt (angenommen).',
        },
        {
          if: 'Die anrufende Person hat die PIN vergessen',
          then: 'Öffnen Sie die App-Einstellungen und verwenden Sie „PIN-Code vergessen“.',
        },
        {
          if: 'Der PC geht nach der PIN nicht weiter',
          then: 'Warten Sie einen Moment; wartet er immer noch, klicken Sie am PC auf „Erneut versuchen“.',
        },
      ],
    },
  },
  'signIn.refused': {
    title: 'Anmeldung abgelehnt',
    body: 'Auf dem PC meldet EU Login, dass die Anfrage abgelehnt wurde, meist nach zu vielen falschen PINs in der App. Diese PINs zählen für das Konto, nicht für eine einzelne Anfrage: Nach {pinAttempts} Fehlern hintereinander ist die Anmeldung etwa {lockoutMinutes} Minuten gesperrt, auch mit einer neuen Anfrage.',
    assumed:
      'EU Login veröffentlicht nicht, nach wie vielen falschen PINs eine Anfrage abgelehnt wird und wie lange die Anmeldung dann gesperrt bleibt. Der Coach nimmt {pinAttempts} PINs und {lockoutMinutes} Minuten an.',
    helpdesk: {
      ask: [
        'Hat die App gemeldet, dass die PIN falsch war?',
        'Sind Sie sich der PIN sicher, oder sollen wir sie zurücksetzen?',
      ],
      say: [
        'Klicken Sie am PC auf „Erneut versuchen“ und bestätigen Sie auf dem Telefon mit der richtigen PIN.',
        'Wenn Sie sich nicht an die PIN erinnern, setzen Sie sie zuerst in der App zurück.',
      ],
      ifThen: [
        {
          if: 'Die anrufende Person kennt die PIN nicht',
          then: 'Gehen Sie in die App-Einstellungen und verwenden Sie „PIN-Code vergessen“.',
        },
        {
          if: 'Das Zurücksetzen der PIN in der App schlägt fehl',
          then: 'Löschen Sie das Gerät unter „Meine Mobilgeräte verwalten“ und fügen Sie das Telefon erneut hinzu.',
        },
      ],
    },
  },
  'signIn.qrScan': {
    title: 'Scannen Sie den QR-Code mit der App',
    body: 'Der PC zeigt einen QR-Code. Öffnen Sie auf Ihrem Telefon die EU-Login-App, wählen Sie das Scannen eines QR-Codes und richten Sie die Kamera auf den PC-Bildschirm. Das funktioniert auch ohne Internet.',
    helpdesk: {
      ask: [
        'Ist auf dem PC-Bildschirm ein QR-Code zu sehen?',
        'Haben Sie den Scanner in der EU-Login-App geöffnet oder die Kamera des Telefons?',
      ],
      say: [
        'Öffnen Sie die EU-Login-App und verwenden Sie deren QR-Code-Scanner.',
        'Halten Sie das Telefon so, dass der ganze QR-Code in den Rahmen passt.',
      ],
      ifThen: [
        {
          if: 'Die anrufende Person hat die Kamera des Telefons verwendet',
          then: 'Die Kamera kann mit diesem Code nichts anfangen. Öffnen Sie die EU-Login-App und scannen Sie von dort.',
        },
        {
          if: 'Die App meldet, dass sie nicht eingerichtet ist',
          then: 'Dieses Telefon ist noch nicht mit dem Konto verknüpft: Fügen Sie es zuerst hinzu oder wählen Sie eine andere Methode.',
        },
        {
          if: 'Der Code ist abgelaufen',
          then: 'Klicken Sie am PC auf „Erneut versuchen“, um einen neuen QR-Code zu erhalten.',
        },
      ],
    },
  },
  'signIn.qrCode': {
    title: 'Geben Sie den Einmalcode am PC ein',
    body: 'Ihr Telefon zeigt jetzt einen Einmalcode. Geben Sie ihn in das Feld am PC ein und klicken Sie auf „Anmelden“. Jeder Code funktioniert nur einmal.',
    assumed:
      'EU Login veröffentlicht nicht, wie der Einmalcode aussieht oder wie lange er gilt. Der Coach zeigt Buchstaben und Ziffern in zwei Gruppen und nimmt sie {challengeMinutes} Minuten lang an.',
    helpdesk: {
      ask: ['Was zeigt die App: einen Code aus Buchstaben und Ziffern?', 'Ist der QR-Code noch auf dem PC-Bildschirm?'],
      say: ['Geben Sie den Code genau so ein, wie die App ihn zeigt.', 'Klicken Sie am PC auf „Anmelden“.'],
      ifThen: [
        {
          if: 'Der PC meldet einen falschen Code',
          then: 'Vergleichen Sie jedes Zeichen mit der App, da sich manche ähneln (8 und B, 5 und S), oder scannen Sie den QR-Code erneut, um einen neuen Code zu erhalten.',
        },
        {
          if: 'Der PC meldet, dass der Code bereits verwendet wurde',
          then: 'Scannen Sie den QR-Code erneut, um einen neuen Code zu erhalten.',
        },
        {
          if: 'Der PC meldet, dass der Code abgelaufen ist',
          then: 'Klicken Sie auf „Erneut versuchen“; Codes gelten etwa {challengeMinutes} Minuten (angenommen).',
        },
      ],
    },
  },
  'signIn.securityKey': {
    title: 'Verwenden Sie Ihren Sicherheitsschlüssel',
    body: 'Auf dem PC bittet Ihr Browser Sie, mit Ihrem Sicherheitsschlüssel oder mit Windows Hello zu bestätigen. Berühren Sie den Schlüssel oder verwenden Sie Fingerabdruck, Gesicht oder PIN.',
    helpdesk: {
      ask: [
        'Wozu fordert Sie das Browserfenster auf?',
        'Ist Ihr Sicherheitsschlüssel eingesteckt, oder verwenden Sie Windows Hello?',
      ],
      say: [
        'Stecken Sie den Schlüssel ein und berühren Sie seine Taste, wenn er blinkt, oder folgen Sie der Aufforderung von Windows Hello.',
        'Schließen Sie das Browserfenster nicht, solange es wartet.',
      ],
      ifThen: [
        {
          if: 'Die Aufforderung wurde geschlossen oder abgebrochen',
          then: 'Klicken Sie erneut auf „Anmelden“, um eine neue Aufforderung zu erhalten.',
        },
        {
          if: 'Die Seite meldet, dass der Schlüssel nicht registriert ist',
          then: 'Dieser Schlüssel wurde dem Konto nie hinzugefügt. Verwenden Sie einen anderen Schlüssel oder eine andere Methode, oder fügen Sie ihn unter „Meine Sicherheitsschlüssel und vertrauenswürdigen Plattformen verwalten“ hinzu.',
        },
      ],
    },
  },
  'signIn.expired': {
    title: 'Die Anfrage ist abgelaufen',
    body: 'Auf dem PC meldet EU Login, dass die Anmeldeanfrage zu lange gedauert hat. Beginnen Sie erneut und bestätigen Sie etwas schneller auf Ihrem Telefon.',
    assumed:
      'EU Login veröffentlicht nicht, wie lange eine Anmeldeanfrage gilt. Der Coach nimmt {pinWaitSeconds} Sekunden für eine PIN-Anfrage und {challengeMinutes} Minuten für einen QR-Code an.',
    helpdesk: {
      ask: [
        'Wie lange haben Sie gewartet, bevor Sie auf dem Telefon bestätigt haben?',
        'Hatte das Telefon zu diesem Zeitpunkt Internet?',
      ],
      say: [
        'Klicken Sie am PC auf „Erneut versuchen“.',
        'Halten Sie das Telefon entsperrt und die EU-Login-App geöffnet, bevor Sie auf „Anmelden“ klicken.',
      ],
      ifThen: [
        {
          if: 'Die Anfrage läuft jedes Mal ab',
          then: 'Wechseln Sie zur QR-Code-Methode: Sie braucht kein Internet auf dem Telefon.',
        },
        {
          if: 'Das Telefon ist offline',
          then: 'Schalten Sie mobile Daten oder WLAN ein, oder verwenden Sie die QR-Code-Methode.',
        },
      ],
    },
  },
  'signIn.done': {
    title: 'Sie sind angemeldet',
    body: 'Der PC zeigt wieder die Website, die Sie nutzen wollten, und Sie sind angemeldet. Sonst ist nichts zu tun.',
    helpdesk: {
      ask: ['Sehen Sie die gewünschte Website mit Ihrem Namen oder Ihrem Kontomenü?'],
      say: [
        'Sie sind drin. Beim nächsten Mal melden Sie sich auf die gleiche Weise an.',
        'Die Abmeldung bei EU Login meldet Sie nicht von Websites ab, die bereits geöffnet sind.',
      ],
      ifThen: [
        {
          if: 'Die Website meldet weiterhin, dass der Zugriff verweigert wird',
          then: 'Die Website verlangt vielleicht eine stärkere Methode als die verwendete: Melden Sie sich ab und mit der App oder einem Schlüssel wieder an.',
        },
        {
          if: 'Die Website antwortet mit INVALID_USER oder meldet, dass sie nur interne Benutzer zulässt',
          then: 'Diese Website ist nur für Konten von Bediensteten; ein selbst registriertes (externes) Konto kann sie nicht nutzen. Verweisen Sie die anrufende Person an den Helpdesk dieser Website.',
        },
      ],
    },
  },
  'register.form': {
    title: 'Füllen Sie das Registrierungsformular aus',
    body: 'Geben Sie auf dem PC Vor- und Nachnamen sowie zweimal Ihre E-Mail-Adresse ein, wählen Sie die Sprache der E-Mails von EU Login, geben Sie die Zeichen aus dem Bild ein und setzen Sie das Häkchen beim Datenschutz. Klicken Sie dann auf „Konto erstellen“.',
    assumed: 'Eine Anleitung sagt, der Bildcode werde nur „bei Aufforderung“ verlangt. Der Coach verlangt ihn immer.',
    helpdesk: {
      ask: [
        'Sind Sie auf der Seite mit der Überschrift „Konto erstellen“?',
        'Welche E-Mail-Adresse werden Sie verwenden? Sie müssen sie jetzt sofort öffnen können.',
      ],
      say: [
        'Schreiben Sie Ihre Namen, wie Sie möchten; jedes Alphabet ist zulässig.',
        'Geben Sie Ihre E-Mail-Adresse zweimal ein, beide Male gleich.',
        'Geben Sie die Zeichen aus dem Bild ein, setzen Sie das Häkchen bei der Datenschutzerklärung und klicken Sie auf „Konto erstellen“.',
      ],
      ifThen: [
        {
          if: 'Die Seite meldet, dass die Adresse bereits registriert ist',
          then: 'Die Person hat bereits ein Konto, vielleicht über eine andere Website. Verwenden Sie „Passwort vergessen?“, statt sich neu zu registrieren.',
        },
        {
          if: 'Die Seite lehnt eine Adresse einer EU-Institution ab',
          then: 'Konten für Bedienstete werden von der Institution angelegt. Verwenden Sie eine private Adresse oder wenden Sie sich an den örtlichen IT-Helpdesk.',
        },
        {
          if: 'Das Bild ist schwer zu lesen',
          then: 'Klicken Sie auf die Schaltfläche mit den zwei Pfeilen, um ein neues Bild zu erhalten.',
        },
        {
          if: 'Eine Wegwerfadresse wird abgelehnt',
          then: 'Verwenden Sie eine dauerhafte Adresse: E-Mails von EU Login sind später wichtig, für Zurücksetzungen und Sicherheitshinweise.',
        },
      ],
    },
  },
  'register.mailSent': {
    title: 'Öffnen Sie die Bestätigungs-E-Mail',
    body: 'In Ihrem Postfach trifft eine E-Mail von EU Login mit einem Link ein. Das kann bis zu {mailMinutes} Minuten dauern; sehen Sie auch im Spam-Ordner nach. Öffnen Sie den Link, um Ihr Passwort zu wählen. (Hier überspringt die Warte-Schaltfläche im Postfach die Wartezeit.)',
    assumed:
      'EU Login veröffentlicht nicht, wie lange der Link gilt oder ob es anbietet, die Registrierungs-E-Mail erneut zu senden. Der Coach nimmt {linkMinutes} Minuten an, bietet „E-Mail erneut senden“ an und akzeptiert nur den neuesten Link.',
    helpdesk: {
      ask: [
        'Hat der PC gemeldet, dass eine E-Mail gesendet wurde? An welche Adresse?',
        'Haben Sie im Spam- oder Junk-Ordner nachgesehen?',
        'Wie lange ist es her, dass Sie auf „Konto erstellen“ geklickt haben?',
      ],
      say: [
        'Suchen Sie nach einer E-Mail von automated-notifications@nomail.ec.europa.eu.',
        'Öffnen Sie sie und klicken Sie auf den Link, oder kopieren Sie ihn in die Adresszeile des Browsers.',
      ],
      ifThen: [
        {
          if: 'Im Posteingang ist nichts',
          then: 'Sehen Sie im Spam- und Junk-Ordner nach und warten Sie dann: Es kann bis zu {mailMinutes} Minuten dauern.',
        },
        {
          if: 'Die Adresse auf dem PC enthält einen Tippfehler',
          then: 'Diese E-Mail wird nie ankommen. Registrieren Sie sich erneut mit der richtigen Adresse.',
        },
        {
          if: 'Der Link ist auf zwei Zeilen umbrochen',
          then: 'Kopieren Sie den ganzen Link in einem Stück in die Adresszeile des Browsers.',
        },
        {
          if: 'Der Link meldet, dass er abgelaufen ist',
          then: 'Registrieren Sie sich erneut; der Link gilt nur begrenzte Zeit (hier {linkMinutes} Minuten, angenommen).',
        },
      ],
    },
  },
  'register.linkExpired': {
    title: 'Der Link ist abgelaufen',
    body: 'Auf dem PC meldet EU Login, dass der Bestätigungslink zu alt ist. Beginnen Sie die Registrierung erneut, um eine neue E-Mail zu erhalten.',
    assumed:
      'EU Login sagt nur, dass der Link begrenzte Zeit gilt. Der Coach nimmt {linkMinutes} Minuten an und lässt Sie die E-Mail erneut senden oder sich erneut registrieren.',
    helpdesk: {
      ask: ['Wann ist die E-Mail angekommen?', 'Haben Sie bei mehreren E-Mails auf die neueste geklickt?'],
      say: [
        'Gehen Sie zurück zur EU-Login-Seite und wählen Sie erneut „Konto erstellen“.',
        'Öffnen Sie die neue E-Mail bald nach ihrem Eintreffen.',
      ],
      ifThen: [
        {
          if: 'Die Seite meldet dann, dass die Adresse bereits registriert ist',
          then: 'Verwenden Sie „Passwort vergessen?“ mit dieser Adresse, um das Festlegen des Passworts abzuschließen.',
        },
        {
          if: 'Es sind mehrere E-Mails angekommen',
          then: 'Verwenden Sie die neueste; in dieser Übung funktioniert nur der neueste Link.',
        },
      ],
    },
  },
  'password.set': {
    title: 'Wählen Sie Ihr Passwort',
    body: 'Geben Sie auf dem PC zweimal ein neues Passwort ein. Es braucht mindestens {min} Zeichen mit Groß- und Kleinbuchstaben, einer Ziffer und einem Sonderzeichen.',
    assumed:
      'EU Login veröffentlicht keine Regel gegen Ihren Namen oder Ihre E-Mail-Adresse im Passwort. Der Coach nimmt eine solche Regel an und lehnt solche Passwörter ab.',
    helpdesk: {
      ask: [
        'Zeigt die Seite zwei Felder, „Neues Passwort“ und „Neues Passwort bestätigen“?',
        'Was steht in der roten Meldung unter dem Feld, falls es eine gibt?',
      ],
      say: [
        'Verwenden Sie mindestens {min} Zeichen und mischen Sie Großbuchstaben, Kleinbuchstaben, Ziffern und ein Zeichen wie ! oder #.',
        'Lassen Sie Ihren Namen und den ersten Teil Ihrer E-Mail-Adresse weg.',
        'Geben Sie in beide Felder dasselbe Passwort ein und klicken Sie dann auf „Senden“.',
      ],
      ifThen: [
        {
          if: 'Die Seite meldet, dass das Passwort erst vor Kurzem geändert wurde',
          then: 'EU Login erlaubt eine Änderung alle {changeHours} Stunden. Melden Sie sich mit dem aktuellen Passwort an oder versuchen Sie es morgen.',
        },
        {
          if: 'Die beiden Felder stimmen nicht überein',
          then: 'Leeren Sie beide und geben Sie sie langsam erneut ein; schalten Sie „Passwort anzeigen“ ein, falls vorhanden.',
        },
        {
          if: 'Ein Passwortmanager hat etwas anderes eingetragen',
          then: 'Leeren Sie die Felder und geben Sie das Passwort selbst ein.',
        },
      ],
    },
  },
  'register.done': {
    title: 'Ihr Konto ist bereit',
    body: 'Auf dem PC bestätigt EU Login das Passwort und meldet Sie an. Viele Websites verlangen zusätzlich einen zweiten Faktor, fügen Sie also als Nächstes Ihr Telefon hinzu.',
    helpdesk: {
      ask: ['Meldet der PC, dass Sie jetzt authentifiziert sind?'],
      say: [
        'Ihr Konto funktioniert. Fügen Sie jetzt einen zweiten Faktor hinzu: die EU-Login-App, einen Sicherheitsschlüssel oder eine eID.',
        'Öffnen Sie das Zahnradsymbol oben rechts und wählen Sie „Mein Konto“.',
      ],
      ifThen: [
        {
          if: 'Die anrufende Person hat kein Smartphone',
          then: 'Ein Tablet, ein Sicherheitsschlüssel oder Windows Hello funktioniert auch.',
        },
      ],
    },
  },
  'passwordReset.request': {
    title: 'Fordern Sie ein neues Passwort an',
    body: 'Prüfen Sie auf dem PC Ihre E-Mail-Adresse, geben Sie die Zeichen aus dem Bild ein und klicken Sie auf „Passwort anfordern“. EU Login schickt Ihnen dann einen Link per E-Mail.',
    helpdesk: {
      ask: ['Wird Ihre E-Mail-Adresse auf der Seite angezeigt?', 'Können Sie die Zeichen im Bild lesen?'],
      say: [
        'Vergewissern Sie sich, dass es die Adresse Ihres EU-Login-Kontos ist.',
        'Geben Sie die Zeichen aus dem Bild ein und klicken Sie auf „Passwort anfordern“.',
      ],
      ifThen: [
        {
          if: 'Das Bild ist unlesbar',
          then: 'Klicken Sie auf die Schaltfläche mit den zwei Pfeilen, um ein neues Bild zu erhalten.',
        },
        {
          if: 'Die E-Mail-Adresse des Kontos ist veraltet',
          then: 'Die E-Mail geht an die alte Adresse. Kann die Person diese nicht mehr öffnen, wenden Sie sich über https://webgate.ec.europa.eu/cas/help.html an den EU-Login-Support.',
        },
      ],
    },
  },
  'passwordReset.mailSent': {
    title: 'Öffnen Sie die E-Mail zum Zurücksetzen',
    body: 'In Ihrem Postfach trifft eine E-Mail von EU Login mit einem Link zum Festlegen eines neuen Passworts ein. Das kann bis zu {mailMinutes} Minuten dauern; sehen Sie auch im Spam-Ordner nach. (Hier überspringt die Warte-Schaltfläche im Postfach die Wartezeit.)',
    assumed:
      'EU Login veröffentlicht nicht, wie lange ein Link zum Zurücksetzen gilt oder ob eine neuere Anfrage ältere Links ungültig macht. Der Coach nimmt {linkMinutes} Minuten an und akzeptiert nur den neuesten Link.',
    helpdesk: {
      ask: [
        'Haben Sie im Spam- oder Junk-Ordner nachgesehen?',
        'Haben Sie das Zurücksetzen mehr als einmal angefordert?',
      ],
      say: [
        'Suchen Sie nach einer E-Mail von automated-notifications@nomail.ec.europa.eu und öffnen Sie deren Link.',
        'Wenn Sie mehrmals angefordert haben, verwenden Sie nur die neueste E-Mail.',
      ],
      ifThen: [
        {
          if: 'Es kommt nichts an',
          then: 'Warten Sie bis zu {mailMinutes} Minuten und sehen Sie im Spam-Ordner nach; fordern Sie dann einen neuen Link an.',
        },
        {
          if: 'Der Link meldet, dass er abgelaufen oder ungültig ist',
          then: 'Fordern Sie mit „Passwort vergessen?“ einen neuen Link an und verwenden Sie die neueste E-Mail.',
        },
      ],
    },
  },
  'passwordReset.linkExpired': {
    title: 'Der Link zum Zurücksetzen funktioniert nicht mehr',
    body: 'Auf dem PC meldet EU Login, dass der Link abgelaufen ist oder durch einen neueren ersetzt wurde. Fordern Sie einen neuen Link an.',
    assumed:
      'EU Login veröffentlicht nicht, wie lange ein Link zum Zurücksetzen gilt. Der Coach nimmt {linkMinutes} Minuten an, und eine neuere Anfrage ersetzt ältere Links.',
    helpdesk: {
      ask: ['Ist das die neueste E-Mail zum Zurücksetzen, die Sie erhalten haben?'],
      say: [
        'Gehen Sie zurück zu https://webgate.ec.europa.eu/cas/login, geben Sie Ihre E-Mail-Adresse ein, wählen Sie „Passwort vergessen?“ und fordern Sie erneut an.',
        'Öffnen Sie die neue E-Mail sofort.',
      ],
      ifThen: [
        {
          if: 'Jeder Link scheint abgelaufen',
          then: 'Löschen Sie die alten E-Mails zum Zurücksetzen, fordern Sie noch einmal an und warten Sie nur auf diese eine E-Mail.',
        },
      ],
    },
  },
  'passwordReset.done': {
    title: 'Ihr neues Passwort ist festgelegt',
    body: 'Auf dem PC bestätigt EU Login das neue Passwort. Verwenden Sie es ab jetzt; Ihre App und Ihre Schlüssel funktionieren weiter wie bisher.',
    helpdesk: {
      ask: ['Bestätigt die Seite, dass das Passwort geändert wurde?'],
      say: [
        'Ihr neues Passwort ist aktiv. Melden Sie sich wie gewohnt damit an.',
        'Sie können es erst nach {changeHours} Stunden erneut ändern.',
      ],
      ifThen: [
        {
          if: 'Das alte Passwort ist im Browser gespeichert',
          then: 'Aktualisieren oder löschen Sie das gespeicherte Passwort, damit nicht das alte eingetragen wird.',
        },
      ],
    },
  },
  'account.home': {
    title: 'Öffnen Sie „Mein Konto“',
    body: 'Gehen Sie auf dem PC, bei EU Login angemeldet, zu „Mein Konto“ (im echten EU Login über das Zahnradsymbol oben rechts). Dort steht, was Sie verwalten können: Mobilgeräte, eIDs, Sicherheitsschlüssel.',
    helpdesk: {
      ask: ['Sehen Sie oben rechts auf der EU-Login-Seite ein Zahnradsymbol?', 'Sind Sie angemeldet?'],
      say: [
        'Öffnen Sie das Einstellungsmenü (das Zahnradsymbol oben rechts) und wählen Sie „Mein Konto“.',
        'Wählen Sie dann den Eintrag für das, was Sie hinzufügen oder ändern möchten.',
      ],
      ifThen: [
        {
          if: 'EU Login verlangt eine erneute Anmeldung mit einem zweiten Faktor',
          then: 'Das ist normal, wenn bereits ein Faktor vorhanden ist: Bestätigen Sie zuerst damit.',
        },
        {
          if: 'Das verlorene Telefon ist der einzige Faktor',
          then: 'Verwenden Sie „Alle meine Geräte und eIDs löschen (PANIC)“, um neu anzufangen.',
        },
        {
          if: 'Die EU-Login-Seiten sind in einer anderen Sprache',
          then: 'Stellen Sie die Seitensprache über das Sprachmenü oben auf der Seite auf Deutsch um.',
        },
        {
          if: 'Die anrufende Person möchte die E-Mail-Adresse des Kontos ändern',
          then: 'Wählen Sie „Mein Konto konfigurieren“, geben Sie die neue Adresse ein, klicken Sie auf „Senden“ und öffnen Sie den Bestätigungslink, der an die neue Adresse geschickt wird. Erstellen Sie kein zweites Konto.',
        },
      ],
    },
  },
  'device.list': {
    title: 'Verwalten Sie Ihre Mobilgeräte',
    body: 'Auf dem PC listet „Meine Mobilgeräte verwalten“ die mit Ihrem Konto verknüpften Telefone auf. Wählen Sie „Mobilgerät hinzufügen“ oder löschen Sie ein altes Gerät.',
    helpdesk: {
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
  },
  'device.addForm': {
    title: 'Telefon benennen und PIN wählen',
    body: 'Geben Sie Ihrem Telefon auf dem PC einen Namen, an dem Sie es erkennen, und wählen Sie zweimal eine vierstellige PIN. Klicken Sie auf „Senden“; dann erscheint ein QR-Code.',
    assumed:
      'EU Login veröffentlicht keine Regeln für Gerätenamen. Der Coach nimmt an, dass ein Name Pflicht ist, eine Höchstlänge hat und kein < oder > enthält.',
    helpdesk: {
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
  },
  'device.qrShown': {
    title: 'Nehmen Sie Ihr Telefon zur Hand',
    body: 'Der PC zeigt jetzt einen QR-Code. Auf Ihrem Telefon zeigt die EU-Login-App noch ihre Einrichtungshinweise: Tippen Sie auf „Weiter“, um den Scanner zu öffnen.',
    assumed:
      'EU Login veröffentlicht nicht, wie lange dieser QR-Code gültig bleibt. Der Coach nimmt {enrolQrMinutes} Minuten an.',
    helpdesk: {
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
  },
  'device.qrExpired': {
    title: 'Der QR-Code ist abgelaufen',
    body: 'Auf dem PC ist der QR-Code nicht mehr gültig. Füllen Sie das Formular „Mobilgerät hinzufügen“ erneut aus, um einen neuen zu erhalten.',
    assumed:
      'EU Login veröffentlicht nicht, wie lange der QR-Code gültig bleibt. Der Coach nimmt {enrolQrMinutes} Minuten an.',
    helpdesk: {
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
  },
  'device.added': {
    title: 'Ihr Telefon ist verknüpft',
    body: 'Auf dem PC bestätigt EU Login, dass das Gerät hinzugefügt wurde; es steht jetzt unter „Meine Mobilgeräte verwalten“. Wählen Sie ab jetzt bei der Anmeldung unter „Wählen Sie Ihre Überprüfungsmethode“ die App. Klicken Sie auf „Abmelden“, um es auszuprobieren.',
    helpdesk: {
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
  },
  'device.deleteConfirm': {
    title: 'Löschen Sie das alte Gerät',
    body: 'Bestätigen Sie auf dem PC, dass Sie das alte Telefon aus Ihrem Konto entfernen möchten. Das alte Telefon kann danach keine Anmeldungen mehr bestätigen.',
    helpdesk: {
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
  },
  'app.install': {
    title: 'Installieren Sie die EU-Login-App',
    body: 'Öffnen Sie auf Ihrem Telefon den App-Store (Google Play oder den App Store), suchen Sie nach „EU Login“ und installieren Sie die kostenlose App der Europäischen Kommission.',
    helpdesk: {
      ask: [
        'Haben Sie ein Android-Telefon oder ein iPhone?',
        'Sehen Sie die App „EU Login“ der Europäischen Kommission?',
      ],
      say: [
        'Öffnen Sie Google Play auf Android oder den App Store auf dem iPhone.',
        'Suchen Sie nach EU Login, installieren Sie die App und öffnen Sie sie.',
      ],
      ifThen: [
        {
          if: 'Die anrufende Person hat kein Smartphone',
          then: 'Ein Tablet funktioniert genauso; andernfalls verwenden Sie einen Sicherheitsschlüssel oder Windows Hello.',
        },
        {
          if: 'Es erscheinen mehrere Apps',
          then: 'Wählen Sie die App, die von der Europäischen Kommission veröffentlicht wird.',
        },
      ],
    },
  },
  'app.notifications': {
    title: 'Erlauben Sie Benachrichtigungen',
    body: 'Auf Ihrem Telefon fragt die EU-Login-App, ob sie Benachrichtigungen senden darf. Erlauben Sie es: Die App braucht sie für die Einrichtung und für Anmeldeanfragen.',
    helpdesk: {
      ask: ['Fragt das Telefon, ob EU Login Benachrichtigungen senden darf?'],
      say: ['Tippen Sie auf „Erlauben“.'],
      ifThen: [
        {
          if: 'Die anrufende Person hat auf „Nicht erlauben“ getippt',
          then: 'Öffnen Sie die Telefoneinstellungen, suchen Sie EU Login und schalten Sie die Benachrichtigungen ein.',
        },
      ],
    },
  },
  'app.notificationsDenied': {
    title: 'Schalten Sie die Benachrichtigungen wieder ein',
    body: 'Auf Ihrem Telefon sind die Benachrichtigungen für EU Login ausgeschaltet, deshalb kann die App ihre Einrichtung nicht abschließen. Schalten Sie sie in den Telefoneinstellungen ein.',
    helpdesk: {
      ask: ['Wissen Sie, wo die Einstellungen Ihres Telefons sind?'],
      say: [
        'Öffnen Sie die Telefoneinstellungen, dann Mitteilungen bzw. Benachrichtigungen (oder Apps), dann EU Login.',
        'Schalten Sie die Benachrichtigungen ein und kehren Sie zur App zurück.',
      ],
      ifThen: [
        {
          if: 'Die anrufende Person findet die Einstellung nicht',
          then: 'Suchen Sie im Suchfeld der Einstellungen nach „Benachrichtigungen“.',
        },
      ],
    },
  },
  'app.welcome': {
    title: 'Starten Sie die Einrichtung in der App',
    body: 'Auf Ihrem Telefon zeigt die EU-Login-App ihren Willkommensbildschirm. Tippen Sie auf „Initialisieren“: Die App fordert Sie auf, EU Login auf Ihrem PC zu öffnen.',
    helpdesk: {
      ask: ['Sehen Sie die Schaltfläche „Initialisieren“ in der App?'],
      say: [
        'Tippen Sie auf „Initialisieren“.',
        'Öffnen Sie dann am PC https://webgate.ec.europa.eu/cas/mobile, melden Sie sich an und wählen Sie „Mobilgerät hinzufügen“.',
      ],
      ifThen: [
        {
          if: 'Die App verweigert den Start, weil das Telefon keine Bildschirmsperre hat',
          then: 'Richten Sie zuerst eine PIN, ein Muster oder eine Fingerabdrucksperre auf dem Telefon ein.',
        },
        {
          if: 'Die anrufende Person hat das Gerät bereits am PC hinzugefügt und sieht dort den QR-Code',
          then: 'Das ist in Ordnung: Die Anleitungen von EU Login zeigen beide Reihenfolgen. Tippen Sie auf „Initialisieren“, dann auf „Weiter“, und scannen Sie den Code.',
        },
      ],
    },
  },
  'app.noScreenLock': {
    title: 'Sichern Sie zuerst Ihr Telefon',
    body: 'Auf Ihrem Telefon startet die EU-Login-App nicht, weil das Telefon keine Bildschirmsperre hat. Richten Sie in den Telefoneinstellungen eine PIN, ein Muster oder eine Fingerabdrucksperre ein.',
    assumed:
      'Die Europass-FAQ sagt, dass die App auf einem Telefon ohne Bildschirmsperre nicht genutzt werden kann, aber nicht, wie die App das mitteilt. Der Coach nimmt einen blockierenden Hinweis vor „Initialisieren“ an.',
    helpdesk: {
      ask: ['Lässt sich Ihr Telefon ohne PIN, Muster oder Fingerabdruck öffnen?'],
      say: [
        'Öffnen Sie die Telefoneinstellungen, dann Sicherheit oder Bildschirmsperre.',
        'Wählen Sie eine PIN, ein Muster oder einen Fingerabdruck und kehren Sie dann zur EU-Login-App zurück.',
      ],
      ifThen: [
        {
          if: 'Die anrufende Person möchte keine Bildschirmsperre',
          then: 'Ohne sie läuft die App nicht. Verwenden Sie stattdessen einen Sicherheitsschlüssel oder Windows Hello.',
        },
      ],
    },
  },
  'app.cameraPermission': {
    title: 'Erlauben Sie die Kamera',
    body: 'Auf Ihrem Telefon fragt die EU-Login-App, ob sie die Kamera verwenden darf, um den QR-Code zu lesen. Erlauben Sie es.',
    helpdesk: {
      ask: ['Fragt das Telefon, ob EU Login die Kamera verwenden darf?'],
      say: ['Tippen Sie auf „Erlauben“.'],
      ifThen: [
        {
          if: 'Die anrufende Person hat abgelehnt',
          then: 'Öffnen Sie die Telefoneinstellungen, suchen Sie EU Login und erlauben Sie die Kamera.',
        },
      ],
    },
  },
  'app.cameraDenied': {
    title: 'Erlauben Sie die Kamera in den Einstellungen',
    body: 'Auf Ihrem Telefon hat die EU-Login-App keinen Zugriff auf die Kamera und kann den QR-Code daher nicht lesen. Erlauben Sie die Kamera in den Telefoneinstellungen.',
    helpdesk: {
      ask: ['Meldet die App, dass sie die Kamera nicht verwenden kann?'],
      say: [
        'Öffnen Sie die Telefoneinstellungen, dann Apps, dann EU Login, dann Berechtigungen.',
        'Erlauben Sie die Kamera und kehren Sie zur App zurück.',
      ],
      ifThen: [
        {
          if: 'Der QR-Code ist inzwischen abgelaufen',
          then: 'Füllen Sie das Formular „Mobilgerät hinzufügen“ am PC erneut aus.',
        },
      ],
    },
  },
  'app.scanner': {
    title: 'Scannen Sie den QR-Code am PC',
    body: 'Auf Ihrem Telefon zeigt die App das Kamerabild. Halten Sie das Telefon so vor den PC-Bildschirm, dass der QR-Code den Rahmen ausfüllt; die echte App geht von selbst weiter, sobald sie ihn gelesen hat (hier klicken Sie auf „QR-Code auf dem PC-Bildschirm scannen“).',
    helpdesk: {
      ask: ['Sehen Sie das Kamerabild in der EU-Login-App?', 'Ist der QR-Code noch auf dem PC-Bildschirm?'],
      say: [
        'Halten Sie das Telefon etwa 20 cm vom Bildschirm entfernt, sodass der ganze Code in den Rahmen passt.',
        'Halten Sie still, bis die App von selbst weitergeht.',
      ],
      ifThen: [
        {
          if: 'Die App reagiert nicht',
          then: 'Stellen Sie den PC-Bildschirm heller, vermeiden Sie Spiegelungen und bewegen Sie das Telefon etwas näher heran oder weiter weg.',
        },
        {
          if: 'Die anrufende Person verwendet die normale Kamera-App',
          then: 'Schließen Sie sie. Nur die EU-Login-App kann diesen Code verwenden.',
        },
      ],
    },
  },
  'app.foreignScanner': {
    title: 'Falscher Scanner',
    body: 'Auf Ihrem Telefon hat die Kamera-App den QR-Code als einfachen Text gelesen. Nur die EU-Login-App kann ihn verwenden: Kehren Sie zur App zurück und scannen Sie von dort.',
    helpdesk: {
      ask: ['Ist ein Link oder ein Text erschienen statt der EU-Login-App?'],
      say: [
        'Schließen Sie die Kamera-App; öffnen Sie den angezeigten Link nicht.',
        'Kehren Sie zur EU-Login-App zurück und scannen Sie mit ihrem eigenen Scanner; tippen Sie auf „Weiter“, falls sie ihre Hinweise erneut zeigt.',
      ],
      ifThen: [
        {
          if: 'Der QR-Code ist inzwischen abgelaufen',
          then: 'Füllen Sie das Formular „Mobilgerät hinzufügen“ erneut aus, um einen neuen Code zu erhalten.',
        },
      ],
    },
  },
  'app.scanError': {
    title: 'Die App konnte den Code nicht verwenden',
    body: 'Auf Ihrem Telefon meldet die App, dass der QR-Code ungültig oder abgelaufen ist. Holen Sie sich am PC einen neuen Code und scannen Sie erneut.',
    helpdesk: {
      ask: ['Was genau meldet die App?', 'Wie lange ist es her, dass der QR-Code am PC angezeigt wurde?'],
      say: ['Füllen Sie am PC „Mobilgerät hinzufügen“ erneut aus.', 'Scannen Sie den neuen Code sofort.'],
      ifThen: [
        {
          if: 'Die anrufende Person hat ein Bild oder einen Ausdruck gescannt',
          then: 'Scannen Sie den Code, der live auf der EU-Login-Seite angezeigt wird.',
        },
      ],
    },
  },
  'app.enrolPin': {
    title: 'Bestätigen Sie mit Ihrer PIN',
    body: 'Geben Sie auf Ihrem Telefon die vierstellige PIN ein, die Sie gerade am PC gewählt haben, und tippen Sie auf „Authentifizieren“.',
    assumed:
      'EU Login veröffentlicht nicht, wie viele falsche PINs es hier zulässt. Der Coach nimmt {pinAttempts} an; danach funktioniert dieser QR-Code nicht mehr und Sie beginnen am PC von vorn.',
    helpdesk: {
      ask: [
        'Fragt die App nach einer PIN?',
        'Erinnern Sie sich an die vier Ziffern, die Sie im Formular am PC eingegeben haben?',
      ],
      say: ['Geben Sie dieselben vier Ziffern ein wie am PC und tippen Sie auf „Authentifizieren“.'],
      ifThen: [
        {
          if: 'Die PIN ist falsch',
          then: 'Versuchen Sie es erneut. Ist sie vergessen, füllen Sie das Formular am PC mit einer neuen PIN erneut aus.',
        },
        {
          if: 'Die App meldet, dass dieses Telefon von einem anderen Konto verwendet wird',
          then: 'In dieser Übung hält ein Telefon ein Konto (neuere App-Versionen können mehrere halten). Trennen Sie das andere Konto in der App oder verwenden Sie ein anderes Gerät.',
        },
      ],
    },
  },
  'app.deviceInUse': {
    title: 'Dieses Telefon gehört zu einem anderen Konto',
    body: 'Auf Ihrem Telefon meldet die App, dass sie bereits mit einem anderen EU-Login-Konto verknüpft ist. Trennen Sie dieses Konto in der App oder verwenden Sie ein anderes Gerät.',
    assumed:
      'Die Anleitungen von EU Login widersprechen sich: Ältere erlauben ein Konto pro Gerät, neuere beschreiben mehrere Konten in einer App. Der Coach folgt der älteren Regel und lehnt ein zweites Konto ab.',
    helpdesk: {
      ask: [
        'Hat vorher jemand anderes oder ein anderes Konto von Ihnen die EU-Login-App auf diesem Telefon verwendet?',
      ],
      say: [
        'Wenn das andere Konto Ihnen gehört und nicht mehr gebraucht wird, trennen Sie es in der App.',
        'Andernfalls verwenden Sie ein anderes Telefon oder Tablet oder einen Sicherheitsschlüssel.',
      ],
      ifThen: [
        {
          if: 'Das andere Konto gehört einem Familienmitglied',
          then: 'Trennen Sie es nicht: Diese Person würde ihren Faktor verlieren. Verwenden Sie ein anderes Gerät.',
        },
      ],
    },
  },
  'app.enrolled': {
    title: 'Die App ist eingerichtet',
    body: 'Auf Ihrem Telefon bestätigt die App, dass das Gerät eingerichtet ist. Tippen Sie auf „Fortfahren“; auch der PC bestätigt es.',
    helpdesk: {
      ask: ['Zeigt die App eine Erfolgsmeldung?'],
      say: [
        'Tippen Sie auf „Fortfahren“. Falls angeboten, können Sie in der App das Entsperren per Fingerabdruck oder Gesicht einschalten.',
      ],
      ifThen: [
        {
          if: 'Der PC wartet noch',
          then: 'Warten Sie bis zu ein paar Minuten, oder öffnen Sie die Benachrichtigung der App, um nachzuhelfen.',
        },
      ],
    },
  },
  'pin.settings': {
    title: 'Öffnen Sie die App-Einstellungen',
    body: 'Öffnen Sie auf Ihrem Telefon die Einstellungen der EU-Login-App und wählen Sie „PIN-Code vergessen“; so ändern Sie auch die PIN. Das Einstellungssymbol sind drei Punkte auf Android und ein Zahnrad auf dem iPhone; wo es sitzt, hängt von der App-Version ab.',
    helpdesk: {
      ask: [
        'Ist die EU-Login-App geöffnet?',
        'Haben Sie ein Android-Telefon oder ein iPhone?',
        'Sehen Sie drei Punkte oder ein Zahnrad, oben rechts oder unten rechts?',
      ],
      say: [
        'Tippen Sie auf das Einstellungssymbol (drei Punkte auf Android, ein Zahnrad auf dem iPhone) und dann auf „PIN-Code vergessen“.',
      ],
      ifThen: [
        {
          if: 'Die anrufende Person findet die Option nicht',
          then: 'Löschen Sie das Gerät am PC unter „Meine Mobilgeräte verwalten“ und fügen Sie das Telefon mit einer neuen PIN erneut hinzu.',
        },
        {
          if: '„PIN-Code vergessen“ funktioniert nicht',
          then: 'Löschen Sie das Gerät am PC unter „Meine Mobilgeräte verwalten“ (https://webgate.ec.europa.eu/cas/mobile) und fügen Sie das Telefon mit einer neuen PIN erneut hinzu. Die Hilfe von EU Login hat zeitweise dies statt des Zurücksetzens in der App empfohlen.',
        },
      ],
    },
  },
  'pin.credentials': {
    title: 'Weisen Sie nach, dass Sie es sind',
    body: 'Auf Ihrem Telefon bittet die App Sie, sich auszuweisen: Geben Sie Ihre EU-Login-E-Mail-Adresse und Ihr Passwort ein.',
    assumed:
      'EU Login veröffentlicht nicht, was die App hier nach mehreren falschen Passwörtern tut. Der Coach nimmt dieselbe Sperre wie am PC an: {passwordAttempts} Versuche, dann {lockoutMinutes} Minuten.',
    helpdesk: {
      ask: ['Fragt die App nach Ihrer E-Mail-Adresse und Ihrem Passwort?'],
      say: ['Geben Sie Ihre EU-Login-E-Mail-Adresse und Ihr Passwort ein, dieselben wie am PC.'],
      ifThen: [
        {
          if: 'Das Passwort wird abgelehnt',
          then: 'Setzen Sie es am PC mit „Passwort vergessen?“ zurück und kommen Sie dann wieder.',
        },
        {
          if: 'Die App sperrt nach mehreren Versuchen',
          then: 'Warten Sie eine Weile (angenommen {lockoutMinutes} Minuten) oder setzen Sie das Passwort zurück.',
        },
      ],
    },
  },
  'pin.new': {
    title: 'Wählen Sie eine neue PIN',
    body: 'Geben Sie auf Ihrem Telefon zweimal eine neue vierstellige PIN ein.',
    helpdesk: {
      ask: ['Fragt die App nach einer neuen PIN?'],
      say: ['Wählen Sie vier Ziffern, die Sie sich merken können, und geben Sie sie zweimal ein.'],
      ifThen: [
        {
          if: 'Die beiden PINs stimmen nicht überein',
          then: 'Geben Sie beide langsam erneut ein.',
        },
      ],
    },
  },
  'pin.changed': {
    title: 'Ihre neue PIN funktioniert',
    body: 'Auf Ihrem Telefon bestätigt die App die neue PIN. Das Entsperren per Fingerabdruck oder Gesicht ist ausgeschaltet und kann wieder eingeschaltet werden.',
    helpdesk: {
      ask: ['Bestätigt die App die Änderung?'],
      say: [
        'Verwenden Sie ab jetzt die neue PIN.',
        'Wenn Sie das Entsperren per Fingerabdruck oder Gesicht genutzt haben, schalten Sie es in den App-Einstellungen wieder ein.',
      ],
      ifThen: [
        {
          if: 'Die neue PIN wird bei der Anmeldung abgelehnt',
          then: 'Löschen Sie das Gerät am PC und fügen Sie es erneut hinzu.',
        },
      ],
    },
  },
  'eid.manage': {
    title: 'Verwalten Sie Ihre eIDs',
    body: 'Öffnen Sie auf dem PC unter „Mein Konto“ den Eintrag „Meine eIDs verwalten“ und wählen Sie „Meine eID verknüpfen“. Halten Sie Ihr Kartenlesegerät oder Ihre nationale eID-App bereit.',
    helpdesk: {
      ask: ['Welches Land hat Ihre eID ausgestellt?', 'Verwenden Sie ein Kartenlesegerät oder eine nationale eID-App?'],
      say: ['Wählen Sie „Meine eIDs verwalten“ und dann „Meine eID verknüpfen“.'],
      ifThen: [
        {
          if: 'EU Login verlangt zuerst einen zweiten Faktor',
          then: 'Bestätigen Sie mit dem Faktor, den Sie bereits haben.',
        },
      ],
    },
  },
  'eid.country': {
    title: 'Wählen Sie Ihr Land',
    body: 'Wählen Sie auf dem PC das Land, das Ihre eID ausgestellt hat (EU Login zeigt Flaggen, hier ist es eine Liste), und klicken Sie auf „Senden“.',
    assumed:
      'Diese Übung zeigt eine Beispielliste von Ländern. EU Login veröffentlicht hier keine Liste; die Quellen sagen nur, dass eID für etwa 19 Mitgliedstaaten funktioniert.',
    helpdesk: {
      ask: ['Ist die Flagge Ihres Landes in der Liste?'],
      say: ['Klicken Sie auf die Flagge Ihres Landes und dann auf „Senden“.'],
      ifThen: [
        {
          if: 'Das Land fehlt',
          then: 'Dessen eID kann noch nicht mit EU Login verwendet werden. Verwenden Sie stattdessen die App oder einen Sicherheitsschlüssel.',
        },
        {
          if: 'Die anrufende Person hat „Mit eID anmelden“ gewählt, die eID aber nie mit ihrem Konto verknüpft',
          then: 'Dadurch entsteht ein separates Konto, das nur die eID enthält, nicht das gewohnte. Melden Sie sich stattdessen mit dem Passwort an und verknüpfen Sie die eID unter „Mein Konto“.',
        },
      ],
    },
  },
  'eid.national': {
    title: 'Melden Sie sich mit Ihrer nationalen eID an',
    body: 'Auf dem PC öffnet sich die eID-Seite Ihres Landes. Melden Sie sich dort mit Ihrem Kartenlesegerät oder Ihrer nationalen App an; danach kehren Sie zu EU Login zurück.',
    helpdesk: {
      ask: ['Welche Seite ist jetzt geöffnet: der eID-Dienst Ihres Landes?'],
      say: [
        'Folgen Sie den Anweisungen Ihrer nationalen eID-Seite.',
        'Fragen zur Karte, zum Lesegerät oder zur nationalen App richten Sie an Ihren nationalen eID-Support.',
      ],
      ifThen: [
        {
          if: 'Die nationale Seite zeigt einen Fehler',
          then: 'Prüfen Sie das Kartenlesegerät und die nationale App und beginnen Sie dann erneut bei „Meine eID verknüpfen“.',
        },
        {
          if: 'Die anrufende Person hat abgebrochen',
          then: 'Beginnen Sie erneut bei „Meine eID verknüpfen“.',
        },
      ],
    },
  },
  'eid.linked': {
    title: 'Ihre eID ist verknüpft',
    body: 'Auf dem PC bestätigt EU Login die Verknüpfung. Sie können jetzt „Mit eID anmelden“ verwenden, was allein schon als zwei Faktoren zählt.',
    helpdesk: {
      ask: ['Bestätigt die Seite, dass die eID verknüpft ist?'],
      say: ['Wählen Sie beim nächsten Mal „Mit eID anmelden“ auf der ersten EU-Login-Seite.'],
      ifThen: [
        {
          if: 'Die Website bietet „Mit eID anmelden“ nicht an',
          then: 'Diese Website akzeptiert keine eID; verwenden Sie dort die App oder einen Sicherheitsschlüssel.',
        },
      ],
    },
  },
  'eid.failed': {
    title: 'Der nationale eID-Schritt wurde nicht abgeschlossen',
    body: 'Auf dem PC meldet EU Login, dass die nationale Anmeldung nicht abgeschlossen wurde; es hat sich also nichts geändert. Versuchen Sie es erneut oder verwenden Sie eine andere Methode.',
    helpdesk: {
      ask: ['Haben Sie auf der nationalen Seite abgebrochen, oder hat sie einen Fehler gezeigt?'],
      say: [
        'Klicken Sie auf „Erneut versuchen“, um Ihr Land erneut zu wählen, oder brechen Sie ab und verwenden Sie eine andere Methode.',
      ],
      ifThen: [
        {
          if: 'Es schlägt jedes Mal fehl',
          then: 'Wenden Sie sich an den nationalen eID-Support, oder richten Sie stattdessen die EU-Login-App ein.',
        },
      ],
    },
  },
  'key.manage': {
    title: 'Verwalten Sie Ihre Sicherheitsschlüssel',
    body: 'Öffnen Sie auf dem PC unter „Mein Konto“ den Eintrag „Meine Sicherheitsschlüssel und vertrauenswürdigen Plattformen verwalten“ und wählen Sie „Sicherheitsschlüssel hinzufügen“.',
    helpdesk: {
      ask: ['Haben Sie einen USB-Sicherheitsschlüssel oder einen PC mit Windows Hello?'],
      say: [
        'Wählen Sie „Meine Sicherheitsschlüssel und vertrauenswürdigen Plattformen verwalten“ und dann „Sicherheitsschlüssel hinzufügen“.',
      ],
      ifThen: [
        {
          if: 'EU Login verlangt zuerst einen zweiten Faktor',
          then: 'Bestätigen Sie mit dem Faktor, den Sie bereits haben.',
        },
        {
          if: 'Die anrufende Person möchte einen Passkey verwenden',
          then: 'Passkeys funktionieren, auch wenn die Seite sie nicht nennt: Wählen Sie „Sicherheitsschlüssel hinzufügen“, am besten im Browser des Telefons selbst. Um einen Passkey des Telefons am PC zu verwenden, schalten Sie auf beiden Geräten Bluetooth ein; eine Kopplung ist nicht nötig.',
        },
      ],
    },
  },
  'key.addForm': {
    title: 'Benennen Sie Ihren Schlüssel',
    body: 'Geben Sie dem Schlüssel auf dem PC einen Namen, an dem Sie ihn erkennen, etwa „Blauer USB-Schlüssel“ oder „Dienstlaptop“, und klicken Sie auf „Senden“.',
    assumed:
      'EU Login veröffentlicht keine Regeln für Schlüsselnamen und nicht, was passiert, wenn derselbe Schlüssel zweimal hinzugefügt wird. Der Coach nimmt einen kurzen Namen ohne < oder > an und lehnt einen Schlüssel ab, der bereits in Ihrem Konto ist.',
    helpdesk: {
      ask: ['Ist der Schlüssel eingesteckt, oder ist Windows Hello auf diesem PC eingerichtet?'],
      say: ['Geben Sie einen Namen ein und klicken Sie auf „Senden“. Ihr Browser bittet Sie dann um Bestätigung.'],
      ifThen: [
        {
          if: 'Der Name wird abgelehnt',
          then: 'Verwenden Sie einen kürzeren Namen ohne < oder >.',
        },
      ],
    },
  },
  'key.prompt': {
    title: 'Bestätigen Sie mit dem Schlüssel',
    body: 'Auf dem PC bittet Ihr Browser Sie, den Schlüssel zu verwenden: Berühren Sie ihn, wenn er blinkt, oder bestätigen Sie mit Windows Hello (Fingerabdruck, Gesicht oder PIN).',
    helpdesk: {
      ask: ['Wozu fordert Sie das Browserfenster auf?'],
      say: [
        'Berühren Sie den Schlüssel oder folgen Sie der Aufforderung von Windows Hello. Schließen Sie das Fenster nicht.',
      ],
      ifThen: [
        {
          if: 'Die anrufende Person hat das Fenster geschlossen',
          then: 'Beginnen Sie erneut bei „Sicherheitsschlüssel hinzufügen“.',
        },
        {
          if: 'Der Browser meldet, dass dieser Schlüssel bereits registriert ist',
          then: 'Er ist bereits im Konto: Verwenden Sie ihn oder fügen Sie einen anderen Schlüssel hinzu.',
        },
      ],
    },
  },
  'key.added': {
    title: 'Ihr Schlüssel ist hinzugefügt',
    body: 'Auf dem PC erscheint der Schlüssel in Ihrer Liste. Wählen Sie ihn bei der Anmeldung unter „Wählen Sie Ihre Überprüfungsmethode“.',
    helpdesk: {
      ask: ['Ist der Schlüssel jetzt aufgeführt?'],
      say: [
        'Wählen Sie beim nächsten Mal die Methode mit dem Sicherheitsschlüssel und berühren Sie den Schlüssel, wenn Sie dazu aufgefordert werden.',
      ],
      ifThen: [
        {
          if: 'Die anrufende Person hat nur diesen einen Faktor',
          then: 'Schlagen Sie vor, einen zweiten Schlüssel oder die App hinzuzufügen, damit der Verlust eines Faktors sie nicht aussperrt.',
        },
      ],
    },
  },
  'key.failed': {
    title: 'Der Schlüssel wurde nicht hinzugefügt',
    body: 'Auf dem PC meldet EU Login, dass der Schlüssel nicht hinzugefügt werden konnte: Die Aufforderung wurde abgebrochen, oder der Schlüssel ist bereits in Ihrem Konto.',
    helpdesk: {
      ask: [
        'Haben Sie die Aufforderung des Browsers abgebrochen, oder hat er gemeldet, dass der Schlüssel bereits registriert ist?',
      ],
      say: [
        'Versuchen Sie es erneut ab „Sicherheitsschlüssel hinzufügen“ und schließen Sie die Aufforderung des Browsers ab.',
      ],
      ifThen: [
        {
          if: 'Der Schlüssel ist bereits registriert',
          then: 'Es gibt nichts hinzuzufügen: Melden Sie sich mit dem Schlüssel an.',
        },
      ],
    },
  },
  'noSmartphone.options': {
    title: 'Kein Smartphone? Andere Wege',
    body: 'Ohne Smartphone können Sie die EU-Login-App auf einem Tablet installieren, einen USB-Sicherheitsschlüssel (zum Beispiel einen YubiKey) verwenden oder Windows Hello auf Ihrem PC nutzen. Wählen Sie einen Weg.',
    helpdesk: {
      ask: [
        'Haben Sie ein Android-Tablet oder ein iPad?',
        'Haben Sie einen USB-Sicherheitsschlüssel oder einen PC mit Windows Hello?',
      ],
      say: [
        'Ein Tablet funktioniert für die EU-Login-App genauso wie ein Telefon.',
        'Ein Sicherheitsschlüssel oder Windows Hello wird unter „Meine Sicherheitsschlüssel und vertrauenswürdigen Plattformen verwalten“ hinzugefügt.',
      ],
      ifThen: [
        {
          if: 'Die anrufende Person fragt nach SMS',
          then: 'EU Login bietet seit Mitte 2025 keine SMS-Codes mehr an.',
        },
        {
          if: 'Die anrufende Person hat eine nationale eID',
          then: 'Sie zu verknüpfen ist eine weitere Möglichkeit, wenn ihr Land unterstützt wird.',
        },
        {
          if: 'Die anrufende Person fragt nach Passkeys',
          then: 'Ein Passkey funktioniert auch: Fügen Sie ihn mit „Sicherheitsschlüssel hinzufügen“ hinzu, am besten im Browser des Telefons selbst. Um ihn am PC zu verwenden, muss Bluetooth auf beiden Geräten eingeschaltet sein.',
        },
      ],
    },
  },
  'recovery.options': {
    title: 'Telefon verloren oder ersetzt?',
    body: 'Funktioniert das alte Telefon noch, fügen Sie zuerst das neue hinzu und löschen Sie danach das alte. Ist es verloren oder unbrauchbar, melden Sie sich mit einem anderen Faktor an und entfernen Sie es; ohne anderen Faktor melden Sie sich mit Ihrem Passwort an und löschen unter „Mein Konto“ alle Ihre Geräte.',
    helpdesk: {
      ask: [
        'Haben Sie das alte Telefon noch?',
        'Haben Sie einen anderen Faktor: ein zweites Telefon, einen Sicherheitsschlüssel, eine eID?',
      ],
      say: [
        'Altes Telefon funktioniert noch: zuerst das neue Telefon hinzufügen, dann das alte löschen.',
        'Altes Telefon verloren oder unbrauchbar, aber ein anderer Faktor funktioniert: damit anmelden, das alte Telefon löschen, dann das neue hinzufügen.',
        'Kein anderer Faktor: mit dem Passwort anmelden, „Mein Konto“ öffnen und „Alle meine Geräte und eIDs löschen (PANIC)“ verwenden.',
      ],
      ifThen: [
        {
          if: 'Die anrufende Person möchte ein noch funktionierendes Telefon löschen, bevor sie das neue hinzufügt',
          then: 'Halt: Zuerst das neue Telefon hinzufügen, damit das Konto nie ohne Faktor ist.',
        },
        {
          if: '„Immer eine Multi-Faktor-Authentifizierung verlangen“ war eingeschaltet',
          then: 'Das Passwort allein wird nicht angeboten, die anrufende Person ist also ausgesperrt: Wenden Sie sich über https://webgate.ec.europa.eu/cas/help.html an den EU-Login-Support.',
        },
      ],
    },
  },
  'panic.confirm': {
    title: 'Alle Geräte und eIDs löschen',
    body: 'Bestätigen Sie auf dem PC unter „Mein Konto“ den Eintrag „Alle meine Geräte und eIDs löschen (PANIC)“. Jedes Telefon und jede eID wird aus Ihrem Konto entfernt; danach melden Sie sich nur mit Ihrem Passwort an.',
    helpdesk: {
      ask: ['Sind Sie sicher, dass kein anderer Faktor funktioniert?', 'Kennen Sie Ihr Passwort noch?'],
      say: [
        'Bestätigen Sie das Löschen.',
        'Fügen Sie dann sofort Ihr neues Telefon hinzu, denn viele Websites verlangen einen zweiten Faktor.',
      ],
      ifThen: [
        {
          if: 'Die anrufende Person hat noch einen anderen Faktor',
          then: 'Verwenden Sie nicht PANIC; melden Sie sich mit diesem Faktor an und löschen Sie nur das verlorene Telefon.',
        },
      ],
    },
  },
  'panic.done': {
    title: 'Alle Geräte entfernt',
    body: 'Auf dem PC bestätigt EU Login, dass alle Geräte und eIDs entfernt sind, und schickt Ihnen einen Sicherheitshinweis per E-Mail. Fügen Sie jetzt Ihr neues Telefon hinzu.',
    assumed:
      'EU Login veröffentlicht nicht, ob PANIC weitere Prüfungen verlangt oder eine E-Mail sendet. Der Coach nimmt eine Bestätigung, sofortiges Löschen und einen Sicherheitshinweis per E-Mail an.',
    helpdesk: {
      ask: ['Bestätigt die Seite das Löschen?'],
      say: [
        'Gehen Sie zu „Meine Mobilgeräte verwalten“ (https://webgate.ec.europa.eu/cas/mobile) und fügen Sie Ihr neues Telefon hinzu.',
      ],
      ifThen: [
        {
          if: 'Die anrufende Person hat dies nicht veranlasst und eine Sicherheits-E-Mail erhalten',
          then: 'Jemand kennt möglicherweise ihr Passwort: Setzen Sie es sofort zurück.',
        },
      ],
    },
  },
} satisfies Content['steps'];
