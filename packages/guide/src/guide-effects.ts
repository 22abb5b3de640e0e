import type {
  EffectCall,
  AccountSummary,
  CoachConfig,
  CoachEffects,
  Fact,
  GuideAnswer,
  GuideQuestion,
  GuideQuestionEffect,
  LinkPurpose,
  PhoneFacts,
} from '@eulogin-coach/machine';
import { DEFAULT_PHONE, resolveConfig } from '@eulogin-coach/machine';
import { GUIDE_ANSWERS } from './guide-answers.js';

export interface GuideEffects {
  readonly effects: CoachEffects;
  /** The question waiting for an answer, if any. */
  pending(): GuideQuestion | null;
  /** Answer the pending question; false (and nothing happens) if `answer` is not one on offer. */
  answer(answer: string): boolean;
  /** Called with the pending question (or null) whenever it changes. Returns an unsubscribe function. */
  subscribe(listener: (question: GuideQuestion | null) => void): () => void;
}

export interface GuideOptions {
  /** The same config the coach actor gets (`input.config`), so the numbers the guide reports agree with it. */
  readonly config?: Partial<CoachConfig>;
  /**
   * The clock, for the expiry times the coach shows, in epoch milliseconds. Guide mode follows a real setup, so it
   * defaults to the real time; pass a simulated clock's `now` in tests.
   */
  readonly now?: () => number;
}

function phoneFor(facts: readonly Fact[]): PhoneFacts {
  if (facts.includes('deviceEnrolled')) return { ...DEFAULT_PHONE, app: 'initialised', notifications: 'allowed' };
  if (facts.includes('appReady')) return { ...DEFAULT_PHONE, app: 'waitingForQr', notifications: 'allowed' };
  if (facts.includes('appInstalled')) return { ...DEFAULT_PHONE, app: 'installed', notifications: 'allowed' };
  return DEFAULT_PHONE;
}

/**
 * Effects for guide mode: nothing is simulated. Whenever the coach needs an outcome ("did the mail arrive?",
 * "what did the app say?") a question waits for the person's answer, which becomes the effect's result. The
 * account summary follows the answers (an accepted PIN adds a device, PANIC removes them), so step-up and the
 * device list stay consistent.
 */
