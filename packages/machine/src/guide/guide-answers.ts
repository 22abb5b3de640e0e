/**
 * In guide mode the person (or the helpdesk agent on their behalf) says what happened. These are the answers on
 * offer for each effect that needs one. The types live here so that the content package can require a text for
 * every answer; the list a guide shows is `GUIDE_ANSWERS` in `@eulogin-coach/guide`.
 * Effects that need no answer (fetching a captcha, starting a request) resolve at once.
 */
export interface GuideAnswers {
  readonly lookupAccount: 'known' | 'unknown';
  readonly registerAccount: 'ok' | 'alreadyRegistered' | 'institution' | 'disposable' | 'captchaWrong';
  readonly openLink: 'valid' | 'expired';
  readonly setPassword: 'ok' | 'tooSoon';
  readonly requestPasswordReset: 'ok' | 'captchaWrong';
  readonly signIn: 'ok' | 'wrongPassword' | 'locked' | 'methodUnavailable';
  readonly approvePinRequest: 'ok' | 'wrongPin' | 'refused' | 'expired';
  readonly readQrChallenge: 'code' | 'invalid' | 'notInitialised';
  readonly verifyOtp: 'ok' | 'wrong' | 'used' | 'expired';
  readonly assertSecurityKey: 'ok' | 'cancelled' | 'notRegistered';
  readonly scanEnrolmentQr: 'ok' | 'invalid' | 'expired';
  readonly confirmEnrolmentPin: 'ok' | 'wrongPin' | 'refused' | 'deviceInUse' | 'expired';
  readonly verifyAppCredentials: 'ok' | 'wrongPassword' | 'locked';
  readonly completeEid: 'ok' | 'failed' | 'notLinked';
  readonly registerSecurityKey: 'ok' | 'duplicate';
}

export type GuideQuestionEffect = keyof GuideAnswers;
export type GuideAnswer<E extends GuideQuestionEffect = GuideQuestionEffect> = GuideAnswers[E];

/** A question waiting for the person's answer. */
export interface GuideQuestion {
  readonly id: number;
  readonly effect: GuideQuestionEffect;
  readonly answers: readonly string[];
}
