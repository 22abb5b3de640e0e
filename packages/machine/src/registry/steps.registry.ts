import { isOneOf } from './choices.js';
import type { Fact } from './facts.js';
import type { WaitDuration } from './what-ifs.js';

/** Where the person acts at a step: the PC browser, the phone, the mailbox, or the coach itself. */
export type Surface = 'pc' | 'phone' | 'mail' | 'guide';

export interface StepDefinition<Id extends string = StepId> {
  /** The state path below the machine root (dot-separated). Absent: the StepId itself. */
  readonly path?: string;
  /** Absent: the PC. */
  readonly surface?: Surface;
  /** Typical minutes a person spends here; weights progress and the time-left estimate. */
  readonly minutes: number;
  /**
   * Where a helpdesk jump or a resumed save lands when this step shows live data (a QR code, a pending request)
   * that cannot be recreated out of thin air. Absent: the step itself can be jumped to.
   */
  readonly resumeAt?: Id;
  /** Facts that are true once the person has passed this step. */
  readonly establishes?: readonly Fact[];
  /** A step where a journey can end well: nothing more needs doing. */
  readonly terminal?: boolean;
  /**
   * Passing this step signs the person in, with the password alone or with a second factor: a jump to a step after
   * it on a journey lands signed in that way.
   */
  readonly signsIn?: 'password' | 'mfa';
  /** A step the person leaves by waiting this long (a lockout): a rehearsal can fast-forward its clock by it. */
  readonly wait?: WaitDuration;
}

export interface StepInfo extends StepDefinition {
  readonly id: StepId;
  readonly path: string;
  readonly surface: Surface;
  readonly flow: FlowId;
  /** Position in the documentation order, from 0. */
  readonly order: number;
  /** The person is signed out here (the sign-in, registration and password flows, and the ways on without a phone). */
  readonly signedOut: boolean;
}

/**
 * Every state a person can be in has a stable StepId: the keys here. The StepId is the spine of the project: screens,
 * texts, helpdesk scripts, share codes, tests and docs all hang off it. Never rename one; add a new one instead.
 * The order is append-only: share codes number the steps by it, so a new step goes at the end of the list.
 */
