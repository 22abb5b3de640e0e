import type { CoachConfig } from '../config.js';
import { isOneOf } from './choices.js';
import type { Fact } from './facts.js';
import type { JourneyId } from './journeys.js';
import type { StepId } from './step-ids.js';

/** The config durations a rehearsal can let pass. */
export type WaitDuration = Extract<
  keyof CoachConfig,
  'enrolmentQrTtlMs' | 'pinRequestTtlMs' | 'qrChallengeTtlMs' | 'linkTtlMs' | 'lockoutMs'
>;

/**
 * The "what if" branches from the FAQ and the research. A `condition` is a fact about the person's world that a
 * rehearsal can switch on (the mail lands in spam); an `action` is something the person may do (scan the QR with
 * the phone's camera app). Both are listed on the steps where they can happen, with the step they lead to.
 */
export type WhatIfKind = 'condition' | 'action';

export interface WhatIfDefinition {
  readonly id: WhatIfId;
  readonly kind: WhatIfKind;
  /** Each step at which this can happen, with the step the person ends up on when it happens there. */
  readonly at: Readonly<Partial<Record<StepId, StepId>>>;
  /** The steps at which this can happen: the keys of `at`, in order. */
  readonly steps: readonly StepId[];
  /** It happens by letting this much time pass: a rehearsal can fast-forward its clock by it. */
  readonly wait?: WaitDuration;
  /**
   * Offered only on journeys that start with one of these facts: the world a rehearsal prepares must already have
   * it (an account option that EU Login lets a person switch on only once a second factor works).
   */
  readonly needsAnyFact?: readonly Fact[];
  /** Journeys it is not offered on, although one of its steps is on their path: their world contradicts it. */
  readonly notOn?: readonly JourneyId[];
}

