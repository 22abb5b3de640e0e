// The coach's effects as HTTP calls to the example backend. Each passes the coach's AbortSignal on to fetch, so a
// request the coach no longer waits for (Restart, Back, an expired QR code) is cancelled.
import type { CoachEffects, EffectName, EffectsFor } from '@eulogin-coach/machine';
import type { PORTAL_CONFIG } from './portal-setup.js';
import { callEffect } from './portal-api-client.js';

/**
 * One effect per name in `EFFECT_NAMES`, each a POST of its input to `/api/sessions/:session/effects/:name`, less
 * those only the switched-off features need (eID and security keys): the coach never calls them.
 */
export function createHttpEffects(session: string): EffectsFor<(typeof PORTAL_CONFIG)['features']> {
  // The backend answers each effect with the outcome type `CoachEffects` declares for it (it runs the simulator,
  // which implements the same interface); it is the portal's own backend, so its answers are trusted.
  const post =
    <N extends EffectName>(name: N) =>
    (input: object, { signal }: { readonly signal: AbortSignal }) =>
      callEffect(session, name, input, signal) as ReturnType<CoachEffects[N]>;
  // The two effects without input are not cancellable (the coach passes them no signal).
  const postNoInput =
    <N extends EffectName>(name: N) =>
    () =>
      callEffect(session, name, {}, new AbortController().signal) as ReturnType<CoachEffects[N]>;

  return {
    prepare: post('prepare'),
    lookupAccount: post('lookupAccount'),
    issueCaptcha: postNoInput('issueCaptcha'),
    registerAccount: post('registerAccount'),
    resendMail: post('resendMail'),
    openLink: post('openLink'),
    setPassword: post('setPassword'),
    requestPasswordReset: post('requestPasswordReset'),
    signIn: post('signIn'),
    startPinRequest: post('startPinRequest'),
    approvePinRequest: post('approvePinRequest'),
    startQrChallenge: post('startQrChallenge'),
    readQrChallenge: post('readQrChallenge'),
    verifyOtp: post('verifyOtp'),
    addDevice: post('addDevice'),
    scanEnrolmentQr: post('scanEnrolmentQr'),
    confirmEnrolmentPin: post('confirmEnrolmentPin'),
    unlinkOtherAccount: postNoInput('unlinkOtherAccount'),
    deleteDevice: post('deleteDevice'),
    verifyAppCredentials: post('verifyAppCredentials'),
    resetAppPin: post('resetAppPin'),
    panic: post('panic'),
  };
}
