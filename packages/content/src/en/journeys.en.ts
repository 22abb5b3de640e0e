import type { Content } from '../content.types.js';

export const journeysEn = {
  fullSetup: {
    title: 'Set up EU Login with the app, from scratch',
    description:
      'Create an account, confirm your e-mail, choose a password, link the EU Login app on your phone and sign in with it.',
  },
  forgotPassword: {
    title: 'I forgot my password',
    description: 'Ask EU Login for a reset mail, open its link and choose a new password.',
  },
  forgotPin: {
    title: 'I forgot my app PIN, or want to change it',
    description:
      'In the EU Login app settings, use "Forgot PIN code" with your e-mail and password to set a new PIN, then sign in with it.',
  },
  signInAppPin: {
    title: 'Sign in with the app and your PIN',
    description: 'Type your password on the PC, then confirm on your phone with the four-digit PIN.',
    methodNote:
      'This journey practises the app with your PIN: "{method}" is already chosen as the verification method. Keep it, type your password and press "Sign in".',
  },
  signInAppQr: {
    title: 'Sign in with a QR code (works offline)',
    description: 'Scan the QR code on the PC with the EU Login app and type the one-time code it shows.',
    methodNote:
      'This journey practises the QR code: "{method}" is already chosen as the verification method. Keep it, type your password and press "Sign in".',
  },
  signInSecurityKey: {
    title: 'Sign in with a security key',
    description: 'Type your password, then touch your security key or confirm with Windows Hello.',
    methodNote:
      'This journey practises the security key: "{method}" is already chosen as the verification method. Keep it, type your password and press "Sign in".',
  },
  signInEid: {
    title: 'Sign in with your national eID',
    description:
      'Pick your country and sign in on your national eID page; no password or app needed. Already signing in with eID? There is nothing to activate: it counts as two factors.',
  },
  linkEid: {
    title: 'Link your national eID',
    description: 'Add your national eID to your EU Login account so it can serve as your second factor.',
  },
  noSmartphone: {
    title: 'No smartphone? Use a security key',
    description: 'See the options without a smartphone, add a security key or Windows Hello, and sign in with it.',
  },
  newPhone: {
    title: 'Replace a phone you can no longer use',
    description:
      'Your old phone is broken, wiped or gone: sign in with another factor (here a security key), remove the old phone and link the app on the new one. If the old phone still works, add the new one first and delete the old one afterwards.',
  },
  lostPhone: {
    title: 'I lost my phone',
    description:
      'With no other factor left, sign in with your password, delete all your devices in My Account (PANIC), then link the app on a new phone.',
  },
} satisfies Content['journeys'];
