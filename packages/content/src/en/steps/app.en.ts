import type { FlowStepTexts } from '../../content.types.js';

export const appStepsEn = {
  'app.install': {
    title: 'Install the EU Login app',
    body: 'On your phone, open the app store (Google Play or the App Store), search for "EU Login", and install the free app by the European Commission.',
  },
  'app.notifications': {
    title: 'Allow notifications',
    body: 'On your phone, the EU Login app asks to send notifications. Allow them: the app needs them to set up and to receive sign-in requests.',
  },
  'app.notificationsDenied': {
    title: 'Turn notifications back on',
    body: 'On your phone, notifications for EU Login are off, so the app cannot finish its set-up. Turn them on in the phone settings.',
  },
  'app.welcome': {
    title: 'Start the set-up in the app',
    body: 'On your phone, the EU Login app shows its welcome screen. Tap "Initialise": the app tells you to open EU Login on your PC.',
  },
  'app.noScreenLock': {
    title: 'Secure your phone first',
    body: 'On your phone, the EU Login app refuses to start because the phone has no screen lock. Set a PIN, pattern or fingerprint lock in the phone settings.',
    assumed:
      'The Europass FAQ says the app cannot be used on a phone without a screen lock, but not how the app tells you. The coach assumes a blocking notice before "Initialise".',
  },
  'app.cameraPermission': {
    title: 'Allow the camera',
    body: 'On your phone, the EU Login app asks to use the camera so it can read the QR code. Allow it.',
  },
  'app.cameraDenied': {
    title: 'Allow the camera in settings',
    body: 'On your phone, the EU Login app has no access to the camera, so it cannot read the QR code. Allow the camera in the phone settings.',
  },
  'app.scanner': {
    title: 'Scan the QR code on the PC',
    body: 'On your phone, the app shows the camera view. Hold the phone in front of the PC screen so the QR code fills the frame; the real app moves on by itself once it has read it (here, press "Scan the QR code on the PC screen").',
  },
  'app.foreignScanner': {
    title: 'Wrong scanner',
    body: 'On your phone, the camera app read the QR code as plain text. Only the EU Login app can use it: go back to the app and scan from there.',
  },
  'app.scanError': {
    title: 'The app could not use the code',
    body: 'On your phone, the app says the QR code is invalid or expired. Get a fresh code on the PC and scan again.',
  },
  'app.enrolPin': {
    title: 'Confirm with your PIN',
    body: 'On your phone, type the four-digit PIN you chose on the PC a moment ago and tap "Authenticate".',
    assumed:
      'EU Login does not publish how many wrong PINs it accepts here. The coach assumes {pinAttempts}; after that this QR code stops working and you start again on the PC.',
  },
  'app.deviceInUse': {
    title: 'This phone belongs to another account',
    body: 'On your phone, the app says it is already linked to another EU Login account. Unlink that account in the app, or use another device.',
    assumed:
      "EU Login's guides disagree: older ones allow one account per device, newer ones describe several accounts in one app. The coach follows the older rule and refuses a second account.",
  },
  'app.enrolled': {
    title: 'The app is set up',
    body: 'On your phone, the app confirms the device is set up. Tap "Continue"; the PC confirms too.',
  },
} satisfies FlowStepTexts<'app'>;
