import type { AnyStateNode } from 'xstate';
import type {
  AccountSummary,
  CoachEvent,
  CoachSnapshot,
  EffectName,
  JourneyId,
  PreparedWorld,
} from '../../src/index.js';
import { DEFAULT_PHONE } from '../../src/index.js';
import { JOURNEY_IDS } from '../../src/registry/index.js';

/**
 * Events for exploring the statechart with xstate/graph: what a person can do (with valid and invalid values),
 * and every outcome each effect can report, delivered as the done/error events of the active invocations.
 * Timers are delivered as their `xstate.after` events.
 */
const empty: AccountSummary = {
  email: 'a@example.org',
  firstName: 'A',
  lastName: 'B',
  devices: [],
  keys: [],
  eids: [],
};
const full: AccountSummary = {
  ...empty,
  devices: [{ id: 'd1', name: 'Phone' }],
  keys: [{ id: 'k1', name: 'Key', kind: 'securityKey' }],
  eids: [{ country: 'BE' }],
};

/** "Always require multi-factor authentication" on: Password alone is refused everywhere. */
const alwaysMfa: AccountSummary = { ...full, alwaysMfa: true };

const worlds: PreparedWorld[] = [
  { email: 'a@example.org', account: null, phone: DEFAULT_PHONE },
  { email: 'a@example.org', account: full, phone: { ...DEFAULT_PHONE, app: 'initialised', notifications: 'allowed' } },
  { email: 'a@example.org', account: null, phone: { ...DEFAULT_PHONE, screenLock: false } },
];

export const EFFECT_OUTCOMES: Record<EffectName, readonly unknown[]> = {
  prepare: worlds,
  lookupAccount: [
    { kind: 'known', account: full },
    { kind: 'known', account: alwaysMfa },
    { kind: 'known', account: empty },
    { kind: 'unknown' },
  ],
  issueCaptcha: [{ id: 'c1', challenge: 'ABCD23' }],
  registerAccount: [
    { kind: 'ok' },
    { kind: 'refused', error: { field: 'email', rule: 'alreadyRegistered' } },
    { kind: 'refused', error: { field: 'captcha', rule: 'wrong' } },
  ],
  resendMail: [undefined],
  openLink: [
    { kind: 'valid', purpose: 'register', email: 'a@example.org', personal: {} },
    { kind: 'valid', purpose: 'reset', email: 'a@example.org', personal: {} },
    { kind: 'expired', purpose: 'register' },
  ],
  setPassword: [
    { kind: 'ok', account: empty },
    { kind: 'refused', error: { field: 'password', rule: 'tooSoon' } },
  ],
  requestPasswordReset: [{ kind: 'ok' }, { kind: 'refused', error: { field: 'captcha', rule: 'wrong' } }],
  signIn: [
    { kind: 'ok', account: full },
    { kind: 'ok', account: empty },
    { kind: 'wrongPassword', attemptsLeft: 2 },
    { kind: 'locked', until: 1 },
    { kind: 'methodUnavailable' },
  ],
  startPinRequest: [{ requestId: 'r1', expiresAt: 1 }],
  approvePinRequest: [{ kind: 'ok' }, { kind: 'wrongPin', attemptsLeft: 1 }, { kind: 'refused' }, { kind: 'expired' }],
  startQrChallenge: [{ challengeId: 'q1', qrPayload: 'challenge', expiresAt: 1 }],
  readQrChallenge: [{ kind: 'code', otp: 'ABCD2345' }, { kind: 'invalid' }, { kind: 'notInitialised' }],
  verifyOtp: [{ kind: 'ok' }, { kind: 'wrong' }, { kind: 'used' }, { kind: 'expired' }],
  assertSecurityKey: [{ kind: 'ok' }, { kind: 'cancelled' }, { kind: 'notRegistered' }],
  addDevice: [{ enrolmentId: 'e1', qrPayload: 'eulogin-enrol:v1:e1:AAAAAAAA', expiresAt: 1 }],
  scanEnrolmentQr: [{ kind: 'ok' }, { kind: 'invalid' }, { kind: 'expired' }],
  confirmEnrolmentPin: [
    { kind: 'ok', account: full },
    { kind: 'wrongPin', attemptsLeft: 1 },
    { kind: 'refused' },
    { kind: 'deviceInUse' },
    { kind: 'expired' },
  ],
  unlinkOtherAccount: [undefined],
  deleteDevice: [empty],
  verifyAppCredentials: [{ kind: 'ok' }, { kind: 'wrongPassword', attemptsLeft: 1 }, { kind: 'locked', until: 1 }],
  resetAppPin: [undefined],
  completeEid: [{ kind: 'ok', account: full }, { kind: 'failed' }],
  registerSecurityKey: [{ kind: 'ok', account: full }, { kind: 'duplicate' }],
  panic: [empty],
};

