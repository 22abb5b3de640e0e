import type { Fact } from './facts.js';
import type { FlowId, StepId } from './step-ids.js';
import { STEP_IDS, flowOf } from './step-ids.js';

/** Where the person acts at a step: the PC browser, the phone, the mailbox, or the coach itself. */
export type Surface = 'pc' | 'phone' | 'mail' | 'guide';

export interface StepDefinition {
  /** The state path below the machine root (dot-separated). */
  readonly path: string;
  readonly surface: Surface;
  /** Typical minutes a person spends here; weights progress and the time-left estimate. */
  readonly minutes: number;
  /**
   * Where a helpdesk jump or a resumed save lands when this step shows live data (a QR code, a pending request)
   * that cannot be recreated out of thin air. Absent: the step itself can be jumped to.
   */
  readonly resumeAt?: StepId;
  /** Facts that are true once the person has passed this step. */
  readonly establishes?: readonly Fact[];
  /** A step where a journey can end well: nothing more needs doing. */
  readonly terminal?: boolean;
}

export interface StepInfo extends StepDefinition {
  readonly id: StepId;
  readonly flow: FlowId;
  /** Position in the documentation order, from 0. */
  readonly order: number;
}

const definitions: Record<StepId, StepDefinition> = {
  'coach.journeys': { path: 'journeys', surface: 'guide', minutes: 0.5 },
  'signIn.email': { path: 'signIn.email', surface: 'pc', minutes: 0.5 },
  'signIn.userNotFound': { path: 'signIn.userNotFound', surface: 'pc', minutes: 0.5 },
  'signIn.password': { path: 'signIn.password', surface: 'pc', minutes: 0.5 },
  'signIn.locked': { path: 'signIn.locked', surface: 'pc', minutes: 1 },
  'signIn.pinWait': { path: 'signIn.appPin.waiting', surface: 'phone', minutes: 0.5, resumeAt: 'signIn.password' },
  'signIn.appNotification': {
    path: 'signIn.appPin.notification',
    surface: 'phone',
    minutes: 0.3,
    resumeAt: 'signIn.password',
  },
  'signIn.appPin': { path: 'signIn.appPin.pinEntry', surface: 'phone', minutes: 0.5, resumeAt: 'signIn.password' },
  'signIn.refused': { path: 'signIn.refused', surface: 'pc', minutes: 0.5 },
  'signIn.qrScan': { path: 'signIn.appQr.scan', surface: 'phone', minutes: 0.5, resumeAt: 'signIn.password' },
  'signIn.qrCode': { path: 'signIn.appQr.code', surface: 'pc', minutes: 0.5, resumeAt: 'signIn.password' },
  'signIn.securityKey': { path: 'signIn.securityKey', surface: 'pc', minutes: 0.3, resumeAt: 'signIn.password' },
  'signIn.expired': { path: 'signIn.expired', surface: 'pc', minutes: 0.3 },
  'signIn.done': { path: 'signIn.done', surface: 'pc', minutes: 0, terminal: true, establishes: ['signedIn'] },
  'register.form': { path: 'register.form', surface: 'pc', minutes: 3 },
  'register.mailSent': {
    path: 'register.mailSent',
    surface: 'mail',
    minutes: 3,
    establishes: ['accountRegistered'],
  },
  'register.linkExpired': { path: 'register.linkExpired', surface: 'pc', minutes: 0.5 },
  'password.set': { path: 'password.set', surface: 'pc', minutes: 1.5, resumeAt: 'signIn.email' },
  'register.done': {
    path: 'register.done',
    surface: 'pc',
    minutes: 0.3,
    terminal: true,
    establishes: ['passwordSet', 'signedIn'],
  },
  'passwordReset.request': { path: 'passwordReset.request', surface: 'pc', minutes: 1 },
  'passwordReset.mailSent': { path: 'passwordReset.mailSent', surface: 'mail', minutes: 3 },
  'passwordReset.linkExpired': { path: 'passwordReset.linkExpired', surface: 'pc', minutes: 0.5 },
  'passwordReset.done': { path: 'passwordReset.done', surface: 'pc', minutes: 0.3, terminal: true },
  'account.home': { path: 'account.home', surface: 'pc', minutes: 0.5 },
  'device.list': { path: 'device.list', surface: 'pc', minutes: 0.5 },
  'device.addForm': { path: 'device.addForm', surface: 'pc', minutes: 1.5 },
  'device.qrShown': { path: 'device.enrol.live.qrShown', surface: 'phone', minutes: 0.3, resumeAt: 'device.addForm' },
  'device.qrExpired': { path: 'device.enrol.expired', surface: 'pc', minutes: 0.3, resumeAt: 'device.addForm' },
  'device.added': {
    path: 'device.added',
    surface: 'pc',
    minutes: 0.3,
    terminal: true,
    establishes: ['deviceEnrolled'],
  },
  'device.deleteConfirm': { path: 'device.deleteConfirm', surface: 'pc', minutes: 0.5, resumeAt: 'device.list' },
  'app.install': { path: 'app.install', surface: 'phone', minutes: 2, establishes: ['appInstalled'] },
  'app.notifications': { path: 'app.notifications', surface: 'phone', minutes: 0.3 },
  'app.notificationsDenied': { path: 'app.notificationsDenied', surface: 'phone', minutes: 1 },
  'app.welcome': { path: 'app.welcome', surface: 'phone', minutes: 0.3, establishes: ['appReady'] },
  'app.noScreenLock': { path: 'app.noScreenLock', surface: 'phone', minutes: 2 },
  'app.cameraPermission': {
    path: 'device.enrol.live.cameraPermission',
    surface: 'phone',
    minutes: 0.2,
    resumeAt: 'device.addForm',
  },
  'app.cameraDenied': {
    path: 'device.enrol.live.cameraDenied',
    surface: 'phone',
    minutes: 1,
    resumeAt: 'device.addForm',
  },
  'app.scanner': { path: 'device.enrol.live.scanner', surface: 'phone', minutes: 0.5, resumeAt: 'device.addForm' },
  'app.foreignScanner': {
    path: 'device.enrol.live.foreignScanner',
    surface: 'phone',
    minutes: 0.5,
    resumeAt: 'device.addForm',
  },
  'app.scanError': { path: 'device.enrol.live.scanError', surface: 'phone', minutes: 0.5, resumeAt: 'device.addForm' },
  'app.enrolPin': { path: 'device.enrol.pin', surface: 'phone', minutes: 0.3, resumeAt: 'device.addForm' },
  'app.deviceInUse': { path: 'device.enrol.deviceInUse', surface: 'phone', minutes: 1, resumeAt: 'device.list' },
  'app.enrolled': { path: 'device.enrol.enrolled', surface: 'phone', minutes: 0.2, resumeAt: 'device.list' },
  'pin.settings': { path: 'pin.settings', surface: 'phone', minutes: 0.3 },
  'pin.credentials': { path: 'pin.credentials', surface: 'phone', minutes: 1 },
  'pin.new': { path: 'pin.new', surface: 'phone', minutes: 0.5, resumeAt: 'pin.credentials' },
  'pin.changed': { path: 'pin.changed', surface: 'phone', minutes: 0.2, terminal: true },
  'eid.manage': { path: 'eid.manage', surface: 'pc', minutes: 0.3 },
  'eid.country': { path: 'eid.country', surface: 'pc', minutes: 0.5 },
  'eid.national': { path: 'eid.national', surface: 'pc', minutes: 2 },
  'eid.linked': { path: 'eid.linked', surface: 'pc', minutes: 0.2, terminal: true, establishes: ['eidLinked'] },
  'eid.failed': { path: 'eid.failed', surface: 'pc', minutes: 0.5 },
  'key.manage': { path: 'key.manage', surface: 'pc', minutes: 0.3 },
  'key.addForm': { path: 'key.addForm', surface: 'pc', minutes: 0.5 },
  'key.prompt': { path: 'key.prompt', surface: 'pc', minutes: 0.5, resumeAt: 'key.addForm' },
  'key.added': { path: 'key.added', surface: 'pc', minutes: 0.2, terminal: true, establishes: ['keyRegistered'] },
  'key.failed': { path: 'key.failed', surface: 'pc', minutes: 0.5 },
  'noSmartphone.options': { path: 'noSmartphone.options', surface: 'guide', minutes: 1 },
  'recovery.options': { path: 'recovery.options', surface: 'guide', minutes: 1 },
  'panic.confirm': { path: 'panic.confirm', surface: 'pc', minutes: 0.5 },
  'panic.done': { path: 'panic.done', surface: 'pc', minutes: 0.3 },
};

/** The StepId registry: one entry per StepId, in documentation order. */
export const STEPS: Readonly<Record<StepId, StepInfo>> = Object.fromEntries(
  STEP_IDS.map((id, order) => [id, { ...definitions[id], id, flow: flowOf(id), order }]),
) as Record<StepId, StepInfo>;

export function stepInfo(stepId: StepId): StepInfo {
  return STEPS[stepId];
}

/** The step a jump or a resume actually lands on for `stepId`. */
export function resumeTarget(stepId: StepId): StepId {
  return STEPS[stepId].resumeAt ?? stepId;
}

const stepByPath = new Map<string, StepId>(STEP_IDS.map((id) => [STEPS[id].path, id]));

/** The StepId of the deepest registered state among dot-separated state paths (e.g. from a snapshot). */
export function stepIdForPaths(paths: readonly string[]): StepId | undefined {
  let best: StepId | undefined;
  let bestDepth = -1;
  for (const path of paths) {
    const id = stepByPath.get(path);
    const depth = path.split('.').length;
    if (id && depth > bestDepth) {
      best = id;
      bestDepth = depth;
    }
  }
  return best;
}