// The order is append-only: share codes number the what-ifs by it.
const definitions = {
  unknownEmail: { kind: 'action', at: { 'signIn.email': 'signIn.userNotFound' } },
  emailAlreadyRegistered: { kind: 'condition', at: { 'register.form': 'passwordReset.request' } },
  institutionEmail: { kind: 'action', at: { 'register.form': 'register.form' } },
  disposableEmail: { kind: 'action', at: { 'register.form': 'register.form' } },
  mistypedEmail: { kind: 'action', at: { 'register.form': 'register.form', 'register.mailSent': 'register.form' } },
  mailInSpam: {
    kind: 'condition',
    at: { 'register.mailSent': 'register.mailSent', 'passwordReset.mailSent': 'passwordReset.mailSent' },
  },
  mailDelayed: {
    kind: 'condition',
    at: { 'register.mailSent': 'register.mailSent', 'passwordReset.mailSent': 'passwordReset.mailSent' },
  },
  linkExpired: {
    kind: 'action',
    at: { 'register.mailSent': 'register.linkExpired', 'passwordReset.mailSent': 'passwordReset.linkExpired' },
    wait: 'linkTtlMs',
  },
  weakPassword: { kind: 'action', at: { 'password.set': 'password.set' } },
  passwordChangedRecently: { kind: 'condition', at: { 'password.set': 'password.set' } },
  // In the app, wrong credentials only count down; EU Login's sign-in page refuses for a while after too many.
  wrongPassword: { kind: 'action', at: { 'signIn.password': 'signIn.locked', 'pin.credentials': 'pin.credentials' } },
  forgotPassword: {
    kind: 'action',
    at: { 'signIn.password': 'passwordReset.request', 'signIn.locked': 'passwordReset.request' },
  },
  stepUpRequired: { kind: 'condition', at: { 'account.home': 'signIn.password' } },
  noSmartphone: {
    kind: 'action',
    at: { 'app.install': 'noSmartphone.options', 'device.list': 'noSmartphone.options' },
  },
  notificationsDenied: { kind: 'action', at: { 'app.notifications': 'app.notificationsDenied' } },
  noScreenLock: { kind: 'condition', at: { 'app.welcome': 'app.noScreenLock' } },
  cameraDenied: { kind: 'action', at: { 'app.cameraPermission': 'app.cameraDenied' } },
  scannedWithCameraApp: {
    kind: 'action',
    at: { 'device.qrShown': 'app.foreignScanner', 'app.scanner': 'app.foreignScanner' },
  },
  qrExpired: {
    kind: 'action',
    at: { 'device.qrShown': 'device.qrExpired', 'app.scanner': 'device.qrExpired', 'app.enrolPin': 'device.qrExpired' },
    wait: 'enrolmentQrTtlMs',
  },
  // Too many wrong PINs: the enrolment QR code is spent, or the sign-in request is refused.
  wrongPin: { kind: 'action', at: { 'app.enrolPin': 'device.qrExpired', 'signIn.appPin': 'signIn.refused' } },
  deviceUsedByOtherAccount: { kind: 'condition', at: { 'app.enrolPin': 'app.deviceInUse' } },
  appInBackground: {
    kind: 'condition',
    at: { 'signIn.password': 'signIn.appNotification', 'signIn.pinWait': 'signIn.appNotification' },
  },
  phoneOffline: { kind: 'condition', at: { 'signIn.password': 'signIn.expired', 'signIn.pinWait': 'signIn.expired' } },
  requestExpired: {
    kind: 'action',
    at: {
      'signIn.pinWait': 'signIn.expired',
      'signIn.appNotification': 'signIn.expired',
      'signIn.appPin': 'signIn.expired',
      'signIn.qrScan': 'signIn.expired',
      'signIn.qrCode': 'signIn.expired',
    },
    // The longer of the two lifetimes, so it expires a PIN request and a QR challenge alike.
    wait: 'qrChallengeTtlMs',
  },
  forgotPin: { kind: 'action', at: { 'signIn.appPin': 'pin.settings' } },
  codeReused: { kind: 'action', at: { 'signIn.qrCode': 'signIn.qrCode' } },
  eidFailed: { kind: 'condition', at: { 'eid.national': 'eid.failed' } },
  eidCancelled: { kind: 'action', at: { 'eid.national': 'eid.failed' } },
  // Cancelled while adding a key: the failure page; while signing in with it: back to the choice of method.
  keyCancelled: { kind: 'action', at: { 'key.prompt': 'key.failed', 'signIn.securityKey': 'signIn.password' } },
  keyAlreadyRegistered: { kind: 'condition', at: { 'key.prompt': 'key.failed' } },
  lostPhone: { kind: 'action', at: { 'signIn.password': 'recovery.options', 'signIn.pinWait': 'recovery.options' } },
  appReinstalled: {
    kind: 'condition',
    at: { 'signIn.password': 'recovery.options', 'signIn.pinWait': 'recovery.options' },
    // "Forgot PIN" starts in the settings of a linked app, which a reinstalled app does not have.
    notOn: ['forgotPin'],
  },
  // The account option "Always require multi-factor authentication": Password is no longer in the list.
  alwaysMfa: {
    kind: 'condition',
    at: { 'signIn.password': 'signIn.password' },
    needsAnyFact: ['deviceEnrolled', 'keyRegistered'],
  },
} as const satisfies Record<string, Omit<WhatIfDefinition, 'id' | 'steps'>>;

export type WhatIfId = keyof typeof definitions;

export const WHAT_IF_IDS = Object.keys(definitions) as readonly WhatIfId[];

export const WHAT_IFS: Readonly<Record<WhatIfId, WhatIfDefinition>> = Object.fromEntries(
  WHAT_IF_IDS.map((id): [WhatIfId, WhatIfDefinition] => {
    const definition: Omit<WhatIfDefinition, 'id' | 'steps'> = definitions[id];
    return [id, { id, ...definition, steps: Object.keys(definition.at) as StepId[] }];
  }),
) as Record<WhatIfId, WhatIfDefinition>;

export function isWhatIfId(value: unknown): value is WhatIfId {
  return isOneOf(WHAT_IF_IDS, value);
}

/** The what-ifs that can happen at a step, in registry order. */
export function whatIfsAt(stepId: StepId): readonly WhatIfDefinition[] {
  return Object.values(WHAT_IFS).filter((w) => w.steps.includes(stepId));
}