const good = { firstName: 'Ana', lastName: 'Silva', email: 'ana@example.org', emailConfirm: 'ana@example.org' };

/**
 * What a person can do, with a valid and an invalid value for every form. No jumps, resumes, Back or Restart, and
 * no event naming something the world issued (deleting a device needs an existing id: see `deviceEvents`).
 */
export const PERSON_EVENTS: readonly CoachEvent[] = [
  ...JOURNEY_IDS.map((journey: JourneyId) => ({ type: 'coach.chooseJourney' as const, journey })),
  { type: 'user.submitEmail', email: 'ana@example.org' },
  { type: 'user.submitEmail', email: 'ana@' },
  { type: 'user.createAccount' },
  { type: 'user.useDifferentEmail' },
  { type: 'user.signInWithEid' },
  ...(['password', 'appPin', 'appQr', 'securityKey'] as const).map((method) => ({
    type: 'user.submitSignIn' as const,
    password: 'Secret-pass-1',
    method,
  })),
  { type: 'user.submitSignIn', password: '', method: 'appPin' },
  { type: 'user.lostPassword' },
  { type: 'user.lostPhone' },
  { type: 'user.tryAgain' },
  { type: 'user.chooseOtherMethod' },
  { type: 'user.submitOtp', otp: 'ABCD2345' },
  { type: 'user.submitOtp', otp: '12' },
  { type: 'user.touchKey' },
  { type: 'user.cancelPrompt' },
  { type: 'user.continue' },
  { type: 'user.signOut' },
  {
    type: 'user.submitRegistration',
    values: { ...good, emailLanguage: 'pt', captcha: 'ABCD23', privacy: true },
  },
  {
    type: 'user.submitRegistration',
    values: { ...good, emailLanguage: 'pt', captcha: 'ABCD23', privacy: false },
  },
  { type: 'user.refreshCaptcha' },
  { type: 'user.cancel' },
  { type: 'user.confirm' },
  { type: 'user.back' },
  { type: 'user.resendMail' },
  { type: 'user.registerAgain' },
  { type: 'user.submitNewPassword', values: { password: 'Abcdefgh1!', passwordConfirm: 'Abcdefgh1!' } },
  { type: 'user.submitNewPassword', values: { password: 'short', passwordConfirm: 'short' } },
  { type: 'user.submitResetRequest', values: { email: 'ana@example.org', captcha: 'ABCD23' } },
  { type: 'user.submitResetRequest', values: { email: 'ana@example.org', captcha: '' } },
  ...(['devices', 'eids', 'keys', 'panic'] as const).map((page) => ({ type: 'user.openPage' as const, page })),
  { type: 'user.addDevice' },
  { type: 'user.submitDevice', values: { deviceName: 'Phone', pin: '1234', pinConfirm: '1234' } },
  { type: 'user.submitDevice', values: { deviceName: 'Phone', pin: '12a4', pinConfirm: '12a4' } },
  { type: 'user.linkEid' },
  { type: 'user.chooseCountry', country: 'BE' },
  { type: 'user.chooseCountry', country: 'US' },
  { type: 'user.eidAuthenticate' },
  { type: 'user.eidCancel' },
  { type: 'user.addKey' },
  { type: 'user.submitKey', values: { keyName: 'Key', kind: 'securityKey' } },
  { type: 'user.submitKey', values: { keyName: '', kind: 'trustedPlatform' } },
  { type: 'user.noSmartphone' },
  ...(['tablet', 'securityKey', 'trustedPlatform'] as const).map((option) => ({
    type: 'user.chooseAlternative' as const,
    option,
  })),
  { type: 'user.chooseRecovery', situation: 'otherFactor' },
  { type: 'user.chooseRecovery', situation: 'noFactor' },
  { type: 'mail.linkOpened', token: 't1' },
  { type: 'phone.installApp' },
  { type: 'phone.allowNotifications' },
  { type: 'phone.denyNotifications' },
  { type: 'phone.tapInitialise' },
  { type: 'phone.setScreenLock' },
  { type: 'phone.tapNext' },
  { type: 'phone.allowCamera' },
  { type: 'phone.denyCamera' },
  { type: 'phone.scan', payload: 'payload' },
  { type: 'phone.scanWithCameraApp' },
  { type: 'phone.openApp' },
  { type: 'phone.tryAgain' },
  { type: 'phone.submitPin', pin: '1234' },
  { type: 'phone.submitPin', pin: '12' },
  { type: 'phone.unlinkOtherAccount' },
  { type: 'phone.continue' },
  { type: 'phone.openNotification' },
  { type: 'phone.decline' },
  { type: 'phone.forgotPin' },
  { type: 'phone.submitCredentials', values: { email: 'ana@example.org', password: 'Secret-pass-1' } },
  { type: 'phone.submitCredentials', values: { email: 'ana@example.org', password: '' } },
  { type: 'phone.submitNewPin', values: { pin: '1234', pinConfirm: '1234' } },
  { type: 'phone.submitNewPin', values: { pin: '1234', pinConfirm: '4321' } },
  { type: 'phone.setOnline', online: false },
  { type: 'phone.setOnline', online: true },
  { type: 'phone.setForeground', foreground: false },
  { type: 'phone.setForeground', foreground: true },
];

