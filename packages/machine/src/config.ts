import type { Features } from './registry/features.js';

/**
 * Numbers that shape the flows. EU Login publishes only some of them; the others are assumed defaults
 * (marked ASSUMED) from the research, documented in docs/flows.md, and can be overridden.
 */
export interface CoachConfig {
  /** Minimum password length. EU Login: 10. */
  readonly passwordMinLength: number;
  /** Wrong passwords in a row before sign-in is refused for a while. ASSUMED: 5. */
  readonly maxPasswordAttempts: number;
  /** How long sign-in stays refused after too many wrong passwords, app PINs or one-time codes. ASSUMED: 15 minutes. */
  readonly lockoutMs: number;
  /**
   * Wrong app PINs in a row before a sign-in request is refused and sign-in locked for `lockoutMs` (counted per
   * account across requests), or an enrolment is refused. ASSUMED: 5.
   */
  readonly maxPinAttempts: number;
  /**
   * Wrong one-time codes before a sign-in QR code is refused; as many in a row for one account (across QR codes)
   * lock sign-in for `lockoutMs`. ASSUMED: 5.
   */
  readonly maxOtpAttempts: number;
  /** How long the enrolment QR code on the PC stays valid. ASSUMED: 5 minutes. */
  readonly enrolmentQrTtlMs: number;
  /** How long the PC waits for the app to approve a PIN sign-in. ASSUMED: 120 seconds. */
  readonly pinRequestTtlMs: number;
  /** How long a sign-in QR challenge and its one-time code stay valid. ASSUMED: 5 minutes. */
  readonly qrChallengeTtlMs: number;
  /** How long a confirmation or reset link stays valid. ASSUMED: 90 minutes (the only figure found). */
  readonly linkTtlMs: number;
  /** Longest delay before a mail arrives. EU Login: up to 20 minutes. */
  readonly maxMailDelayMs: number;
  /** Minimum time between two password changes. EU Login: 24 hours. */
  readonly passwordChangeIntervalMs: number;
  /** Whether one app may hold several accounts. The FAQ says one account per device: false. */
  readonly multiAccount: boolean;
  /** Whether the service being signed in to needs a second factor (Europass does). */
  readonly serviceRequiresMfa: boolean;
  /**
   * The parts of EU Login switched off, e.g. `{ eid: false }`: their journeys, sign-in methods and pages are never
   * offered, the events leading there are refused (`can()` is false), and jumps, resumes and share codes into them
   * are refused. Pass the same object to `createCoachLogic`, which then lets their effects be left out. Default: all on.
   */
  readonly features: Features;
}

const MINUTE = 60_000;

export const DEFAULT_CONFIG: CoachConfig = {
  passwordMinLength: 10,
  maxPasswordAttempts: 5,
  lockoutMs: 15 * MINUTE,
  maxPinAttempts: 5,
  maxOtpAttempts: 5,
  enrolmentQrTtlMs: 5 * MINUTE,
  pinRequestTtlMs: 2 * MINUTE,
  qrChallengeTtlMs: 5 * MINUTE,
  linkTtlMs: 90 * MINUTE,
  maxMailDelayMs: 20 * MINUTE,
  passwordChangeIntervalMs: 24 * 60 * MINUTE,
  multiAccount: false,
  serviceRequiresMfa: true,
  features: {},
};

/** The config with `overrides` applied. */
export function resolveConfig(overrides?: Partial<CoachConfig>): CoachConfig {
  return { ...DEFAULT_CONFIG, ...overrides };
}
