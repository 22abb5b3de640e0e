import type { StepId, WhatIfId } from '@eulogin-coach/machine';

/**
 * The entries of the FAQ and symptom index, by the help centre's section, in the order shown: the source FAQ's
 * questions about two-factor authentication, the common problems callers report, and the source FAQ's Europass
 * questions. Each id is a stable anchor (a help centre links to `#<id>`): never rename one; add a new one instead.
 */
export const FAQ_ENTRIES_BY_SECTION = {
  twoFactor: [
    'why-two-factor',
    'no-confirmation-mail',
    'email-already-registered',
    'forgot-password',
    'no-smartphone',
    'get-the-app',
    'set-up-the-app',
    'one-account-per-device',
    'change-app-pin',
    'screen-lock',
    'sign-in-with-the-app',
    'find-the-qr-code',
    'qr-code-invalid',
    'already-using-eid',
    'link-eid',
  ] as const,
  problems: [
    'locked-out',
    'new-phone',
    'lost-phone',
    'app-reinstalled',
    'code-not-accepted',
    'link-expired',
    'wrong-pin',
    'no-notification',
    'request-expired',
    'qr-code-expired',
    'user-not-found',
    'new-password-refused',
    'camera-blocked',
    'password-not-offered',
    'second-factor-asked-again',
    'email-refused-at-registration',
    'security-key-problem',
    'sms-codes',
    'eid-failed',
  ] as const,
  europass: [
    'europass-templates',
    'europass-cefr',
    'europass-language-self-assessment',
    'europass-digital-skills',
    'europass-mobility',
    'europass-certificate-supplement',
    'europass-diploma-supplement',
    'europass-language-passport',
    'europass-skills-passport',
    'europass-eqf',
  ] as const,
};

/** Every entry of the index, section by section. */
export const FAQ_IDS = [
  ...FAQ_ENTRIES_BY_SECTION.twoFactor,
  ...FAQ_ENTRIES_BY_SECTION.problems,
  ...FAQ_ENTRIES_BY_SECTION.europass,
] as const;

export type FaqId = (typeof FAQ_IDS)[number];

export interface FaqLinks {
  /** The steps an entry concerns, the most useful first (a console may jump to the first). */
  readonly stepIds: readonly StepId[];
  readonly whatIfs: readonly WhatIfId[];
}

const NO_LINKS: FaqLinks = { stepIds: [], whatIfs: [] };