const definitions = {
  'coach.journeys': { path: 'journeys', surface: 'guide', minutes: 0.5 },
  'signIn.email': { minutes: 0.5 },
  'signIn.userNotFound': { minutes: 0.5 },
  'signIn.password': { minutes: 0.5, signsIn: 'password' },
  'signIn.locked': { minutes: 1, wait: 'lockoutMs' },
  'signIn.pinWait': { path: 'signIn.appPin.waiting', surface: 'phone', minutes: 0.5, resumeAt: 'signIn.password' },
  'signIn.appNotification': {
    path: 'signIn.appPin.notification',
    surface: 'phone',
    minutes: 0.3,
    resumeAt: 'signIn.password',
  },
  'signIn.appPin': {
    path: 'signIn.appPin.pinEntry',
    surface: 'phone',
    minutes: 0.5,
    resumeAt: 'signIn.password',
    signsIn: 'mfa',
  },
  'signIn.refused': { minutes: 0.5 },
  'signIn.qrScan': { path: 'signIn.appQr.scan', surface: 'phone', minutes: 0.5, resumeAt: 'signIn.password' },
  'signIn.qrCode': { path: 'signIn.appQr.code', minutes: 0.5, resumeAt: 'signIn.password', signsIn: 'mfa' },
  'signIn.securityKey': { minutes: 0.3, resumeAt: 'signIn.password', signsIn: 'mfa' },
  'signIn.expired': { minutes: 0.3 },
  'signIn.done': { minutes: 0, terminal: true, establishes: ['signedIn'] },
  'register.form': { minutes: 3 },
  'register.mailSent': {
    surface: 'mail',
    minutes: 3,
    establishes: ['accountRegistered'],
  },
  'register.linkExpired': { minutes: 0.5 },
  'password.set': { minutes: 1.5, resumeAt: 'signIn.email', signsIn: 'password' },
  'register.done': {
    minutes: 0.3,
    terminal: true,
    establishes: ['passwordSet', 'signedIn'],
    signsIn: 'password',
  },
  'passwordReset.request': { minutes: 1 },
  'passwordReset.mailSent': { surface: 'mail', minutes: 3 },
  'passwordReset.linkExpired': { minutes: 0.5 },
  'passwordReset.done': { minutes: 0.3, terminal: true },
  'account.home': { minutes: 0.5 },
  'device.list': { minutes: 0.5 },
  'device.addForm': { minutes: 1.5 },
  'device.qrShown': { path: 'app.enrol.qrShown', surface: 'phone', minutes: 0.3, resumeAt: 'device.addForm' },
  'device.qrExpired': { minutes: 0.3, resumeAt: 'device.addForm' },
  'device.added': {
    minutes: 0.3,
    terminal: true,
    establishes: ['deviceEnrolled'],
  },
  'device.deleteConfirm': { minutes: 0.5, resumeAt: 'device.list' },
  'app.install': { surface: 'phone', minutes: 2, establishes: ['appInstalled'] },
  'app.notifications': { surface: 'phone', minutes: 0.3 },
  'app.notificationsDenied': { surface: 'phone', minutes: 1 },
  'app.welcome': { surface: 'phone', minutes: 0.3, establishes: ['appReady'] },
  'app.noScreenLock': { surface: 'phone', minutes: 2 },
  'app.cameraPermission': {
    path: 'app.enrol.cameraPermission',
    surface: 'phone',
    minutes: 0.2,
    resumeAt: 'device.addForm',
  },
  'app.cameraDenied': {
    path: 'app.enrol.cameraDenied',
    surface: 'phone',
    minutes: 1,
    resumeAt: 'device.addForm',
  },
  'app.scanner': { path: 'app.enrol.scanner', surface: 'phone', minutes: 0.5, resumeAt: 'device.addForm' },
  'app.foreignScanner': {
    path: 'app.enrol.foreignScanner',
    surface: 'phone',
    minutes: 0.5,
    resumeAt: 'device.addForm',
  },
  'app.scanError': { path: 'app.enrol.scanError', surface: 'phone', minutes: 0.5, resumeAt: 'device.addForm' },
  'app.enrolPin': { surface: 'phone', minutes: 0.3, resumeAt: 'device.addForm' },
  'app.deviceInUse': { surface: 'phone', minutes: 1, resumeAt: 'device.list' },
  'app.enrolled': { surface: 'phone', minutes: 0.2, resumeAt: 'device.list' },
  'pin.settings': { surface: 'phone', minutes: 0.3 },
  'pin.credentials': { surface: 'phone', minutes: 1 },
  'pin.new': { surface: 'phone', minutes: 0.5, resumeAt: 'pin.credentials' },
  'pin.changed': { surface: 'phone', minutes: 0.2, terminal: true },
  'eid.manage': { minutes: 0.3 },
  'eid.country': { minutes: 0.5 },
  // The national identity provider's own page, for the country chosen: a jump lands on the choice of country.
  'eid.national': { minutes: 2, resumeAt: 'eid.country', signsIn: 'mfa' },
  'eid.linked': { minutes: 0.2, terminal: true, establishes: ['eidLinked'] },
  'eid.failed': { minutes: 0.5 },
  'key.manage': { minutes: 0.3 },
  'key.addForm': { minutes: 0.5 },
  'key.prompt': { minutes: 0.5, resumeAt: 'key.addForm' },
  'key.added': { minutes: 0.2, terminal: true, establishes: ['keyRegistered'] },
  'key.failed': { minutes: 0.5 },
  'noSmartphone.options': { surface: 'guide', minutes: 1 },
  'recovery.options': { surface: 'guide', minutes: 1 },
  'panic.confirm': { minutes: 0.5 },
  'panic.done': { minutes: 0.3 },
} as const satisfies Record<string, StepDefinition<string>>;

export type StepId = keyof typeof definitions;

/** Every StepId, in documentation order. */
export const STEP_IDS = Object.keys(definitions) as readonly StepId[];

/** The flow a StepId belongs to: the part before the dot. */
export type FlowId = StepId extends `${infer F}.${string}` ? F : never;

/** The flows whose steps the person is on signed out. */
const SIGNED_OUT_FLOWS: readonly string[] = [
  'coach',
  'signIn',
  'register',
  'passwordReset',
  'password',
  'noSmartphone',
  'recovery',
];

export function isStepId(value: unknown): value is StepId {
  return isOneOf(STEP_IDS, value);
}

export function flowOf(stepId: StepId): FlowId {
  return stepId.slice(0, stepId.indexOf('.')) as FlowId;
}

// Every `resumeAt` names a step.
const checkedDefinitions: Readonly<Record<StepId, StepDefinition>> = definitions;

/** The StepId registry: one entry per StepId, in documentation order. */
export const STEPS: Readonly<Record<StepId, StepInfo>> = Object.fromEntries(
  STEP_IDS.map((id, order) => [
    id,
    {
      path: id,
      surface: 'pc',
      ...checkedDefinitions[id],
      id,
      flow: flowOf(id),
      order,
      signedOut: SIGNED_OUT_FLOWS.includes(flowOf(id)),
    } satisfies StepInfo,
  ]),
) as Record<StepId, StepInfo>;

export function stepInfo(stepId: StepId): StepInfo {
  return STEPS[stepId];
}

/** The step a jump or a resume actually lands on for `stepId`. */
export function resumeTarget(stepId: StepId): StepId {
  return STEPS[stepId].resumeAt ?? stepId;
}
