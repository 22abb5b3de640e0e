import type { EFFECT_FEATURES } from './coach.setup.js';
import type { Feature, Features } from './registry/features.js';
import type { EidCountry, KeyKind, SignInMethod } from './registry/choices.js';
import type { Fact } from './registry/facts.js';
import type { JourneyId } from './registry/journeys.js';
import type { StepId } from './registry/step-ids.js';
import type { WhatIfId } from './registry/what-ifs.js';
import type { RegistrationValues } from './rules/form-values.js';
import type { PersonalData } from './rules/password.rules.js';
import type { FieldError } from './rules/rule-types.js';

/** What the coach knows of an EU Login account: enough to show pages and decide on step-up. */
export interface AccountSummary {
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly devices: readonly { readonly id: string; readonly name: string }[];
  readonly keys: readonly { readonly id: string; readonly name: string; readonly kind: KeyKind }[];
  readonly eids: readonly { readonly country: EidCountry }[];
  /**
   * The account option "Always require multi-factor authentication" is on: "Password" alone is never offered,
   * not even for My Account. Absent: off.
   */
  readonly alwaysMfa?: boolean;
}

export type Permission = 'unknown' | 'allowed' | 'denied';

/** Where the EU Login app stands on the phone: absent, installed, waiting to read an enrolment QR, or linked. */
export type AppStage = 'notInstalled' | 'installed' | 'waitingForQr' | 'initialised';

/** Facts about the person's phone that change which screen the app shows. */
export interface PhoneFacts {
  readonly app: AppStage;
  readonly notifications: Permission;
  readonly camera: Permission;
  /** Secured by a PIN, pattern or fingerprint: the app refuses to initialise otherwise. */
  readonly screenLock: boolean;
  /** The app is open on screen (a sign-in request opens directly) rather than in the background. */
  readonly appInForeground: boolean;
  readonly online: boolean;
}

export const DEFAULT_PHONE: PhoneFacts = {
  app: 'notInstalled',
  notifications: 'unknown',
  camera: 'unknown',
  screenLock: true,
  appInForeground: true,
  online: true,
};

export interface PrepareInput {
  readonly journey: JourneyId;
  readonly stepId: StepId;
  /** Facts that must hold at `stepId`. */
  readonly facts: readonly Fact[];
  readonly whatIfs: readonly WhatIfId[];
  /** The address the person has been using, if any (kept across jumps and resumes). */
  readonly email: string | null;
}

export interface PreparedWorld {
  readonly email: string;
  readonly account: AccountSummary | null;
  readonly phone: PhoneFacts;
  /** When the address is locked out (a landing on `signIn.locked`): the end of the lockout. */
  readonly lockedUntil?: number | null;
}

export type Refusal = { readonly kind: 'refused'; readonly error: FieldError };
export type LinkPurpose = 'register' | 'reset';

export type LookupOutcome = { readonly kind: 'known'; readonly account: AccountSummary } | { readonly kind: 'unknown' };
export type RegisterOutcome = { readonly kind: 'ok' } | Refusal;
export type LinkOutcome =
  | { readonly kind: 'valid'; readonly purpose: LinkPurpose; readonly email: string; readonly personal: PersonalData }
  | { readonly kind: 'expired' | 'used' | 'unknown'; readonly purpose: LinkPurpose };
export type SetPasswordOutcome = { readonly kind: 'ok'; readonly account: AccountSummary } | Refusal;
export type SignInOutcome =
  | { readonly kind: 'ok'; readonly account: AccountSummary }
  | { readonly kind: 'wrongPassword'; readonly attemptsLeft: number }
  | { readonly kind: 'locked'; readonly until: number }
  | { readonly kind: 'methodUnavailable' };
export interface PinRequest {
  readonly requestId: string;
  readonly expiresAt: number;
}
export type PinApprovalOutcome =
  | { readonly kind: 'ok' }
  | { readonly kind: 'wrongPin'; readonly attemptsLeft: number }
  | { readonly kind: 'refused' }
  | { readonly kind: 'expired' };
