import type {
  AccountSummary,
  CoachEvent,
  GuideAnswer,
  GuideQuestionEffect,
  KeyKind,
  SignInMethod,
  StepId,
  WhatIfId,
} from '@eulogin-coach/machine';
import {
  GUIDE_PLACEHOLDERS as P,
  PLACEHOLDER_CREDENTIALS,
  PLACEHOLDER_DEVICE,
  PLACEHOLDER_NEW_PASSWORD,
  PLACEHOLDER_NEW_PIN,
  PLACEHOLDER_REGISTRATION,
  PLACEHOLDER_RESET_REQUEST,
  placeholderKey,
} from './guide-placeholders.js';

/** What an action needs to know about the coach: the step, its sign-in methods, the account and key kind. */
export interface GuideActionInput {
  readonly stepId: StepId;
  readonly methods: readonly SignInMethod[];
  readonly preferredMethod: SignInMethod;
  readonly account: AccountSummary | null;
  readonly keyKind: KeyKind;
}

/**
 * Something the person does (or sees happen) on the real EU Login, as the coach's events. An action that asks a
 * question (`asks`) is offered as one choice per outcome: the person presses the real button and says what the page
 * shows, in one click.
 */
export interface GuideActionDefinition {
  /** The events, in order; null when the action does not apply here (no device to delete). */
  readonly events: (input: GuideActionInput) => readonly CoachEvent[] | null;
  /** Offered only on these steps; absent: wherever the coach accepts every event (`can`). */
  readonly at?: readonly StepId[];
  /** The question the coach asks once the events are sent. */
  readonly asks?: GuideQuestionEffect;
  /** Only these outcomes of the question (absent: all of them). */
  readonly answers?: readonly string[];
  /** The what-if this action reports, per step (`'*'`: on every step it is offered on). */
  readonly whatIf?: Partial<Record<StepId | '*', WhatIfId>>;
}

const send =
  (...events: CoachEvent[]) =>
  () =>
    events;
const signIn =
  (method: SignInMethod, ...before: CoachEvent[]) =>
  (input: GuideActionInput) =>
    input.methods.includes(method)
      ? [...before, { type: 'user.submitSignIn' as const, password: P.password, method }]
      : null;
const jump = (stepId: StepId) => send({ type: 'helpdesk.jumpTo', stepId });
const report = () => [];
const foreground = (foreground: boolean): CoachEvent => ({ type: 'phone.setForeground', foreground });
const online = (on: boolean): CoachEvent => ({ type: 'phone.setOnline', online: on });

/**
 * Every action guide mode offers, in the order shown. The coach decides where each is on offer (`can`); `at` only
 * narrows the few that every step would accept (a helpdesk jump, a report, a phone switch).
 */
