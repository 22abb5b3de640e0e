/**
 * Every state a person can be in has a stable StepId. The StepId is the spine of the project: screens, texts,
 * helpdesk scripts, share codes, tests and docs all hang off it. Never rename one; add a new one instead.
 * The order here is the documentation order.
 */
export const STEP_IDS = [
  'coach.journeys',
  'signIn.email',
  'signIn.userNotFound',
  'signIn.password',
  'signIn.locked',
  'signIn.pinWait',
  'signIn.appNotification',
  'signIn.appPin',
  'signIn.refused',
  'signIn.qrScan',
  'signIn.qrCode',
  'signIn.securityKey',
  'signIn.expired',
  'signIn.done',
  'register.form',
  'register.mailSent',
  'register.linkExpired',
  'password.set',
  'register.done',
  'passwordReset.request',
  'passwordReset.mailSent',
  'passwordReset.linkExpired',
  'passwordReset.done',
  'account.home',
  'device.list',
  'device.addForm',
  'device.qrShown',
  'device.qrExpired',
  'device.added',
  'device.deleteConfirm',
  'app.install',
  'app.notifications',
  'app.notificationsDenied',
  'app.welcome',
  'app.noScreenLock',
  'app.cameraPermission',
  'app.cameraDenied',
  'app.scanner',
  'app.foreignScanner',
  'app.scanError',
  'app.enrolPin',
  'app.deviceInUse',
  'app.enrolled',
  'pin.settings',
  'pin.credentials',
  'pin.new',
  'pin.changed',
  'eid.manage',
  'eid.country',
  'eid.national',
  'eid.linked',
  'eid.failed',
  'key.manage',
  'key.addForm',
  'key.prompt',
  'key.added',
  'key.failed',
  'noSmartphone.options',
  'recovery.options',
  'panic.confirm',
  'panic.done',
] as const;

export type StepId = (typeof STEP_IDS)[number];

/** The flow a StepId belongs to: the part before the dot. */
export type FlowId = StepId extends `${infer F}.${string}` ? F : never;

const stepIdSet: ReadonlySet<string> = new Set(STEP_IDS);

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && stepIdSet.has(value);
}

export function flowOf(stepId: StepId): FlowId {
  return stepId.slice(0, stepId.indexOf('.')) as FlowId;
}
