import type { Content } from '../content.types.js';

export const fieldsEn = {
  email: { label: 'E-mail', hint: 'The address you use for EU Login. You must be able to open its mails.' },
  emailConfirm: { label: 'Confirm e-mail', hint: 'Type the same address again, to catch typos.' },
  firstName: { label: 'First name', hint: 'Letters of any alphabet are fine.' },
  lastName: { label: 'Last name', hint: 'Letters of any alphabet are fine.' },
  emailLanguage: {
    label: 'E-mail language',
    hint: 'EU Login writes its mails to you in this language, whatever language its pages are in.',
  },
  captcha: { label: 'Enter the code', hint: 'Type the letters and digits shown in the picture.' },
  privacy: { label: 'Privacy statement' },
  password: {
    label: 'Password',
    hint: 'At least {min} characters, with capital and small letters, a digit and a special character. This rehearsal also refuses your name and e-mail address (assumed rule).',
  },
  passwordConfirm: { label: 'Confirm new password', hint: 'Type the same password again.' },
  method: {
    label: 'Choose your verification method',
    hint: 'The list only shows the methods the website accepts.',
  },
  deviceName: { label: 'Your device name', hint: 'Any name that tells you which device it is, such as "My phone".' },
  pin: { label: 'Your 4 digit PIN code', hint: 'You will type it in the app each time you sign in.' },
  pinConfirm: { label: 'Confirm your PIN code' },
  otp: { label: 'One-time code', hint: 'The letters and digits the EU Login app shows after reading the QR code.' },
  keyName: {
    label: 'Name of the security key',
    hint: 'Any name that tells you which key it is, such as "Blue USB key".',
  },
  country: { label: 'Country', hint: 'The country that issued your eID.' },
  form: { label: 'Form' },
} satisfies Content['fields'];

export const methodsEn = {
  password: 'Password',
  appPin: 'Mobile App + PIN Code',
  appQr: 'EU Login Mobile App QR Code',
  securityKey: 'Security Key or Trusted Platform',
} satisfies Content['methods'];

export const keyKindsEn = {
  securityKey: 'Security key you plug in or tap (a YubiKey, for example)',
  trustedPlatform: 'Trusted platform built into this computer (Windows Hello, for example)',
} satisfies Content['keyKinds'];

export const noSmartphoneOptionsEn = {
  tablet: {
    label: 'A tablet',
    description: 'Install the EU Login app on an Android tablet or an iPad; it works just like on a phone.',
  },
  securityKey: {
    label: 'A security key',
    description: 'A small USB or NFC key (a YubiKey, for example) that you touch to confirm.',
  },
  trustedPlatform: {
    label: 'Windows Hello or your Mac',
    description: 'Your computer confirms with your fingerprint, face or PIN.',
  },
} satisfies Content['noSmartphoneOptions'];

export const recoverySituationsEn = {
  otherFactor: {
    label: 'Another factor still works',
    description:
      'The old phone is lost or unusable, but a security key, an eID or a second phone works: sign in with it, delete the old phone and link the new one. If the old phone still works, add the new one first and delete the old one afterwards.',
  },
  noFactor: {
    label: 'I have no other factor',
    description:
      'Sign in with your password, delete all devices and eIDs in My Account ("Delete all my devices and eID (PANIC)"), then link the new phone.',
  },
} satisfies Content['recoverySituations'];

export const surfacesEn = {
  pc: 'the PC',
  phone: 'the phone',
  mail: 'the mailbox',
  guide: 'this guide',
} satisfies Content['surfaces'];

export const countriesEn = {
  AT: 'Austria',
  BE: 'Belgium',
  CZ: 'Czechia',
  DE: 'Germany',
  DK: 'Denmark',
  EE: 'Estonia',
  ES: 'Spain',
  FI: 'Finland',
  HR: 'Croatia',
  IT: 'Italy',
  LT: 'Lithuania',
  LU: 'Luxembourg',
  LV: 'Latvia',
  MT: 'Malta',
  NL: 'Netherlands',
  PL: 'Poland',
  PT: 'Portugal',
  SE: 'Sweden',
  SI: 'Slovenia',
  SK: 'Slovakia',
} satisfies Content['countries'];

export const flowsEn = {
  coach: 'Getting started',
  signIn: 'Signing in',
  register: 'Creating an account',
  password: 'Choosing a password',
  passwordReset: 'Resetting the password',
  account: 'My Account',
  device: 'Mobile devices',
  app: 'The EU Login app',
  pin: 'The app PIN',
  eid: 'National eID',
  key: 'Security keys',
  noSmartphone: 'No smartphone',
  recovery: 'Lost or new phone',
  panic: 'Removing every device',
} satisfies Content['flows'];

export const whatIfKindsEn = {
  condition: 'Something in your situation',
  action: 'Something you might do',
} satisfies Content['whatIfKinds'];

export const phoneStatesEn = {
  app: {
    notInstalled: 'App not installed',
    installed: 'App installed, not set up',
    waitingForQr: 'App waiting to scan a QR code',
    initialised: 'App set up and linked',
  },
  permission: {
    unknown: 'Not asked yet',
    allowed: 'Allowed',
    denied: 'Refused',
  },
} satisfies Content['phoneStates'];