export const GUIDE_ACTIONS = {
  // Sign in
  submitEmail: { events: send({ type: 'user.submitEmail', email: P.email }), asks: 'lookupAccount' },
  signInAppPin: {
    events: signIn('appPin', online(true), foreground(true)),
    at: ['signIn.password'],
    asks: 'signIn',
    answers: ['ok'],
  },
  signInAppPinNotification: {
    events: signIn('appPin', online(true), foreground(false)),
    at: ['signIn.password'],
    asks: 'signIn',
    answers: ['ok'],
    whatIf: { '*': 'appInBackground' },
  },
  signInAppQr: { events: signIn('appQr'), at: ['signIn.password'], asks: 'signIn', answers: ['ok'] },
  signInSecurityKey: { events: signIn('securityKey'), at: ['signIn.password'], asks: 'signIn', answers: ['ok'] },
  signInPassword: { events: signIn('password'), at: ['signIn.password'], asks: 'signIn', answers: ['ok'] },
  signInRefused: {
    events: (input) => signIn(input.preferredMethod)(input),
    at: ['signIn.password'],
    asks: 'signIn',
    answers: ['wrongPassword', 'locked', 'methodUnavailable'],
  },
  signInAppPinWaiting: {
    events: signIn('appPin', online(false)),
    at: ['signIn.password'],
    asks: 'signIn',
    answers: ['ok'],
    whatIf: { '*': 'phoneOffline' },
  },
  nothingArrived: { events: jump('signIn.expired'), at: ['signIn.pinWait'], whatIf: { '*': 'phoneOffline' } },
  noPasswordOption: { events: report, at: ['signIn.password'], whatIf: { '*': 'alwaysMfa' } },
  appOpened: { events: send(online(true), foreground(true)), at: ['signIn.pinWait'] },
  notificationOnly: {
    events: send(foreground(false), online(true)),
    at: ['signIn.pinWait'],
    whatIf: { '*': 'appInBackground' },
  },
  openNotification: { events: send({ type: 'phone.openNotification' }) },
  submitApprovePin: {
    events: send({ type: 'phone.submitPin', pin: P.pin }),
    at: ['signIn.appPin'],
    asks: 'approvePinRequest',
  },
  scanSignInQr: { events: send({ type: 'phone.scan', payload: '' }), at: ['signIn.qrScan'], asks: 'readQrChallenge' },
  submitOtp: { events: send({ type: 'user.submitOtp', otp: P.otp }), at: ['signIn.qrCode'], asks: 'verifyOtp' },
  touchKeySignIn: {
    events: send({ type: 'user.touchKey' }),
    at: ['signIn.securityKey'],
    asks: 'assertSecurityKey',
  },
  requestExpired: {
    events: jump('signIn.expired'),
    at: ['signIn.pinWait', 'signIn.appNotification'],
    whatIf: { '*': 'requestExpired' },
  },
  forgotPin: {
    events: send({ type: 'phone.forgotPin' }),
    whatIf: { 'signIn.appPin': 'forgotPin' },
  },
  lostPassword: {
    events: send({ type: 'user.lostPassword' }),
    whatIf: {
      'signIn.password': 'forgotPassword',
      'signIn.locked': 'forgotPassword',
      'register.form': 'emailAlreadyRegistered',
    },
  },
  lostPhone: { events: send({ type: 'user.lostPhone' }), whatIf: { '*': 'lostPhone' } },
  appReinstalled: {
    events: send({ type: 'user.lostPhone' }),
    at: ['signIn.password', 'signIn.pinWait'],
    whatIf: { '*': 'appReinstalled' },
  },
  chooseOtherMethod: { events: send({ type: 'user.chooseOtherMethod' }) },
  createAccount: { events: send({ type: 'user.createAccount' }) },
  signInWithEid: { events: send({ type: 'user.signInWithEid' }) },
  useDifferentEmail: { events: send({ type: 'user.useDifferentEmail' }) },
  // Registration, mails and passwords
  submitRegistration: {
    events: send({ type: 'user.submitRegistration', values: PLACEHOLDER_REGISTRATION }),
    asks: 'registerAccount',
  },
  mistypedEmail: { events: report, at: ['register.form'], whatIf: { '*': 'mistypedEmail' } },
  submitResetRequest: {
    events: send({ type: 'user.submitResetRequest', values: PLACEHOLDER_RESET_REQUEST }),
    asks: 'requestPasswordReset',
  },
  openLink: { events: send({ type: 'mail.linkOpened', token: P.token }), asks: 'openLink' },
  mailInSpam: {
    events: report,
    at: ['register.mailSent', 'passwordReset.mailSent'],
    whatIf: { '*': 'mailInSpam' },
  },
  mailDelayed: {
    events: report,
    at: ['register.mailSent', 'passwordReset.mailSent'],
    whatIf: { '*': 'mailDelayed' },
  },
  registerAgain: {
    events: send({ type: 'user.registerAgain' }),
    whatIf: { 'register.mailSent': 'mistypedEmail' },
  },
  resendMail: { events: send({ type: 'user.resendMail' }), at: ['register.linkExpired'] },
  submitNewPassword: {
    events: send({ type: 'user.submitNewPassword', values: PLACEHOLDER_NEW_PASSWORD }),
    asks: 'setPassword',
  },
  weakPassword: { events: report, at: ['password.set'], whatIf: { '*': 'weakPassword' } },
  // My Account
  openDevices: { events: send({ type: 'user.openPage', page: 'devices' }) },
  openEids: { events: send({ type: 'user.openPage', page: 'eids' }) },
  openKeys: { events: send({ type: 'user.openPage', page: 'keys' }) },
  openPanic: { events: send({ type: 'user.openPage', page: 'panic' }) },
  // The phone and the app
  addDevice: { events: send({ type: 'user.addDevice' }) },
  deleteDevice: {
    events: (input) => {
      const device = input.account?.devices[0];
      return device ? [{ type: 'user.deleteDevice', deviceId: device.id }] : null;
    },
  },
  noSmartphone: { events: send({ type: 'user.noSmartphone' }), whatIf: { '*': 'noSmartphone' } },
  installApp: { events: send({ type: 'phone.installApp' }) },
  allowNotifications: { events: send({ type: 'phone.allowNotifications' }) },
  denyNotifications: {
    events: send({ type: 'phone.denyNotifications' }),
    whatIf: { '*': 'notificationsDenied' },
  },
  tapInitialise: { events: send({ type: 'phone.tapInitialise' }) },
  noScreenLock: { events: jump('app.noScreenLock'), at: ['app.welcome'], whatIf: { '*': 'noScreenLock' } },
  setScreenLock: { events: send({ type: 'phone.setScreenLock' }) },
  submitDevice: { events: send({ type: 'user.submitDevice', values: PLACEHOLDER_DEVICE }) },
  tapNext: { events: send({ type: 'phone.tapNext' }) },
  allowCamera: { events: send({ type: 'phone.allowCamera' }) },
  denyCamera: { events: send({ type: 'phone.denyCamera' }), whatIf: { '*': 'cameraDenied' } },
  scanEnrolmentQr: {
    events: send({ type: 'phone.scan', payload: '' }),
    at: ['app.scanner'],
    asks: 'scanEnrolmentQr',
  },
  scanWithCameraApp: {
    events: send({ type: 'phone.scanWithCameraApp' }),
    whatIf: { '*': 'scannedWithCameraApp' },
  },
  openApp: { events: send({ type: 'phone.openApp' }) },
  scanAgain: { events: send({ type: 'phone.tryAgain' }) },
  submitEnrolPin: {
    events: send({ type: 'phone.submitPin', pin: P.pin }),
    at: ['app.enrolPin'],
    asks: 'confirmEnrolmentPin',
  },
  unlinkOtherAccount: { events: send({ type: 'phone.unlinkOtherAccount' }) },
  phoneContinue: { events: send({ type: 'phone.continue' }) },
  // Forgot PIN, in the app
  submitCredentials: {
    events: send({ type: 'phone.submitCredentials', values: PLACEHOLDER_CREDENTIALS }),
    asks: 'verifyAppCredentials',
  },
  submitNewPin: { events: send({ type: 'phone.submitNewPin', values: PLACEHOLDER_NEW_PIN }) },
  // eIDs and security keys
  linkEid: { events: send({ type: 'user.linkEid' }) },
  chooseCountry: { events: send({ type: 'user.chooseCountry', country: P.country }) },
  eidAuthenticate: { events: send({ type: 'user.eidAuthenticate' }), asks: 'completeEid' },
  eidCancel: { events: send({ type: 'user.eidCancel' }), whatIf: { '*': 'eidCancelled' } },
  addKey: { events: send({ type: 'user.addKey' }) },
  submitKey: { events: (input) => [{ type: 'user.submitKey', values: placeholderKey(input.keyKind) }] },
  touchKey: { events: send({ type: 'user.touchKey' }), at: ['key.prompt'], asks: 'registerSecurityKey' },
  cancelPrompt: { events: send({ type: 'user.cancelPrompt' }), whatIf: { '*': 'keyCancelled' } },
  // Alternatives and recovery
  chooseTablet: { events: send({ type: 'user.chooseAlternative', option: 'tablet' }) },
  chooseSecurityKey: { events: send({ type: 'user.chooseAlternative', option: 'securityKey' }) },
  chooseTrustedPlatform: { events: send({ type: 'user.chooseAlternative', option: 'trustedPlatform' }) },
  otherFactor: { events: send({ type: 'user.chooseRecovery', situation: 'otherFactor' }) },
  noFactor: { events: send({ type: 'user.chooseRecovery', situation: 'noFactor' }) },
  // Buttons many pages have
  confirm: { events: send({ type: 'user.confirm' }) },
  tryAgain: { events: send({ type: 'user.tryAgain' }) },
  continue: { events: send({ type: 'user.continue' }) },
  signOut: { events: send({ type: 'user.signOut' }) },
  cancel: { events: send({ type: 'user.cancel' }) },
  back: { events: send({ type: 'user.back' }) },
} as const satisfies Record<string, GuideActionDefinition>;

