import type { Content } from '../content.types.js';
import { whatIfLabelsEn } from './what-if-labels.en.js';

export const whatIfsEn = {
  unknownEmail: {
    ...whatIfLabelsEn.unknownEmail,
    explanation:
      'EU Login only knows the addresses people registered with. A typo or another address leads to "user not found".',
    fix: 'Check the spelling. If it is right, create an account with "Create an account".',
    lead: 'Type an address that has no EU Login account, such as your own with one letter changed, and press "Next".',
  },
  emailAlreadyRegistered: {
    ...whatIfLabelsEn.emailAlreadyRegistered,
    explanation:
      'One address can belong to one EU Login account only. You may have created it for another website years ago.',
    fix: 'Do not register again. Use "Lost your password?" to set a new password on the existing account.',
    lead: 'Your address already has an account in this rehearsal. Fill in the form with it as usual and press "Create an account": EU Login refuses it. Then press "Lost your password?", as it suggests.',
    leadAt: {
      'signIn.email':
        'Your address already has an account in this rehearsal, so "Next" would ask for its password. To see what happens when you register it again, press "Create an account" instead.',
    },
  },
  institutionEmail: {
    ...whatIfLabelsEn.institutionEmail,
    explanation:
      'Addresses of EU institutions are refused on the public form: staff accounts are created by the institution.',
    fix: "Use a private address, or ask your institution's IT helpdesk for your staff account.",
    lead: 'Fill in the form with an EU institution address, such as alex.rehearsal@ec.europa.eu, and press "Create an account".',
  },
  disposableEmail: {
    ...whatIfLabelsEn.disposableEmail,
    explanation:
      'EU Login refuses temporary mailboxes, because later mails (resets, security notices) must still reach you.',
    fix: 'Register with a permanent address you check regularly.',
    lead: 'Fill in the form with a throwaway address, such as alex@mailinator.com, and press "Create an account".',
  },
  mistypedEmail: {
    ...whatIfLabelsEn.mistypedEmail,
    explanation: 'The confirmation mail goes to the mistyped address and never reaches you. It cannot be redirected.',
    fix: 'Register again with the right address. Typing it twice on the form is there to catch this.',
    lead: 'Register with an address that has a typo, the same typo in both fields, and see where the mail goes.',
  },
  mailInSpam: {
    ...whatIfLabelsEn.mailInSpam,
    explanation: 'Some mail services file automatic mails from EU Login as spam or junk.',
    fix: 'Look in the spam or junk folder for a mail from automated-notifications@nomail.ec.europa.eu, and mark it as not spam.',
    lead: "The mail does not arrive in the inbox this time: look for it in the mailbox's spam folder.",
  },
  mailDelayed: {
    ...whatIfLabelsEn.mailDelayed,
    explanation: 'Registration and reset mails can take up to {mailMinutes} minutes to arrive.',
    fix: 'Wait, check the spam folder, and do not ask again too soon: in this rehearsal, each new request replaces the older link.',
    lead: 'The mail is slow this time: wait for it in the mailbox rather than asking for a new one.',
  },
  linkExpired: {
    ...whatIfLabelsEn.linkExpired,
    explanation:
      'The link in the mail works only for a limited time. EU Login does not publish it; this rehearsal uses {linkMinutes} minutes.',
    fix: 'Ask for a new mail (register again, or "Lost your password?") and open the link soon after it arrives.',
    lead: "Let the link's time run out before you open it: press the button below, then open the link in the mail.",
  },
  weakPassword: {
    ...whatIfLabelsEn.weakPassword,
    explanation:
      'EU Login wants at least {min} characters with capitals, small letters, digits and special characters.',
    fix: 'Make it longer and mix all four kinds, for example three unrelated words with a digit and a sign.',
    lead: 'Type a short, simple password, such as "password1", in both fields and press "Submit".',
  },
  passwordChangedRecently: {
    ...whatIfLabelsEn.passwordChangedRecently,
    explanation: 'EU Login lets you change the password only once every {changeHours} hours.',
    fix: 'Keep using the current password, or try again after {changeHours} hours.',
    lead: 'The password was changed less than a day ago: set a new one as usual and see what EU Login says.',
  },
  wrongPassword: {
    ...whatIfLabelsEn.wrongPassword,
    explanation:
      'EU Login may show the message "incorrect password supplied". Each wrong password counts: after {passwordAttempts} in a row, sign-in is refused for about {lockoutMinutes} minutes (assumed figures).',
    fix: 'Check Caps Lock and the keyboard layout, or use "Lost your password?".',
    lead: 'Type a wrong password on purpose and press the button to continue, several times if you like.',
  },
  forgotPassword: {
    ...whatIfLabelsEn.forgotPassword,
    explanation: 'Nobody can tell you your password, but EU Login can mail you a link to set a new one.',
    fix: 'Choose "Lost your password?", type the characters from the picture and open the link in the mail.',
    lead: 'Press "Lost your password?" instead of signing in.',
  },
  stepUpRequired: {
    ...whatIfLabelsEn.stepUpRequired,
    explanation:
      'To add, change or remove a factor, EU Login first asks you to confirm with a factor you already have.',
    fix: 'Sign in again with your existing app, key or eID when asked.',
    lead: 'Your account already has a second factor: open a page that changes your factors and see what EU Login asks first.',
  },
  noSmartphone: {
    ...whatIfLabelsEn.noSmartphone,
    explanation: 'The EU Login app needs an Android or iOS device, but it is not the only second factor.',
    fix: 'Use a tablet, a USB security key (a YubiKey, for example) or Windows Hello on your PC.',
    lead: 'Do as if you had no smartphone: choose the way out for people without one.',
  },
  notificationsDenied: {
    ...whatIfLabelsEn.notificationsDenied,
    explanation: 'The EU Login app needs notifications to finish its set-up and to show sign-in requests.',
    fix: 'Turn notifications on for EU Login in the phone settings.',
    lead: 'Refuse the notifications on the phone ("Don\'t allow").',
  },
  noScreenLock: {
    ...whatIfLabelsEn.noScreenLock,
    explanation:
      'The EU Login app will not run on a phone anyone can open: it needs a PIN, pattern or fingerprint lock.',
    fix: 'Set a screen lock in the phone settings, then open the app again.',
    lead: 'The phone has no screen lock in this rehearsal: continue as usual and see what the app says.',
  },
  cameraDenied: {
    ...whatIfLabelsEn.cameraDenied,
    explanation: 'Without the camera, the app cannot read the QR code on the PC.',
    fix: 'Allow the camera for EU Login in the phone settings.',
    lead: 'Refuse the camera on the phone ("Don\'t allow").',
  },
  scannedWithCameraApp: {
    ...whatIfLabelsEn.scannedWithCameraApp,
    explanation:
      "A normal camera or QR reader only shows the code's text. It cannot link your account, and may call the code invalid.",
    fix: 'Open the EU Login app and scan with its own scanner.',
    lead: 'On the phone, choose "Use my camera app instead" rather than the EU Login app\'s scanner.',
  },
  qrExpired: {
    ...whatIfLabelsEn.qrExpired,
    explanation:
      'The QR code on the PC is valid for a short time only ({enrolQrMinutes} minutes in this rehearsal, an assumed figure).',
    fix: 'Fill in "Add a mobile device" again and scan the new code straight away.',
    lead: "Do not scan yet: let the QR code's time run out with the button below, then carry on.",
  },
  wrongPin: {
    ...whatIfLabelsEn.wrongPin,
    explanation:
      'The app PIN is the four digits chosen when the phone was added. After {pinAttempts} wrong tries, the request is refused (assumed).',
    fix: 'Type it carefully. If it is forgotten, use "Forgot PIN code" in the app settings.',
    lead: 'Type a wrong PIN in the app on purpose and press "Authenticate", several times if you like.',
  },
  deviceUsedByOtherAccount: {
    ...whatIfLabelsEn.deviceUsedByOtherAccount,
    explanation:
      'Older EU Login guides say the app holds one account per device (newer versions may hold several). This rehearsal follows that rule, so a phone already linked to another account is refused.',
    fix: 'Unlink the other account in the app if it is yours and no longer needed, or use another device.',
    lead: 'The phone is already linked to another account in this rehearsal: type the PIN as usual and see what the app says.',
  },
  appInBackground: {
    ...whatIfLabelsEn.appInBackground,
    explanation: 'When the app is not on screen, the request arrives as a notification instead of opening by itself.',
    fix: 'Tap the EU Login notification, or open the app.',
    lead: 'The app is closed in this rehearsal: sign in with "Mobile App + PIN Code" and watch the phone for a notification.',
  },
  phoneOffline: {
    ...whatIfLabelsEn.phoneOffline,
    explanation: 'The PIN method needs the phone online to receive the request, so the PC waits and then gives up.',
    fix: 'Turn on mobile data or Wi-Fi, or choose the QR code method, which works offline.',
    lead: 'The phone has no internet in this rehearsal: sign in with "Mobile App + PIN Code" and watch what the PC does.',
  },
  requestExpired: {
    ...whatIfLabelsEn.requestExpired,
    explanation:
      'A sign-in request only lives a short time ({pinWaitSeconds} seconds for the PIN, {challengeMinutes} minutes for a QR code here; assumed figures).',
    fix: 'Press "Try again" on the PC and confirm right away.',
    lead: "Do not confirm yet: let the request's time run out with the button below.",
  },
  forgotPin: {
    ...whatIfLabelsEn.forgotPin,
    explanation: 'The PIN cannot be shown again, but the app can set a new one once you prove who you are.',
    fix: 'In the app settings choose "Forgot PIN code", type your EU Login e-mail and password, then a new PIN. If that fails, delete the device on the PC and add it again.',
    lead: 'Do as if you had forgotten the PIN: press "Forgot PIN code" in the app.',
  },
  codeReused: {
    ...whatIfLabelsEn.codeReused,
    explanation: 'Each code from the app works once only, for the QR code it came from.',
    fix: 'Scan the QR code again to get a fresh code.',
    lead: 'Type a code you already used for an earlier sign-in rather than the one the app shows now.',
  },
  eidFailed: {
    ...whatIfLabelsEn.eidFailed,
    explanation:
      'The national eID page could not confirm you, for example because of the card reader or the national app.',
    fix: 'Check the reader or app and try again; questions about the eID itself go to your national support.',
    lead: 'Your national eID will not work this time: continue on the national page and see what happens.',
  },
  eidCancelled: {
    ...whatIfLabelsEn.eidCancelled,
    explanation: 'Cancelling sends you back to EU Login without linking anything.',
    fix: 'Start again from "Link my eID" when you are ready.',
    lead: 'Press "Cancel" on the national eID page.',
  },
  keyCancelled: {
    ...whatIfLabelsEn.keyCancelled,
    explanation: 'The browser stops waiting for the key, so nothing is added or confirmed.',
    fix: 'Try again and touch the key, or confirm with Windows Hello, before the prompt closes.',
    lead: 'When the browser asks for your key, press "Cancel" instead of touching it.',
  },
  keyAlreadyRegistered: {
    ...whatIfLabelsEn.keyAlreadyRegistered,
    explanation: 'The same key cannot be added twice.',
    fix: 'Use the key to sign in, or add a different one.',
    lead: 'This key is already on your account in this rehearsal: touch it as usual and see what EU Login says.',
  },
  lostPhone: {
    ...whatIfLabelsEn.lostPhone,
    explanation: 'Without the phone, the app cannot confirm your sign-ins.',
    fix: 'Sign in with another factor and delete the lost phone. With no other factor, sign in with your password and use "Delete all my devices and eID (PANIC)" in My Account.',
    lead: 'Do as if the phone were lost: press "I lost my phone".',
  },
  appReinstalled: {
    ...whatIfLabelsEn.appReinstalled,
    explanation:
      'A reinstalled app has forgotten its link to your account, even on the same phone, so sign-in requests no longer reach it.',
    fix: 'Sign in another way, delete the old entry in "Manage my mobile devices" and add the phone again with a new QR code.',
    lead: 'The app was reinstalled in this rehearsal: sign in with "Mobile App + PIN Code" and see whether the request reaches the phone.',
  },
  alwaysMfa: {
    ...whatIfLabelsEn.alwaysMfa,
    explanation:
      'With "Always require multi-factor authentication" switched on in My Account, "Password" disappears from the list of methods, even on websites that would accept a password alone.',
    fix: 'Choose your app or your security key. If you have lost every second factor, PANIC cannot help: contact EU Login support (https://webgate.ec.europa.eu/cas/help.html).',
    lead: 'Your account always asks for a second factor: look at the list of methods before you choose one.',
  },
} satisfies Content['whatIfs'];