/** The steps and what-ifs each entry concerns (none for the Europass questions): the same in every locale. */
export const FAQ_LINKS: Readonly<Record<FaqId, FaqLinks>> = {
  'why-two-factor': { stepIds: ['register.done', 'coach.journeys'], whatIfs: [] },
  'no-confirmation-mail': {
    stepIds: ['register.mailSent', 'passwordReset.mailSent', 'register.form'],
    whatIfs: ['mailInSpam', 'mailDelayed', 'mistypedEmail'],
  },
  'email-already-registered': {
    stepIds: ['register.form', 'passwordReset.request'],
    whatIfs: ['emailAlreadyRegistered'],
  },
  'forgot-password': {
    stepIds: ['passwordReset.request', 'signIn.password', 'passwordReset.mailSent', 'password.set'],
    whatIfs: ['forgotPassword', 'wrongPassword'],
  },
  'no-smartphone': { stepIds: ['noSmartphone.options', 'key.manage', 'app.install'], whatIfs: ['noSmartphone'] },
  'get-the-app': { stepIds: ['app.install'], whatIfs: [] },
  'set-up-the-app': {
    stepIds: ['device.list', 'device.addForm', 'app.welcome', 'app.scanner', 'app.enrolPin', 'app.enrolled'],
    whatIfs: [],
  },
  'one-account-per-device': { stepIds: ['app.deviceInUse'], whatIfs: ['deviceUsedByOtherAccount'] },
  'change-app-pin': { stepIds: ['pin.settings', 'pin.credentials', 'pin.new', 'pin.changed'], whatIfs: ['forgotPin'] },
  'screen-lock': { stepIds: ['app.noScreenLock'], whatIfs: ['noScreenLock'] },
  'sign-in-with-the-app': {
    stepIds: ['signIn.password', 'signIn.pinWait', 'signIn.appNotification', 'signIn.appPin'],
    whatIfs: ['appInBackground'],
  },
  'find-the-qr-code': { stepIds: ['device.addForm', 'device.list', 'device.qrShown'], whatIfs: [] },
  'qr-code-invalid': {
    stepIds: ['app.foreignScanner', 'app.scanError', 'app.scanner'],
    whatIfs: ['scannedWithCameraApp', 'qrExpired'],
  },
  'already-using-eid': { stepIds: ['eid.linked', 'signIn.email'], whatIfs: [] },
  'link-eid': { stepIds: ['eid.manage', 'eid.country', 'eid.national'], whatIfs: [] },
  'locked-out': {
    stepIds: ['signIn.locked', 'signIn.password', 'recovery.options'],
    whatIfs: ['wrongPassword', 'alwaysMfa'],
  },
  'new-phone': { stepIds: ['recovery.options', 'device.list', 'device.deleteConfirm'], whatIfs: [] },
  'lost-phone': { stepIds: ['recovery.options', 'panic.confirm', 'panic.done'], whatIfs: ['lostPhone'] },
  'app-reinstalled': { stepIds: ['recovery.options', 'device.list'], whatIfs: ['appReinstalled'] },
  'code-not-accepted': { stepIds: ['signIn.qrCode'], whatIfs: ['codeReused'] },
  'link-expired': {
    stepIds: ['register.linkExpired', 'passwordReset.linkExpired'],
    whatIfs: ['linkExpired'],
  },
  'wrong-pin': { stepIds: ['signIn.appPin', 'signIn.refused', 'app.enrolPin'], whatIfs: ['wrongPin', 'forgotPin'] },
  'no-notification': {
    stepIds: ['signIn.pinWait', 'signIn.appNotification', 'app.notificationsDenied'],
    whatIfs: ['appInBackground', 'notificationsDenied', 'phoneOffline'],
  },
  'request-expired': { stepIds: ['signIn.expired'], whatIfs: ['requestExpired', 'phoneOffline'] },
  'qr-code-expired': { stepIds: ['device.qrExpired'], whatIfs: ['qrExpired'] },
  'user-not-found': { stepIds: ['signIn.userNotFound'], whatIfs: ['unknownEmail'] },
  'new-password-refused': { stepIds: ['password.set'], whatIfs: ['weakPassword', 'passwordChangedRecently'] },
  'camera-blocked': { stepIds: ['app.cameraDenied', 'app.cameraPermission'], whatIfs: ['cameraDenied'] },
  'password-not-offered': { stepIds: ['signIn.password'], whatIfs: ['alwaysMfa'] },
  'second-factor-asked-again': { stepIds: ['account.home'], whatIfs: ['stepUpRequired'] },
  'email-refused-at-registration': {
    stepIds: ['register.form'],
    whatIfs: ['institutionEmail', 'disposableEmail'],
  },
  'security-key-problem': {
    stepIds: ['key.prompt', 'key.failed', 'signIn.securityKey'],
    whatIfs: ['keyCancelled', 'keyAlreadyRegistered'],
  },
  'sms-codes': { stepIds: ['noSmartphone.options', 'signIn.password'], whatIfs: [] },
  'eid-failed': { stepIds: ['eid.failed', 'eid.national'], whatIfs: ['eidFailed', 'eidCancelled'] },
  'europass-templates': NO_LINKS,
  'europass-cefr': NO_LINKS,
  'europass-language-self-assessment': NO_LINKS,
  'europass-digital-skills': NO_LINKS,
  'europass-mobility': NO_LINKS,
  'europass-certificate-supplement': NO_LINKS,
  'europass-diploma-supplement': NO_LINKS,
  'europass-language-passport': NO_LINKS,
  'europass-skills-passport': NO_LINKS,
  'europass-eqf': NO_LINKS,
};

const faqIdSet: ReadonlySet<string> = new Set(FAQ_IDS);

export function isFaqId(value: unknown): value is FaqId {
  return typeof value === 'string' && faqIdSet.has(value);
}
