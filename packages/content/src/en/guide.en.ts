import type { GuideTexts } from '../content.types.js';

/** Guide mode: questions for the person doing the real setup, and their possible answers. */
export const guideEn: GuideTexts = {
  lookupAccount: {
    question: 'After you pressed "Next", what does EU Login show?',
    answers: { known: 'A password field', unknown: 'It cannot find a user with that address' },
  },
  registerAccount: {
    question: 'After you pressed "Create an account", what does the page say?',
    answers: {
      ok: 'An e-mail has been sent to me',
      alreadyRegistered: 'The address is already registered',
      institution: 'Addresses of EU institutions are not accepted',
      disposable: 'The address is not accepted (temporary mailbox)',
      captchaWrong: 'The code from the picture was wrong',
    },
  },
  openLink: {
    question: 'You opened the link from the mail. What do you see?',
    answers: { valid: 'A page to choose my password', expired: 'The link has expired or was already used' },
  },
  setPassword: {
    question: 'After you submitted the new password, what happened?',
    answers: { ok: 'It was accepted', tooSoon: 'It says I changed my password too recently' },
  },
  requestPasswordReset: {
    question: 'After you pressed "Get a password", what does the page say?',
    answers: { ok: 'A reset e-mail has been sent', captchaWrong: 'The code from the picture was wrong' },
  },
  signIn: {
    question: 'After you pressed "Sign in", what happened?',
    answers: {
      ok: 'It moved on',
      wrongPassword: 'It says the password is incorrect',
      locked: 'It says I must wait before trying again',
      methodUnavailable: 'It says this verification method is not set up',
    },
  },
  approvePinRequest: {
    question: 'You typed your PIN in the app. What does the app say?',
    answers: {
      ok: 'It is approved',
      wrongPin: 'The PIN is wrong',
      refused: 'The request was refused after too many tries',
      expired: 'The request has expired',
    },
  },
  readQrChallenge: {
    question: 'You scanned the QR code with the EU Login app. What does the app show?',
    answers: {
      code: 'A code to type on the computer',
      invalid: 'It says the QR code is not valid',
      notInitialised: 'It asks me to initialise the app first',
    },
  },
  verifyOtp: {
    question: 'You typed the code on the computer. What happened?',
    answers: {
      ok: 'I am signed in',
      wrong: 'It says the code is wrong',
      used: 'It says the code was already used',
      expired: 'It says the code has expired',
    },
  },
  assertSecurityKey: {
    question: 'Your browser asked for the security key. What happened?',
    answers: {
      ok: 'It accepted the key',
      cancelled: 'I cancelled or it timed out',
      notRegistered: 'The key is not known',
    },
  },
  scanEnrolmentQr: {
    question: 'You pointed the EU Login app at the QR code. What happened?',
    answers: {
      ok: 'It asks for my PIN',
      invalid: 'It says the QR code is not valid',
      expired: 'It says the QR code has expired',
    },
  },
  confirmEnrolmentPin: {
    question: 'You typed the PIN in the app. What does it say?',
    answers: {
      ok: 'The device is set up',
      wrongPin: 'The PIN is wrong',
      refused: 'It refused after too many tries',
      deviceInUse: 'This phone is already used by another account',
      expired: 'It says the request has expired',
    },
  },
  verifyAppCredentials: {
    question: 'You typed your EU Login e-mail and password in the app. What happened?',
    answers: { ok: 'It asks for a new PIN', wrongPassword: 'The password is wrong', locked: 'It says I must wait' },
  },
  completeEid: {
    question: 'You signed in with your national eID. Where are you now?',
    answers: {
      ok: 'Back on EU Login, it worked',
      failed: 'It failed or I could not finish',
      notLinked: 'It says this eID is not linked to an account',
    },
  },
  registerSecurityKey: {
    question: 'You touched the key or confirmed with Windows Hello. What happened?',
    answers: { ok: 'The key is listed', duplicate: 'It says this key is already registered' },
  },
};