export type GuideActionId = keyof typeof GUIDE_ACTIONS;

export const GUIDE_ACTION_IDS = Object.keys(GUIDE_ACTIONS) as readonly GuideActionId[];

/** The what-if an outcome reports, wherever it is given. */
export const ANSWER_WHAT_IFS: { readonly [E in GuideQuestionEffect]?: Partial<Record<GuideAnswer<E>, WhatIfId>> } = {
  lookupAccount: { unknown: 'unknownEmail' },
  registerAccount: { institution: 'institutionEmail', disposable: 'disposableEmail' },
  openLink: { expired: 'linkExpired' },
  setPassword: { tooSoon: 'passwordChangedRecently' },
  signIn: { locked: 'wrongPassword' },
  approvePinRequest: { refused: 'wrongPin', expired: 'requestExpired' },
  verifyOtp: { used: 'codeReused', expired: 'requestExpired' },
  scanEnrolmentQr: { expired: 'qrExpired' },
  confirmEnrolmentPin: { refused: 'wrongPin', deviceInUse: 'deviceUsedByOtherAccount', expired: 'qrExpired' },
  verifyAppCredentials: { wrongPassword: 'wrongPassword' },
  completeEid: { failed: 'eidFailed' },
  registerSecurityKey: { duplicate: 'keyAlreadyRegistered' },
};
