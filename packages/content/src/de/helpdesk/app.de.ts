import type { FlowHelpdeskScripts } from '../../content.types.js';

export const appHelpdeskDe = {
  'app.install': {
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
  'app.notifications': {
    ask: ['Fragt das Telefon, ob EU Login Benachrichtigungen senden darf?'],
    say: ['Tippen Sie auf „Erlauben“.'],
    ifThen: [
      {
        if: 'Die anrufende Person hat auf „Nicht erlauben“ getippt',
        then: 'Öffnen Sie die Telefoneinstellungen, suchen Sie EU Login und schalten Sie die Benachrichtigungen ein.',
      },
    ],
  },
  'app.notificationsDenied': {
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
  'app.welcome': {
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
  'app.noScreenLock': {
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
  'app.cameraPermission': {
    ask: ['Fragt das Telefon, ob EU Login die Kamera verwenden darf?'],
    say: ['Tippen Sie auf „Erlauben“.'],
    ifThen: [
      {
        if: 'Die anrufende Person hat abgelehnt',
        then: 'Öffnen Sie die Telefoneinstellungen, suchen Sie EU Login und erlauben Sie die Kamera.',
      },
    ],
  },
  'app.cameraDenied': {
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
  'app.scanner': {
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
  'app.foreignScanner': {
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
  'app.scanError': {
    ask: ['Was genau meldet die App?', 'Wie lange ist es her, dass der QR-Code am PC angezeigt wurde?'],
    say: ['Füllen Sie am PC „Mobilgerät hinzufügen“ erneut aus.', 'Scannen Sie den neuen Code sofort.'],
    ifThen: [
      {
        if: 'Die anrufende Person hat ein Bild oder einen Ausdruck gescannt',
        then: 'Scannen Sie den Code, der live auf der EU-Login-Seite angezeigt wird.',
      },
    ],
  },
  'app.enrolPin': {
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
  'app.deviceInUse': {
    ask: ['Hat vorher jemand anderes oder ein anderes Konto von Ihnen die EU-Login-App auf diesem Telefon verwendet?'],
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
  'app.enrolled': {
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
} satisfies FlowHelpdeskScripts<'app'>;