export interface QrChallenge {
  readonly challengeId: string;
  readonly qrPayload: string;
  readonly expiresAt: number;
}
export type QrReadOutcome =
  { readonly kind: 'code'; readonly otp: string } | { readonly kind: 'invalid' } | { readonly kind: 'notInitialised' };
/** `tooManyAttempts`: too many wrong codes for this QR code or this account (see `maxOtpAttempts`). */
export type OtpOutcome = { readonly kind: 'ok' } | { readonly kind: 'wrong' | 'used' | 'expired' | 'tooManyAttempts' };
export type KeyAssertionOutcome = { readonly kind: 'ok' } | { readonly kind: 'cancelled' | 'notRegistered' };
export interface Enrolment {
  readonly enrolmentId: string;
  /** The QR code's content, as EU Login shows it: only the EU Login app (here, the pretend one) reads it. */
  readonly qrPayload: string;
  /**
   * The same enrolment as a standard otpauth:// URI, for a rehearsal that lets the person practise with their own
   * authenticator app (an embedder's effects may leave it out). Scanning either enrols the device.
   */
  readonly authenticatorUri?: string;
  readonly expiresAt: number;
}
export type ScanOutcome = { readonly kind: 'ok' } | { readonly kind: 'invalid' | 'expired' };
export type EnrolPinOutcome =
  | { readonly kind: 'ok'; readonly account: AccountSummary }
  | { readonly kind: 'wrongPin'; readonly attemptsLeft: number }
  | { readonly kind: 'refused' | 'deviceInUse' | 'expired' };
export type CredentialOutcome =
  | { readonly kind: 'ok' }
  | { readonly kind: 'wrongPassword'; readonly attemptsLeft: number }
  | { readonly kind: 'locked'; readonly until: number };
/**
 * `notLinked`: signing in with an eID that no EU Login account has linked (EU Login would start a separate,
 * eID-only account). The eID, not the address typed earlier, says whose account it is.
 */
export type EidOutcome =
  | { readonly kind: 'ok'; readonly account: AccountSummary | null }
  | { readonly kind: 'failed' }
  | { readonly kind: 'notLinked' };
export type KeyRegistrationOutcome =
  { readonly kind: 'ok'; readonly account: AccountSummary } | { readonly kind: 'duplicate' };

/**
 * The second argument the coach passes to every effect. `signal` is aborted when the coach stops waiting for the
 * answer: the person left the step (a timer ran out, Restart, a helpdesk jump). Use it to cancel a request, or to
 * withdraw a question put to the person; an answer given after that is ignored.
 */
export interface EffectCall {
  /** The platform's `AbortSignal`: pass it on, e.g. `fetch(url, { signal: call.signal })`. */
  readonly signal: AbortSignal;
}

/**
 * Everything the coach needs from the outside world. The coach never calls a backend, reads a clock or draws a
 * random number itself: rehearsal mode passes the simulated EU Login world, guide mode passes the person's
 * answers, and an embedding portal passes its own implementation. Every method may reject; the coach then shows
 * a `form.unavailable` error on the step and lets the person try again. The exceptions have no step of their own
 * to stay on: when `prepare` rejects, the coach returns to the journey list with the notice `prepareFailed`; when
 * `startPinRequest` or `startQrChallenge` rejects, it returns to the sign-in page with `form.unavailable`.
 */
