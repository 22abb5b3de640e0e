import type { CoachConfig } from './config.js';
import type { AccountSummary, Enrolment, LinkPurpose, PhoneFacts, PinRequest, QrChallenge } from './effects.types.js';
import type { EidCountry, KeyKind, SignInMethod } from './registry/choices.js';
import type { AfterAuth, JourneyId } from './registry/journeys.js';
import type { StepId } from './registry/step-ids.js';
import type { WhatIfId } from './registry/what-ifs.js';
import type {
  AppCredentialValues,
  DeviceValues,
  KeyValues,
  NewPasswordValues,
  NewPinValues,
  RegistrationValues,
  ResetRequestValues,
} from './rules/form-values.js';
import type { FieldError } from './rules/rule-types.js';
import type { SavedProgress } from './persist/saved-progress.js';

/** A coach-level remark on the current step, for the guide panel (texts in the content package). */
export type NoticeCode =
  | 'stepUpRequired'
  | 'mailResent'
  | 'deviceDeleted'
  | 'otherAccountUnlinked'
  | 'passwordChanged'
  | 'prepareFailed'
  | 'resumed'
  | 'jumped';

/** What the person has typed, per form. Kept across errors and Back so nothing typed is lost. */
export interface FormValues {
  readonly signInEmail: string;
  readonly signIn: { readonly password: string; readonly method: SignInMethod };
  readonly register: RegistrationValues;
  readonly newPassword: NewPasswordValues;
  readonly resetRequest: ResetRequestValues;
  readonly device: DeviceValues;
  readonly enrolPin: string;
  readonly approvePin: string;
  readonly otp: string;
  readonly key: KeyValues;
  readonly country: string;
  readonly appCredentials: AppCredentialValues;
  readonly newPin: NewPinValues;
}

/** Where the person is in the coach itself: the journey, the position on it, the what-ifs, Back's trail. */
export interface Navigation {
  readonly journey: JourneyId | null;
  /**
   * The furthest position reached on the journey's path (or where a jump landed); the current step's position is
   * derived from it (see `journeyIndexAt`).
   */
  readonly journeyIndex: number;
  /** The what-ifs the person chose. */
  readonly whatIfs: readonly WhatIfId[];
  /** A condition the last jump or resume switched on to explain its landing (see `JumpPlan.detour`). */
  readonly detour: WhatIfId | null;
  /** Steps left, most recent last (bounded), for Back. */
  readonly history: readonly StepId[];
  /** Where a jump, resume or Back is heading. */
  readonly target: StepId | null;
}

/** What EU Login (or the app) has issued for the task under way. */
export interface Issued {
  readonly captcha: { readonly id: string; readonly challenge: string } | null;
  readonly link: { readonly purpose: LinkPurpose; readonly token: string; readonly email: string } | null;
  readonly enrolment: Enrolment | null;
  readonly pinRequest: PinRequest | null;
  readonly challenge: QrChallenge | null;
  /** The one-time code the phone shows after reading a sign-in QR code. */
  readonly otp: string | null;
}

/** What the task under way is about: which mail link, which eID use and country, which key, which device. */
export interface Task {
  readonly linkPurpose: LinkPurpose;
  readonly eidPurpose: 'signIn' | 'link';
  readonly eidCountry: EidCountry | null;
  readonly keyKind: KeyKind;
  readonly pendingDeviceId: string | null;
}

/**
 * The machine's context. Its top level is kept to a few groups on purpose: XState copies the context with
 * `Object.assign` on every `assign`, and V8 turns a copy with more than about 19 properties into a slow
 * dictionary object, which made every update five times dearer (see docs/architecture.md).
 */
export interface CoachContext {
  readonly config: CoachConfig;
  readonly nav: Navigation;
  /** The e-mail address of the account being used. */
  readonly email: string;
  readonly account: AccountSummary | null;
  readonly auth: 'none' | 'password' | 'mfa';
  readonly afterAuth: AfterAuth;
  readonly lockedUntil: number | null;
  readonly personal: { readonly firstName?: string; readonly lastName?: string };
  readonly phone: PhoneFacts;
  readonly forms: FormValues;
  readonly errors: readonly FieldError[];
  readonly notice: NoticeCode | null;
  readonly issued: Issued;
  readonly task: Task;
}