function activeNodes(snapshot: CoachSnapshot): AnyStateNode[] {
  return (snapshot as unknown as { _nodes: AnyStateNode[] })._nodes;
}

/** Deleting each device the coach's account lists: only ids that exist (the world refuses any other). */
export function deviceEvents(snapshot: CoachSnapshot): readonly CoachEvent[] {
  return (snapshot.context.account?.devices ?? []).map((d) => ({ type: 'user.deleteDevice' as const, deviceId: d.id }));
}

/** The person's events that some active state handles (the rest would be ignored anyway). */
export function personEvents(snapshot: CoachSnapshot): readonly CoachEvent[] {
  const handled = new Set<string>();
  for (const node of activeNodes(snapshot)) for (const type of node.ownEvents as string[]) handled.add(type);
  return [...PERSON_EVENTS, ...deviceEvents(snapshot)].filter((e) => handled.has(e.type));
}

/** Done and error events for the effects running in `snapshot`, and the timers that could fire. */
export function systemEvents(snapshot: CoachSnapshot): { type: string; output?: unknown; error?: unknown }[] {
  const events: { type: string; output?: unknown; error?: unknown }[] = [];
  for (const node of activeNodes(snapshot)) {
    for (const invoke of node.invoke as { id: string; src: unknown }[]) {
      const outcomes = EFFECT_OUTCOMES[invoke.src as EffectName] ?? [];
      for (const output of outcomes) events.push({ type: `xstate.done.actor.${invoke.id}`, output });
      events.push({ type: `xstate.error.actor.${invoke.id}`, error: new Error('offline') });
    }
    for (const t of node.after as { eventType: string }[]) events.push({ type: t.eventType });
  }
  return events;
}

/**
 * The part of a snapshot that decides where the coach can go next from its current flow: the state value plus
 * the context the guards of that flow read. Growing context (history, progress) and values no guard of the
 * flow reads are left out, so the graph stays finite and small.
 */
export function serializeForGraph(snapshot: CoachSnapshot): string {
  const c = snapshot.context;
  const value = snapshot.value;
  const flow = typeof value === 'string' ? value : (Object.keys(value)[0] ?? '');
  const factors = c.account ? c.account.devices.length + c.account.keys.length + c.account.eids.length > 0 : null;
  const relevant: Record<string, unknown[]> = {
    journeys: [],
    jumping: [c.nav.target],
    routing: [c.nav.target, c.phone, factors, c.auth, c.afterAuth],
    signIn: [
      c.auth,
      c.afterAuth,
      c.forms.signIn.method,
      factors,
      c.account?.alwaysMfa === true,
      c.phone.online,
      c.phone.appInForeground,
      c.phone.app,
    ],
    account: [c.auth, factors, c.phone.app],
    device: [c.phone.app, c.phone.camera, c.phone.notifications],
    app: [c.phone.app, c.phone.notifications, c.phone.screenLock],
    register: [],
    password: [c.task.linkPurpose],
    passwordReset: [],
    eid: [c.task.eidPurpose, c.afterAuth],
    key: [],
    noSmartphone: [c.auth],
    recovery: [],
    panic: [c.phone.app],
    pin: [],
  };
  return JSON.stringify([value, c.phone.screenLock, relevant[flow] ?? [c]]);
}
