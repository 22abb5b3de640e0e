import type { GuideAnswer, GuideQuestionEffect } from '@eulogin-coach/machine';

/**
 * The answers a guide offers for each effect that needs one, in the order shown: each of the machine's
 * `GuideAnswers`, once (the guide's tests check none is missing). Their texts are in the content package under `guide`.
 */
export const GUIDE_ANSWERS = {
  lookupAccount: ['known', 'unknown'],
  registerAccount: ['ok', 'alreadyRegistered', 'institution', 'disposable', 'captchaWrong'],
  openLink: ['valid', 'expired'],
  setPassword: ['ok', 'tooSoon'],
  requestPasswordReset: ['ok', 'captchaWrong'],
  signIn: ['ok', 'wrongPassword', 'locked', 'methodUnavailable'],
  approvePinRequest: ['ok', 'wrongPin', 'refused', 'expired'],
  readQrChallenge: ['code', 'invalid', 'notInitialised'],
  verifyOtp: ['ok', 'wrong', 'used', 'expired'],
  assertSecurityKey: ['ok', 'cancelled', 'notRegistered'],
  scanEnrolmentQr: ['ok', 'invalid', 'expired'],
  confirmEnrolmentPin: ['ok', 'wrongPin', 'refused', 'deviceInUse', 'expired'],
  verifyAppCredentials: ['ok', 'wrongPassword', 'locked'],
  completeEid: ['ok', 'failed', 'notLinked'],
  registerSecurityKey: ['ok', 'duplicate'],
} as const satisfies { readonly [E in GuideQuestionEffect]: readonly GuideAnswer<E>[] };
