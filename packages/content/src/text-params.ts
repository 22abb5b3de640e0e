import type { CoachConfig } from '@eulogin-coach/machine';

/** The numbers step, what-if, notice and journey texts may quote, by placeholder name. */
// A type alias, not an interface, so a TextParams value can be passed where TemplateParams is expected.
export type TextParams = {
  /** Minimum password length. */
  readonly min: number;
  /** Wrong passwords in a row before sign-in is refused for a while (assumed). */
  readonly passwordAttempts: number;
  /** How long sign-in stays refused after that (assumed). */
  readonly lockoutMinutes: number;
  /** Wrong app PINs before a request is refused (assumed). */
  readonly pinAttempts: number;
  /** Wrong one-time codes before a QR code is refused and sign-in blocked (assumed). */
  readonly otpAttempts: number;
  /** How long the enrolment QR code stays valid (assumed). */
  readonly enrolQrMinutes: number;
  /** How long the PC waits for the app to approve a PIN sign-in (assumed). */
  readonly pinWaitSeconds: number;
  /** How long a sign-in QR code and its one-time code stay valid (assumed). */
  readonly challengeMinutes: number;
  /** How long a confirmation or reset link stays valid (assumed). */
  readonly linkMinutes: number;
  /** Longest delay before a mail arrives. */
  readonly mailMinutes: number;
  /** Minimum time between two password changes. */
  readonly changeHours: number;
};

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The placeholder values for a coach config, so texts follow an embedder's own numbers. */
export function textParams(config: CoachConfig): TextParams {
  return {
    min: config.passwordMinLength,
    passwordAttempts: config.maxPasswordAttempts,
    lockoutMinutes: round(config.lockoutMs / MINUTE),
    pinAttempts: config.maxPinAttempts,
    otpAttempts: config.maxOtpAttempts,
    enrolQrMinutes: round(config.enrolmentQrTtlMs / MINUTE),
    pinWaitSeconds: round(config.pinRequestTtlMs / SECOND),
    challengeMinutes: round(config.qrChallengeTtlMs / MINUTE),
    linkMinutes: round(config.linkTtlMs / MINUTE),
    mailMinutes: round(config.maxMailDelayMs / MINUTE),
    changeHours: round(config.passwordChangeIntervalMs / HOUR),
  };
}

/** The placeholder names `textParams` fills. */
export const TEXT_PARAM_NAMES: readonly (keyof TextParams)[] = [
  'min',
  'passwordAttempts',
  'lockoutMinutes',
  'pinAttempts',
  'otpAttempts',
  'enrolQrMinutes',
  'pinWaitSeconds',
  'challengeMinutes',
  'linkMinutes',
  'mailMinutes',
  'changeHours',
];
