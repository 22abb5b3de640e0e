import type { FlowHelpdeskScripts } from '../../content.types.js';

export const appHelpdeskEn = {
  'app.install': {
    ask: ['Is your phone Android or iPhone?', 'Do you see the app "EU Login" by the European Commission?'],
    say: ['Open Google Play on Android, or the App Store on iPhone.', 'Search for EU Login, install it, then open it.'],
    ifThen: [
      {
        if: 'The caller has no smartphone',
        then: 'A tablet works the same way; otherwise use a security key or Windows Hello.',
      },
      {
        if: 'Several apps appear',
        then: 'Pick the one published by the European Commission.',
      },
    ],
  },
  'app.notifications': {
    ask: ['Does the phone ask whether EU Login may send notifications?'],
    say: ['Tap "Allow".'],
    ifThen: [
      {
        if: 'The caller tapped "Don\'t allow"',
        then: 'Open the phone settings, find EU Login, and turn notifications on.',
      },
    ],
  },
  'app.notificationsDenied': {
    ask: ['Do you know where your phone settings are?'],
    say: [
      'Open the phone settings, then Notifications (or Apps), then EU Login.',
      'Turn notifications on and go back to the app.',
    ],
    ifThen: [
      {
        if: 'The caller cannot find the setting',
        then: 'Search for "notifications" in the settings search box.',
      },
    ],
  },
  'app.welcome': {
    ask: ['Do you see the "Initialise" button in the app?'],
    say: [
      'Tap "Initialise".',
      'Then, on the PC, open https://webgate.ec.europa.eu/cas/mobile, sign in and choose "Add a mobile device".',
    ],
    ifThen: [
      {
        if: 'The app refuses because the phone has no screen lock',
        then: 'Set a PIN, pattern or fingerprint lock on the phone first.',
      },
      {
        if: 'The caller already added the device on the PC and sees the QR code there',
        then: 'That is fine: EU Login\'s guides show both orders. Tap "Initialise", then "Next", and scan the code.',
      },
    ],
  },
  'app.noScreenLock': {
    ask: ['Does your phone open without a PIN, pattern or fingerprint?'],
    say: [
      'Open the phone settings, then Security or Screen lock.',
      'Choose a PIN, pattern or fingerprint, then go back to the EU Login app.',
    ],
    ifThen: [
      {
        if: 'The caller does not want a screen lock',
        then: 'The app cannot run without one. Use a security key or Windows Hello instead.',
      },
    ],
  },
  'app.cameraPermission': {
    ask: ['Does the phone ask whether EU Login may use the camera?'],
    say: ['Tap "Allow".'],
    ifThen: [
      {
        if: 'The caller refused',
        then: 'Open the phone settings, find EU Login, and allow the camera.',
      },
    ],
  },
  'app.cameraDenied': {
    ask: ['Does the app say it cannot use the camera?'],
    say: [
      'Open the phone settings, then Apps, then EU Login, then Permissions.',
      'Allow the camera and go back to the app.',
    ],
    ifThen: [
      {
        if: 'The QR code expired meanwhile',
        then: 'Fill in the "Add a mobile device" form on the PC again.',
      },
    ],
  },
  'app.scanner': {
    ask: ['Do you see the camera view inside the EU Login app?', 'Is the QR code still on the PC screen?'],
    say: [
      'Hold the phone about 20 cm from the screen so the whole code fits in the frame.',
      'Keep still until the app moves on by itself.',
    ],
    ifThen: [
      {
        if: 'The app does not react',
        then: 'Make the PC screen brighter, remove reflections, and move the phone a little closer or further away.',
      },
      {
        if: 'The caller is using the normal camera app',
        then: 'Close it. Only the EU Login app can use this code.',
      },
    ],
  },
  'app.foreignScanner': {
    ask: ['Did a link or some text appear instead of the EU Login app?'],
    say: [
      'Close the camera app; do not open the link it shows.',
      'Go back to the EU Login app and scan with its own scanner; tap "Next" if it shows its instructions again.',
    ],
    ifThen: [
      {
        if: 'The QR code expired meanwhile',
        then: 'Fill in the "Add a mobile device" form again for a new code.',
      },
    ],
  },
  'app.scanError': {
    ask: ['What exactly does the app say?', 'How long ago was the QR code shown on the PC?'],
    say: ['On the PC, fill in "Add a mobile device" again.', 'Scan the new code straight away.'],
    ifThen: [
      {
        if: 'The caller scanned a picture or a printout',
        then: 'Scan the code shown live on the EU Login page.',
      },
    ],
  },
  'app.enrolPin': {
    ask: ['Does the app ask for a PIN?', 'Do you remember the four digits you typed on the PC form?'],
    say: ['Type the same four digits you typed on the PC and tap "Authenticate".'],
    ifThen: [
      {
        if: 'The PIN is wrong',
        then: 'Try again. If it is forgotten, fill in the PC form again with a new PIN.',
      },
      {
        if: 'The app says this phone is used by another account',
        then: 'In this rehearsal one phone holds one account (newer app versions may hold several). Unlink the other account in the app, or use another device.',
      },
    ],
  },
  'app.deviceInUse': {
    ask: ['Did someone else, or another account of yours, use the EU Login app on this phone before?'],
    say: [
      'If the other account is yours and no longer needed, unlink it in the app.',
      'Otherwise, use another phone or tablet, or a security key.',
    ],
    ifThen: [
      {
        if: 'The other account belongs to a family member',
        then: 'Do not unlink it: they would lose their factor. Use another device.',
      },
    ],
  },
  'app.enrolled': {
    ask: ['Does the app show a success message?'],
    say: ['Tap "Continue". You can turn on fingerprint or face unlock in the app if offered.'],
    ifThen: [
      {
        if: 'The PC still waits',
        then: 'Wait up to a couple of minutes, or open the app notification to help it through.',
      },
    ],
  },
} satisfies FlowHelpdeskScripts<'app'>;
