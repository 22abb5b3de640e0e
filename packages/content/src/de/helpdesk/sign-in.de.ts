import type { FlowHelpdeskScripts } from '../../content.types.js';

export const signInHelpdeskDe = {
  'signIn.email': {
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
  'signIn.userNotFound': {
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
  'signIn.password': {
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
  'signIn.locked': {
    ask: ['Wie oft haben Sie das Passwort versucht?', 'Kennen Sie das Passwort noch, oder sollen wir es zurücksetzen?'],
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
  'signIn.pinWait': {
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
  'signIn.appNotification': {
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
  'signIn.appPin': {
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
  'signIn.refused': {
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
  'signIn.qrScan': {
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
  'signIn.qrCode': {
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
  'signIn.securityKey': {
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
  'signIn.expired': {
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
  'signIn.done': {
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
} satisfies FlowHelpdeskScripts<'signIn'>;