export interface CoachEffects {
  /** Arrange a world where `facts` hold, for a journey start, a helpdesk jump or a resumed save. */
  prepare(input: PrepareInput, call: EffectCall): Promise<PreparedWorld>;
  lookupAccount(input: { readonly email: string }, call: EffectCall): Promise<LookupOutcome>;
  /** A new captcha: an id and an opaque challenge for the UI to draw. */
  issueCaptcha(): Promise<{ readonly id: string; readonly challenge: string }>;
  registerAccount(
    input: RegistrationValues & { readonly captchaId: string },
    call: EffectCall,
  ): Promise<RegisterOutcome>;
  resendMail(input: { readonly email: string; readonly purpose: LinkPurpose }, call: EffectCall): Promise<void>;
  openLink(input: { readonly token: string }, call: EffectCall): Promise<LinkOutcome>;
  setPassword(
    input: { readonly token: string; readonly password: string },
    call: EffectCall,
  ): Promise<SetPasswordOutcome>;
  requestPasswordReset(
    input: {
      readonly email: string;
      readonly captcha: string;
      readonly captchaId: string;
    },
    call: EffectCall,
  ): Promise<RegisterOutcome>;
  signIn(
    input: {
      readonly email: string;
      readonly password: string;
      readonly method: SignInMethod;
    },
    call: EffectCall,
  ): Promise<SignInOutcome>;
  startPinRequest(input: { readonly email: string }, call: EffectCall): Promise<PinRequest>;
  approvePinRequest(
    input: { readonly requestId: string; readonly pin: string },
    call: EffectCall,
  ): Promise<PinApprovalOutcome>;
  startQrChallenge(input: { readonly email: string }, call: EffectCall): Promise<QrChallenge>;
  /** The phone's EU Login app reads a sign-in QR code and works out the one-time code (offline). */
  readQrChallenge(input: { readonly payload: string }, call: EffectCall): Promise<QrReadOutcome>;
  verifyOtp(input: { readonly challengeId: string; readonly otp: string }, call: EffectCall): Promise<OtpOutcome>;
  assertSecurityKey(
    input: { readonly email: string; readonly credentialId?: string },
    call: EffectCall,
  ): Promise<KeyAssertionOutcome>;
  addDevice(
    input: { readonly email: string; readonly deviceName: string; readonly pin: string },
    call: EffectCall,
  ): Promise<Enrolment>;
  /** The phone's EU Login app reads an enrolment QR code. */
  scanEnrolmentQr(
    input: { readonly enrolmentId: string; readonly payload: string },
    call: EffectCall,
  ): Promise<ScanOutcome>;
  confirmEnrolmentPin(
    input: { readonly enrolmentId: string; readonly pin: string },
    call: EffectCall,
  ): Promise<EnrolPinOutcome>;
  /** The app removes the other account it holds, so this phone can be linked to this one. */
  unlinkOtherAccount(): Promise<void>;
  deleteDevice(input: { readonly email: string; readonly deviceId: string }, call: EffectCall): Promise<AccountSummary>;
  verifyAppCredentials(
    input: { readonly email: string; readonly password: string },
    call: EffectCall,
  ): Promise<CredentialOutcome>;
  resetAppPin(input: { readonly email: string; readonly pin: string }, call: EffectCall): Promise<void>;
  completeEid(
    input: {
      readonly email: string;
      readonly country: EidCountry;
      readonly purpose: 'signIn' | 'link';
    },
    call: EffectCall,
  ): Promise<EidOutcome>;
  registerSecurityKey(
    input: {
      readonly email: string;
      readonly keyName: string;
      readonly kind: KeyKind;
      readonly credentialId?: string;
    },
    call: EffectCall,
  ): Promise<KeyRegistrationOutcome>;
  panic(input: { readonly email: string }, call: EffectCall): Promise<AccountSummary>;
}

/** The features `F` switches off (`{ eid: false }`: `'eid'`). */
export type SwitchedOff<F extends Features> = { [K in Feature]: F[K] extends false ? K : never }[Feature];

/**
 * The effects a coach with the feature switches `F` needs: `CoachEffects`, less the effects only a switched-off
 * feature needs (`EFFECT_FEATURES`), which may be left out; the machine never calls them.
 */
export type EffectsFor<F extends Features> = Omit<CoachEffects, OffEffect<F>> &
  Partial<Pick<CoachEffects, OffEffect<F>>>;
type OffEffect<F extends Features> = {
  [N in keyof typeof EFFECT_FEATURES]: (typeof EFFECT_FEATURES)[N] extends SwitchedOff<F> ? N : never;
}[keyof typeof EFFECT_FEATURES];
