import type { StepId } from '@eulogin-coach/machine';
import type { CallerSees } from '../help/help.types.js';

const SIGN_IN = 'https://webgate.ec.europa.eu/cas/login';
const MOBILE = 'https://webgate.ec.europa.eu/cas/mobile';
const APP = 'The EU Login app on the phone';
const MAILBOX = 'The mailbox, in a mail from automated-notifications@nomail.ec.europa.eu';

/**
 * What a caller sees at each step on the real EU Login, its app or its mails, in EU Login's own words where a public
 * source shows them (the research notes on EU Login's flows, the Europass FAQ). `assumed` marks entries where the
 * heading or some of the texts are not shown by any source: those say what the screen shows in substance. Texts
 * that describe rather than quote ("The gear icon at the top right") are plainly descriptions.
 */
export const callerSeesEn: Readonly<Record<StepId, CallerSees>> = {
  'coach.journeys': {
    heading: 'Login',
    texts: ['Two-factor authentication (2FA)', 'The website sends you to EU Login to sign in'],
    assumed: true,
  },
  'signIn.email': {
    heading: 'Sign in to continue',
    texts: ['Use your e-mail address', 'Next', 'Create an account', 'Sign in with eID'],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.userNotFound': {
    heading: 'User not found',
    texts: ['The user is not found', 'Create an account', 'Sign in with a different e-mail address'],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.password': {
    heading: 'Choose your verification method',
    texts: [
      '(external)',
      'Password',
      'Sign in',
      'Lost your password?',
      'Sign in with a different e-mail address',
      'Mobile App + PIN Code',
      'EU Login Mobile App PIN Code',
      'EU Login Mobile App QR Code',
      'On Mobile',
      'Security Key or Trusted Platform',
      'incorrect password supplied',
      'You are currently logged in as user and cannot use an authentication factor registered to user',
      'Error 5305',
    ],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.locked': {
    heading: 'Sign-in temporarily blocked',
    texts: ['Too many failed sign-in attempts: try again later', 'Lost your password?'],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.pinWait': {
    heading: 'Pending authentication request',
    texts: [
      'On the PC: waiting for you to confirm on your mobile device',
      'In the app: a request is pending',
      'Continue',
      'Switch account',
    ],
    address: APP,
    assumed: true,
  },
  'signIn.appNotification': {
    heading: 'EU Login notification',
    texts: ['A notification from EU Login on the lock screen: a sign-in request is waiting', 'Tap to open'],
    address: 'The phone’s notifications',
    assumed: true,
  },
  'signIn.appPin': {
    heading: 'Authenticate',
    texts: ['Enter your PIN code', 'PIN code', 'Authenticate', 'Fingerprint or Face ID'],
    address: APP,
  },
  'signIn.refused': {
    heading: 'Authentication failed',
    texts: ['The request was refused on the mobile device', 'Wrong PIN code', 'Try again'],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.qrScan': {
    heading: 'Scan QR code',
    texts: ['The app opens its QR code scanner', 'Point the camera at the QR code on the PC screen'],
    address: APP,
    assumed: true,
  },
  'signIn.qrCode': {
    heading: 'EU Login Mobile App QR Code',
    texts: [
      'Scan the QR code with the EU Login Mobile App',
      'Type the one-time password shown by the app',
      'One-time password',
      'Sign in',
      'The code is invalid',
    ],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.securityKey': {
    heading: 'Security Key or Trusted Platform',
    texts: [
      'The browser asks: use your security key',
      'Insert your security key and touch it',
      'Windows Security: making sure it’s you',
      'Windows Hello: PIN, fingerprint or face',
      'Passkey',
      'Cancel',
    ],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.expired': {
    heading: 'Request expired',
    texts: ['The authentication request has expired', 'Timeout: no confirmation received', 'Try again'],
    address: SIGN_IN,
    assumed: true,
  },
  'signIn.done': {
    heading: 'The website the caller wanted, signed in',
    texts: [
      'INVALID_USER',
      'application accepts only INTERNAL users',
      'INSUFFICIENT_AUTHENTICATION_LEVEL',
      'Access denied',
    ],
    assumed: true,
  },
  'register.form': {
    heading: 'Create an account',
    texts: [
      'First name',
      'Last name',
      'E-mail',
      'Confirm e-mail',
      'E-mail language',
      'Enter the code',
      'A picture of letters and digits to copy (a captcha), with a two-arrows button for a new one',
      'Privacy statement',
      'Create an account',
      'You cannot create an account with an email that belongs to an institution',
    ],
    address: 'https://webgate.ec.europa.eu/cas/eim/external/register.cgi',
  },
  'register.mailSent': {
    heading: 'An e-mail is sent to the address you provided',
    texts: [
      'automated-notifications@nomail.ec.europa.eu',
      'A mail from EU Login with a link to complete the registration',
      'Click the link, or copy and paste it into the address bar',
      'Spam or junk folder',
    ],
    address: MAILBOX,
    assumed: true,
  },
  'register.linkExpired': {
    heading: 'The link has expired',
    texts: ['This link is no longer valid', 'Register again'],
    assumed: true,
  },
  'password.set': {
    heading: 'New password',
    texts: [
      'New password',
      'Confirm new password',
      'Submit',
      'at least 10 characters',
      'upper-case letters, lower-case letters, digits and special characters',
    ],
    assumed: true,
  },
  'register.done': {
    heading: 'You are now authenticated',
    texts: ['You are now authenticated and can proceed to the service you want to use'],
  },
  'passwordReset.request': {
    heading: 'Lost your password?',
    texts: ['E-mail', 'Enter the code', 'Type the characters shown on screen (a captcha)', 'Get a password'],
    address: SIGN_IN,
    assumed: true,
  },
  'passwordReset.mailSent': {
    heading: 'A mail from EU Login to reset the password',
    texts: [
      'automated-notifications@nomail.ec.europa.eu',
      'A link to an EU Login page where you set a new password',
      'Spam or junk folder',
    ],
    address: MAILBOX,
    assumed: true,
  },
  'passwordReset.linkExpired': {
    heading: 'The link has expired',
    texts: ['This password reset link is no longer valid', 'Lost your password?'],
    assumed: true,
  },
  'passwordReset.done': {
    heading: 'Your password has been changed',
    texts: ['Sign in with your new password'],
    assumed: true,
  },
  'account.home': {
    heading: 'My Account',
    texts: [
      'The gear icon at the top right',
      'Manage my mobile devices',
      'Manage my eIDs',
      'Manage my Security Keys and Trusted Platforms',
      'Configure my account',
      'Delete all my devices and eID (PANIC)',
      'Always require multi-factor authentication',
    ],
  },
  'device.list': {
    heading: 'Manage my mobile devices',
    texts: ['Add a mobile device', 'The mobile devices linked to the account', 'Delete'],
    address: MOBILE,
    assumed: true,
  },
  'device.addForm': {
    heading: 'Add a mobile device',
    texts: ['Your device name', 'Your 4 digit PIN code', 'Confirm your PIN code', 'Submit'],
    address: MOBILE,
  },
  'device.qrShown': {
    heading: 'Scan the QR code with your device',
    texts: [
      'A QR code on the PC screen',
      'In the app: the instructions to open /cas/mobile on the PC',
      'Tap the blue tick to open the scanner',
    ],
    address: MOBILE,
    assumed: true,
  },
  'device.qrExpired': {
    heading: 'The QR code has expired',
    texts: ['Expired: start again', 'Add a mobile device'],
    address: MOBILE,
    assumed: true,
  },
  'device.added': {
    heading: 'Your device has been added',
    texts: ['Manage my mobile devices', 'The new device is in the list', 'Sign out'],
    address: MOBILE,
    assumed: true,
  },
  'device.deleteConfirm': {
    heading: 'Are you sure you want to delete this device?',
    texts: ['Manage my mobile devices', 'Delete', 'Confirm', 'Cancel'],
    address: MOBILE,
    assumed: true,
  },
  'app.install': {
    heading: 'EU Login',
    texts: ['European Commission', 'Google Play', 'App Store', 'Install', 'Get', 'Free'],
    address: 'The phone’s app store',
  },
  'app.notifications': {
    heading: '“EU Login” would like to send you notifications',
    texts: ['Allow', 'Don’t allow'],
    address: 'The phone asks, the first time the app opens',
    assumed: true,
  },
  'app.notificationsDenied': {
    heading: 'Notifications are off',
    texts: ['The app needs notifications to be initialised', 'Settings', 'Notifications'],
    address: APP,
    assumed: true,
  },
  'app.welcome': {
    heading: 'EU Login',
    texts: ['Initialise', 'Open https://webgate.ec.europa.eu/cas/mobile on your PC'],
    address: APP,
  },
  'app.noScreenLock': {
    heading: 'Secure your device',
    texts: ['The app cannot be used without a screen lock: PIN, pattern or fingerprint', 'Settings'],
    address: APP,
    assumed: true,
  },
  'app.cameraPermission': {
    heading: 'Allow EU Login to take pictures and record video?',
    texts: ['Allow access to your camera', 'Allow', 'Don’t allow', 'While using the app'],
    address: 'The phone asks, when the scanner first opens',
    assumed: true,
  },
  'app.cameraDenied': {
    heading: 'No access to the camera',
    texts: ['The app cannot scan the QR code without the camera', 'Settings', 'Camera'],
    address: APP,
    assumed: true,
  },
  'app.scanner': {
    heading: 'QR code scanner',
    texts: ['Point the camera at the QR code on the PC screen until it is recognised'],
    address: APP,
    assumed: true,
  },
  'app.foreignScanner': {
    heading: 'The phone’s camera or a QR reader app',
    texts: ['The code is invalid', 'A line of text or a link instead of EU Login', 'Open in browser'],
    address: 'The camera app or a QR reader app',
    assumed: true,
  },
  'app.scanError': {
    heading: 'Invalid QR code',
    texts: ['The QR code is invalid or has expired', 'Try again'],
    address: APP,
    assumed: true,
  },
  'app.enrolPin': {
    heading: 'Authenticate',
    texts: ['Enter the four-digit PIN code you chose on the PC', 'PIN code', 'Authenticate'],
    address: APP,
  },
  'app.deviceInUse': {
    heading: 'This device is already linked to another account',
    texts: ['One EU Login account per device', 'Unlink device'],
    address: APP,
    assumed: true,
  },
  'app.enrolled': {
    heading: 'Your device has been set up',
    texts: ['Success: your mobile device is set up with EU Login', 'Continue', 'Enable Face ID or fingerprint'],
    address: APP,
    assumed: true,
  },
  'pin.settings': {
    heading: 'Settings',
    texts: ['The three dots (Android) or the wheel (iPhone)', 'Forgot PIN code', 'Unlink device'],
    address: APP,
  },
  'pin.credentials': {
    heading: 'Enter your EU Login credentials',
    texts: ['Forgot PIN code', 'E-mail', 'Password', 'Wrong e-mail or password'],
    address: APP,
    assumed: true,
  },
  'pin.new': {
    heading: 'Choose a new PIN code',
    texts: ['New PIN code', 'Confirm your PIN code', 'The PIN codes do not match'],
    address: APP,
    assumed: true,
  },
  'pin.changed': {
    heading: 'Your PIN code has been changed',
    texts: ['Biometrics have been switched off', 'Continue'],
    address: APP,
    assumed: true,
  },
  'eid.manage': {
    heading: 'Manage my eIDs',
    texts: ['Link my eID', 'The eIDs linked to the account'],
  },
  'eid.country': {
    heading: 'Choose the country that issued your eID',
    texts: ['The flags of the compatible countries', 'Submit'],
    assumed: true,
  },
  'eid.national': {
    heading: 'The national eID page of the chosen country',
    texts: ['eIDAS', 'Card reader', 'National eID app, such as itsme', 'Cancel'],
    address: 'The national identity provider’s site, reached through eIDAS',
    assumed: true,
  },
  'eid.linked': {
    heading: 'Your eID has been linked',
    texts: ['Manage my eIDs', 'Sign in with eID'],
    assumed: true,
  },
  'eid.failed': {
    heading: 'The eID authentication failed',
    texts: ['The national sign-in was cancelled or did not finish', 'Try again'],
    assumed: true,
  },
  'key.manage': {
    heading: 'Manage my Security Keys and Trusted Platforms',
    texts: ['Add a Security Key', 'The security keys and trusted platforms linked to the account'],
  },
  'key.addForm': {
    heading: 'Add a Security Key',
    texts: ['Enter a name for the device', 'Submit'],
  },
  'key.prompt': {
    heading: 'The browser asks: use your security key',
    texts: [
      'Insert your security key and touch it',
      'Windows Security: making sure it’s you',
      'Windows Hello: PIN, fingerprint or face',
      'Create a passkey',
      'Cancel',
    ],
    assumed: true,
  },
  'key.added': {
    heading: 'Your security key has been added',
    texts: ['Manage my Security Keys and Trusted Platforms', 'The new key is in the list'],
    assumed: true,
  },
  'key.failed': {
    heading: 'The security key could not be added',
    texts: ['The operation was cancelled or timed out', 'This security key is already registered', 'Try again'],
    assumed: true,
  },
  'noSmartphone.options': {
    heading: 'No smartphone: a tablet, a security key, Windows Hello or an eID',
    texts: ['Security Key or Trusted Platform', 'YubiKey', 'Windows Hello', 'Tablet', 'Sign in with eID'],
    address: SIGN_IN,
    assumed: true,
  },
  'recovery.options': {
    heading: 'The phone with the app is lost, broken, replaced or reset',
    texts: ['Mobile App + PIN Code', 'Manage my mobile devices', 'Delete all my devices and eID (PANIC)'],
    address: SIGN_IN,
    assumed: true,
  },
  'panic.confirm': {
    heading: 'Delete all my devices and eID (PANIC)',
    texts: ['Confirm', 'Cancel'],
    assumed: true,
  },
  'panic.done': {
    heading: 'All your devices and eIDs have been deleted',
    texts: ['A security notification by e-mail', 'Sign in with your password and add a new device'],
    assumed: true,
  },
};
