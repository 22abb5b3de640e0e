import type { CoachConfig } from '../config.js';
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
  /** Steps at which this can happen. */
  readonly steps: readonly StepId[];
  /** The step the person ends up on when it happens. */
  readonly leadsTo: StepId;
  /** It happens by letting this much time pass: a rehearsal can fast-forward its clock by it. */
  readonly wait?: WaitDuration;
}

// The order is append-only: share codes number the what-ifs by it.
const definitions = {
  unknownEmail: { kind: 'action', steps: ['signIn.email'], leadsTo: 'signIn.userNotFound' },
  emailAlreadyRegistered: { kind: 'condition', steps: ['register.form'], leadsTo: 'passwordReset.request' },
  institutionEmail: { kind: 'action', steps: ['register.form'], leadsTo: 'register.form' },
  disposableEmail: { kind: 'action', steps: ['register.form'], leadsTo: 'register.form' },
  mistypedEmail: { kind: 'action', steps: ['register.form', 'register.mailSent'], leadsTo: 'register.form' },
  mailInSpam: {
    kind: 'condition',
    steps: ['register.mailSent', 'passwordReset.mailSent'],
    leadsTo: 'register.mailSent',
  },
  mailDelayed: {
    kind: 'condition',
    steps: ['register.mailSent', 'passwordReset.mailSent'],
    leadsTo: 'register.mailSent',
  },
  linkExpired: {
    kind: 'action',
    steps: ['register.mailSent', 'passwordReset.mailSent'],
    leadsTo: 'register.linkExpired',
    wait: 'linkTtlMs',
  },
  weakPassword: { kind: 'action', steps: ['password.set'], leadsTo: 'password.set' },
  passwordChangedRecently: { kind: 'condition', steps: ['password.set'], leadsTo: 'password.set' },
  wrongPassword: { kind: 'action', steps: ['signIn.password', 'pin.credentials'], leadsTo: 'signIn.locked' },
  forgotPassword: { kind: 'action', steps: ['signIn.password', 'signIn.locked'], leadsTo: 'passwordReset.request' },
  stepUpRequired: { kind: 'condition', steps: ['account.home'], leadsTo: 'signIn.password' },
  noSmartphone: { kind: 'action', steps: ['app.install', 'device.list'], leadsTo: 'noSmartphone.options' },
  notificationsDenied: { kind: 'action', steps: ['app.notifications'], leadsTo: 'app.notificationsDenied' },
  noScreenLock: { kind: 'condition', steps: ['app.welcome'], leadsTo: 'app.noScreenLock' },
  cameraDenied: { kind: 'action', steps: ['app.cameraPermission'], leadsTo: 'app.cameraDenied' },
  scannedWithCameraApp: {
    kind: 'action',
    steps: ['device.qrShown', 'app.scanner'],
    leadsTo: 'app.foreignScanner',
  },
  qrExpired: {
    kind: 'action',
    steps: ['device.qrShown', 'app.scanner', 'app.enrolPin'],
    leadsTo: 'device.qrExpired',
    wait: 'enrolmentQrTtlMs',
  },
  wrongPin: { kind: 'action', steps: ['app.enrolPin', 'signIn.appPin'], leadsTo: 'signIn.refused' },
  deviceUsedByOtherAccount: { kind: 'condition', steps: ['app.enrolPin'], leadsTo: 'app.deviceInUse' },
  appInBackground: {
    kind: 'condition',
    steps: ['signIn.password', 'signIn.pinWait'],
    leadsTo: 'signIn.appNotification',
  },
  phoneOffline: { kind: 'condition', steps: ['signIn.password', 'signIn.pinWait'], leadsTo: 'signIn.expired' },
  requestExpired: {
    kind: 'action',
    steps: ['signIn.pinWait', 'signIn.appNotification', 'signIn.appPin', 'signIn.qrScan', 'signIn.qrCode'],
    leadsTo: 'signIn.expired',
    // The longer of the two lifetimes, so it expires a PIN request and a QR challenge alike.
    wait: 'qrChallengeTtlMs',
  },
  forgotPin: { kind: 'action', steps: ['signIn.appPin'], leadsTo: 'pin.settings' },
  codeReused: { kind: 'action', steps: ['signIn.qrCode'], leadsTo: 'signIn.qrCode' },
  eidFailed: { kind: 'condition', steps: ['eid.national'], leadsTo: 'eid.failed' },
  eidCancelled: { kind: 'action', steps: ['eid.national'], leadsTo: 'eid.failed' },
  keyCancelled: { kind: 'action', steps: ['key.prompt', 'signIn.securityKey'], leadsTo: 'key.failed' },
  keyAlreadyRegistered: { kind: 'condition', steps: ['key.prompt'], leadsTo: 'key.failed' },
  lostPhone: { kind: 'action', steps: ['signIn.password', 'signIn.pinWait'], leadsTo: 'recovery.options' },
  appReinstalled: { kind: 'condition', steps: ['signIn.password', 'signIn.pinWait'], leadsTo: 'recovery.options' },
} as const satisfies Record<string, Omit<WhatIfDefinition, 'id'>>;

export type WhatIfId = keyof typeof definitions;

export const WHAT_IF_IDS = Object.keys(definitions) as readonly WhatIfId[];

export const WHAT_IFS: Readonly<Record<WhatIfId, WhatIfDefinition>> = Object.fromEntries(
  WHAT_IF_IDS.map((id): [WhatIfId, WhatIfDefinition] => [id, { id, ...definitions[id] }]),
) as Record<WhatIfId, WhatIfDefinition>;

const whatIfSet: ReadonlySet<string> = new Set(WHAT_IF_IDS);

export function isWhatIfId(value: unknown): value is WhatIfId {
  return typeof value === 'string' && whatIfSet.has(value);
}

/** The what-ifs that can happen at a step, in registry order. */
export function whatIfsAt(stepId: StepId): readonly WhatIfDefinition[] {
  return WHAT_IF_IDS.map((id) => WHAT_IFS[id]).filter((w) => w.steps.includes(stepId));
}
