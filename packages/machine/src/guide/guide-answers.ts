import type { EffectName } from '../coach.setup.js';

/**
 * In guide mode the person (or the helpdesk agent on their behalf) says what happened. These are the answers on
 * offer for each effect that needs one; the texts are in the content package under `guide`.
 * Effects that need no answer (fetching a captcha, starting a request) resolve at once.
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
  completeEid: ['ok', 'failed'],
  registerSecurityKey: ['ok', 'duplicate'],
} as const satisfies Partial<Record<EffectName, readonly string[]>>;

export type GuideQuestionEffect = keyof typeof GUIDE_ANSWERS;
export type GuideAnswer<E extends GuideQuestionEffect = GuideQuestionEffect> = (typeof GUIDE_ANSWERS)[E][number];

/** A question waiting for the person's answer. */
export interface GuideQuestion {
  readonly id: number;
  readonly effect: GuideQuestionEffect;
  readonly answers: readonly string[];
}