export interface CoachInput {
  readonly config?: Partial<CoachConfig>;
}

export type RecoverySituation = 'otherFactor' | 'noFactor';
export type NoSmartphoneOption = 'tablet' | 'securityKey' | 'trustedPlatform';
export type AccountPage = 'devices' | 'eids' | 'keys' | 'panic';

/** Events, named `source.verb`: what the person, the mailbox, the phone or the helpdesk did. */
export type CoachEvent =
  | { type: 'coach.chooseJourney'; journey: JourneyId; whatIfs?: readonly WhatIfId[] }
  | { type: 'coach.restart' }
  | { type: 'coach.back' }
  | { type: 'coach.resume'; progress: SavedProgress }
  | { type: 'helpdesk.jumpTo'; stepId: StepId }
  | { type: 'user.submitEmail'; email: string }
  | { type: 'user.createAccount' }
  | { type: 'user.useDifferentEmail' }
  | { type: 'user.signInWithEid' }
  | { type: 'user.submitSignIn'; password: string; method: SignInMethod }
  | { type: 'user.lostPassword' }
  | { type: 'user.lostPhone' }
  | { type: 'user.tryAgain' }
  | { type: 'user.chooseOtherMethod' }
  | { type: 'user.submitOtp'; otp: string }
  | { type: 'user.touchKey'; credentialId?: string }
  | { type: 'user.cancelPrompt' }
  | { type: 'user.continue' }
  | { type: 'user.signOut' }
  | { type: 'user.submitRegistration'; values: RegistrationValues }
  /** Draw a new captcha; `values` carries what is typed in the form so far, which is kept. */
  | { type: 'user.refreshCaptcha'; values?: Partial<RegistrationValues> }
  | { type: 'user.cancel' }
  | { type: 'user.confirm' }
  | { type: 'user.back' }
  | { type: 'user.resendMail' }
  | { type: 'user.registerAgain' }
  | { type: 'user.submitNewPassword'; values: NewPasswordValues }
  | { type: 'user.submitResetRequest'; values: ResetRequestValues }
  | { type: 'user.openPage'; page: AccountPage }
  | { type: 'user.addDevice' }
  | { type: 'user.deleteDevice'; deviceId: string }
  | { type: 'user.submitDevice'; values: DeviceValues }
  | { type: 'user.linkEid' }
  | { type: 'user.chooseCountry'; country: string }
  | { type: 'user.eidAuthenticate' }
  | { type: 'user.eidCancel' }
  | { type: 'user.addKey' }
  | { type: 'user.submitKey'; values: KeyValues }
  | { type: 'user.noSmartphone' }
  | { type: 'user.chooseAlternative'; option: NoSmartphoneOption }
  | { type: 'user.chooseRecovery'; situation: RecoverySituation }
  | { type: 'mail.linkOpened'; token: string }
  | { type: 'phone.installApp' }
  | { type: 'phone.allowNotifications' }
  | { type: 'phone.denyNotifications' }
  | { type: 'phone.tapInitialise' }
  | { type: 'phone.setScreenLock' }
  | { type: 'phone.tapNext' }
  | { type: 'phone.allowCamera' }
  | { type: 'phone.denyCamera' }
  | { type: 'phone.scan'; payload: string }
  | { type: 'phone.scanWithCameraApp' }
  | { type: 'phone.openApp' }
  | { type: 'phone.tryAgain' }
  | { type: 'phone.submitPin'; pin: string }
  | { type: 'phone.unlinkOtherAccount' }
  | { type: 'phone.continue' }
  | { type: 'phone.openNotification' }
  | { type: 'phone.decline' }
  | { type: 'phone.forgotPin' }
  | { type: 'phone.submitCredentials'; values: AppCredentialValues }
  | { type: 'phone.submitNewPin'; values: NewPinValues }
  | { type: 'phone.setForeground'; foreground: boolean }
  | { type: 'phone.setOnline'; online: boolean };

export type CoachEventType = CoachEvent['type'];

/** The event of one type, with what it carries: `EventOf<'user.submitEmail'>` is `{ type; email }`. */
export type EventOf<T extends CoachEventType> = Extract<CoachEvent, { type: T }>;