export function createGuideEffects(options: GuideOptions = {}): GuideEffects {
  const config = resolveConfig(options.config);
  const now = options.now ?? (() => Date.now());
  const listeners = new Set<(q: GuideQuestion | null) => void>();
  let question: (GuideQuestion & { resolve: (answer: string) => void }) | null = null;
  let nextId = 1;
  let account: AccountSummary = { email: '', firstName: '', lastName: '', devices: [], keys: [], eids: [] };
  let purpose: LinkPurpose = 'register';
  let wrongPasswords = 0;
  let wrongPins = 0;

  const notify = () =>
    listeners.forEach((l) => l(question && { id: question.id, effect: question.effect, answers: question.answers }));
  /** Put a question to the person; it is withdrawn when the coach stops waiting (the person left the step). */
  function ask<E extends GuideQuestionEffect>(effect: E, call?: EffectCall): Promise<GuideAnswer<E>> {
    return new Promise((resolve) => {
      const asked = {
        id: nextId++,
        effect,
        answers: GUIDE_ANSWERS[effect],
        resolve: (a: string) => resolve(a as GuideAnswer<E>),
      };
      question = asked;
      const withdraw = () => {
        if (question !== asked) return;
        question = null;
        notify();
      };
      call?.signal.addEventListener('abort', withdraw, { once: true });
      notify();
    });
  }
  const withDevice = () => ({
    ...account,
    devices: [...account.devices, { id: `device-${account.devices.length + 1}`, name: '' }],
  });

  const effects: CoachEffects = {
    prepare: ({ facts, email, stepId }) => {
      account = {
        ...account,
        email: email ?? account.email,
        devices:
          facts.includes('deviceEnrolled') || facts.includes('oldDeviceEnrolled') ? [{ id: 'device-1', name: '' }] : [],
        keys: facts.includes('keyRegistered') ? [{ id: 'key-1', name: '', kind: 'securityKey' }] : [],
        eids: facts.includes('eidLinked') ? [{ country: 'BE' }] : [],
      };
      const active = facts.includes('passwordSet') || facts.includes('accountRegistered');
      return Promise.resolve({
        email: account.email,
        account: active ? account : null,
        phone: phoneFor(facts),
        lockedUntil: stepId === 'signIn.locked' ? now() + config.lockoutMs : null,
      });
    },
    lookupAccount: async ({ email }, call) => {
      account = { ...account, email };
      return (await ask('lookupAccount', call)) === 'known' ? { kind: 'known', account } : { kind: 'unknown' };
    },
    issueCaptcha: () => Promise.resolve({ id: 'guide', challenge: '' }),
    registerAccount: async ({ email, firstName, lastName }, call) => {
      const a = await ask('registerAccount', call);
      if (a === 'ok') {
        account = { ...account, email: email.trim(), firstName, lastName };
        purpose = 'register';
        return { kind: 'ok' };
      }
      return a === 'captchaWrong'
        ? { kind: 'refused', error: { field: 'captcha', rule: 'wrong' } }
        : { kind: 'refused', error: { field: 'email', rule: a } };
    },
    resendMail: () => Promise.resolve(),
    openLink: async (_input, call) =>
      (await ask('openLink', call)) === 'valid'
        ? {
            kind: 'valid',
            purpose,
            email: account.email,
            personal: { firstName: account.firstName, lastName: account.lastName },
          }
        : { kind: 'expired', purpose },
    setPassword: async (_input, call) =>
      (await ask('setPassword', call)) === 'ok'
        ? { kind: 'ok', account }
        : { kind: 'refused', error: { field: 'password', rule: 'tooSoon' } },
    requestPasswordReset: async ({ email }, call) => {
      if ((await ask('requestPasswordReset', call)) !== 'ok')
        return { kind: 'refused', error: { field: 'captcha', rule: 'wrong' } };
      account = { ...account, email: email.trim() };
      purpose = 'reset';
      return { kind: 'ok' };
    },
    signIn: async (_input, call) => {
      const a = await ask('signIn', call);
      if (a === 'wrongPassword') {
        wrongPasswords += 1;
        return { kind: 'wrongPassword', attemptsLeft: Math.max(0, config.maxPasswordAttempts - wrongPasswords) };
      }
      if (a === 'locked') return { kind: 'locked', until: now() + config.lockoutMs };
      if (a === 'methodUnavailable') return { kind: 'methodUnavailable' };
      wrongPasswords = 0;
      return { kind: 'ok', account };
    },
    startPinRequest: () => {
      wrongPins = 0;
      return Promise.resolve({ requestId: 'guide', expiresAt: now() + config.pinRequestTtlMs });
    },
    approvePinRequest: async (_input, call) => {
      const a = await ask('approvePinRequest', call);
      if (a !== 'wrongPin') return { kind: a };
      wrongPins += 1;
      return { kind: 'wrongPin', attemptsLeft: Math.max(0, config.maxPinAttempts - wrongPins) };
    },
    startQrChallenge: () =>
      Promise.resolve({ challengeId: 'guide', qrPayload: '', expiresAt: now() + config.qrChallengeTtlMs }),
    readQrChallenge: async (_input, call) => {
      const a = await ask('readQrChallenge', call);
      return a === 'code' ? { kind: 'code', otp: '' } : { kind: a };
    },
    verifyOtp: async (_input, call) => ({ kind: await ask('verifyOtp', call) }),
    assertSecurityKey: async (_input, call) => ({ kind: await ask('assertSecurityKey', call) }),
    addDevice: () => {
      wrongPins = 0;
      return Promise.resolve({ enrolmentId: 'guide', qrPayload: '', expiresAt: now() + config.enrolmentQrTtlMs });
    },
    scanEnrolmentQr: async (_input, call) => ({ kind: await ask('scanEnrolmentQr', call) }),
    confirmEnrolmentPin: async (_input, call) => {
      const a = await ask('confirmEnrolmentPin', call);
      if (a === 'ok') {
        account = withDevice();
        return { kind: 'ok', account };
      }
      if (a !== 'wrongPin') return { kind: a };
      wrongPins += 1;
      return { kind: 'wrongPin', attemptsLeft: Math.max(0, config.maxPinAttempts - wrongPins) };
    },
    unlinkOtherAccount: () => Promise.resolve(),
    deleteDevice: ({ deviceId }) => {
      account = { ...account, devices: account.devices.filter((d) => d.id !== deviceId) };
      return Promise.resolve(account);
    },
    verifyAppCredentials: async (_input, call) => {
      const a = await ask('verifyAppCredentials', call);
      if (a === 'ok') return { kind: 'ok' };
      if (a === 'locked') return { kind: 'locked', until: now() + config.lockoutMs };
      wrongPasswords += 1;
      return { kind: 'wrongPassword', attemptsLeft: Math.max(0, config.maxPasswordAttempts - wrongPasswords) };
    },
    resetAppPin: () => Promise.resolve(),
    completeEid: async ({ country, purpose: eidPurpose }, call) => {
      const answer = await ask('completeEid', call);
      if (answer !== 'ok') return { kind: answer };
      if (eidPurpose === 'link') account = { ...account, eids: [...account.eids, { country }] };
      return { kind: 'ok', account };
    },
    registerSecurityKey: async ({ keyName, kind }, call) => {
      if ((await ask('registerSecurityKey', call)) === 'duplicate') return { kind: 'duplicate' };
      account = { ...account, keys: [...account.keys, { id: `key-${account.keys.length + 1}`, name: keyName, kind }] };
      return { kind: 'ok', account };
    },
    panic: () => {
      account = { ...account, devices: [], eids: [] };
      return Promise.resolve(account);
    },
  };

  return {
    effects,
    pending: () => question && { id: question.id, effect: question.effect, answers: question.answers },
    answer(answer) {
      if (!question || !question.answers.includes(answer)) return false;
      const { resolve } = question;
      question = null;
      notify();
      resolve(answer);
      return true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
