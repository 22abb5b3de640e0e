import type { CoachConfig, CoachEffects, EffectCall, EmailLanguage } from '@eulogin-coach/machine';
import { resolveConfig } from '@eulogin-coach/machine';
import { issueCaptcha } from './captcha.js';
import { addressKey } from './email-domains.js';
import {
  approvePinRequest,
  readQrChallenge,
  startPinRequest,
  startQrChallenge,
  verifyOtp,
} from './effects/app-sign-in.js';
import { resetAppPin, verifyAppCredentials } from './effects/app-settings.js';
import { addDevice, confirmEnrolmentPin, scanEnrolmentQr, unlinkOtherAccount } from './effects/enrolment.js';
import { assertSecurityKey, completeEid, deleteDevice, panic, registerSecurityKey } from './effects/factors.js';
import {
  lookupAccount,
  openLink,
  registerAccount,
  requestPasswordReset,
  resendMail,
  setPassword,
} from './effects/registration.js';
import { signIn } from './effects/sign-in.js';
import type { SimulatedMail } from './mailbox.js';
import { nextDeliveryAt, visibleMails } from './mailbox.js';
import type { Persona } from './persona.js';
import { resolvePersona } from './persona.js';
import { prepareWorld } from './prepare.js';
import { practiceDetails } from './practice-details.js';
import { createPrng, worldSeed } from './prng.js';
import type { SecurityLedger } from './security-ledger.js';
import { emptyLedger, keptLedger } from './security-ledger.js';
import type { Clock, SimContext } from './sim-context.js';
import type { WorldState } from './world-state.js';
import { emptyWorld } from './world-state.js';

export const DEFAULT_SEED = 20_250_701;

export interface SimulatedWorldOptions {
  readonly clock: Clock;
  /**
   * The real clock of the person's own phone, which a rehearsal's skips ("Wait 1 minute") do not move: a 6-digit code
   * from their own authenticator app is judged against it. Absent: `clock`.
   */
  readonly deviceClock?: Clock;
  /** Same seed, same calls, same world: tokens, codes, secrets and mail delays all come from it. */
  readonly seed?: number;
  readonly config?: Partial<CoachConfig>;
  readonly persona?: Partial<Persona>;
  /**
   * The language EU Login writes in to the accounts a journey starts with (a journey that begins signed up), asked
   * each time a world is prepared: the app passes the interface's language, as the registration form defaults to
   * it. Absent: the persona's `emailLanguage`.
   */
  readonly mailLanguage?: () => EmailLanguage;
  /**
   * Failed tries, lockouts and used codes from earlier in the same rehearsal (see `SimulatedWorld.ledger`). Check
   * data from storage with `readLedger` first. Absent: a rehearsal's start.
   */
  readonly ledger?: SecurityLedger;
}

/** A JSON copy of the whole world at one moment, for tests and debugging. */
export interface WorldSnapshot extends WorldState {
  readonly now: number;
  readonly seed: number;
  readonly ledger: SecurityLedger;
}

/**
 * The coach's effects as the simulated world offers them: a `CoachEffects`, whose call argument (the abort
 * signal) may be left out when a test or the app calls one directly; the world answers at once, so it has nothing
 * to cancel.
 */
export type SimulatedEffects = {
  readonly [K in keyof CoachEffects]: CoachEffects[K] extends () => unknown
    ? CoachEffects[K]
    : CoachEffects[K] extends (input: infer I, call: EffectCall) => infer R
      ? (input: I, call?: EffectCall) => R
      : never;
};

export interface SimulatedWorld {
  /** The coach's effects, played against this world. */
  readonly effects: SimulatedEffects;
  readonly persona: Persona;
  readonly config: CoachConfig;
  /** Mails delivered to `address` by now (inbox and spam), newest first. */
  mailbox(address: string): readonly SimulatedMail[];
  /** When the next mail on its way to `address` arrives, or null: lets the app offer to wait. */
  nextDeliveryAt(address: string): number | null;
  /** The address of the account this phone's EU Login app is on (the active one), or null. */
  appAccount(): string | null;
  /**
   * The persona with what the person chose so far (see `practiceDetails`): the account at `address` (else the
   * persona's), its password and the app PIN. What a card of practice details shows.
   */
  practiceDetails(address?: string): Persona;
  inspect(): WorldSnapshot;
  /**
   * A JSON copy of the security ledger (what `prepare` keeps for the rest of the rehearsal), without what no longer
   * matters now. Keep it with the seed to carry lockouts and used codes over to a world created later, e.g. after a
   * page reload.
   */
  ledger(): SecurityLedger;
}

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Runs `fn` now and hands back its result (or its error) as a settled promise: no timers, no waiting. */
function settle<O>(fn: () => O): Promise<O> {
  try {
    return Promise.resolve(fn());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * A deterministic, in-memory EU Login world (accounts, mailbox, a phone with the EU Login app, codes) that
 * implements the coach's effects for rehearsal. Time comes only from `clock`, chance only from `seed`.
 */
export function createSimulatedWorld(options: SimulatedWorldOptions): SimulatedWorld {
  const config = resolveConfig(options.config);
  const persona = resolvePersona(options.persona ?? {}, config);
  const seed = options.seed ?? DEFAULT_SEED;
  const ledger = copy(options.ledger ?? emptyLedger());
  // A kept lockout never lasts longer than one would from now.
  const latest = options.clock.now() + config.lockoutMs;
  for (const record of Object.values(ledger.accounts)) {
    if (record.lockedUntil !== null) record.lockedUntil = Math.min(record.lockedUntil, latest);
  }
  const ctx: SimContext = {
    clock: options.clock,
    deviceClock: options.deviceClock ?? options.clock,
    config,
    persona,
    mailLanguage: options.mailLanguage ?? (() => persona.emailLanguage),
    seed,
    state: emptyWorld(addressKey(persona.email)),
    ledger,
    prng: createPrng(worldSeed(seed, ledger.worlds)),
  };
  const on =
    <I, O>(fn: (c: SimContext, input: I) => O) =>
    (input: I): Promise<O> =>
      settle(() => fn(ctx, input));

  const effects: SimulatedEffects = {
    prepare: on(prepareWorld),
    lookupAccount: on(lookupAccount),
    issueCaptcha: () => settle(() => issueCaptcha(ctx)),
    registerAccount: on(registerAccount),
    resendMail: on(resendMail),
    openLink: on(openLink),
    setPassword: on(setPassword),
    requestPasswordReset: on(requestPasswordReset),
    signIn: on(signIn),
    startPinRequest: on(startPinRequest),
    approvePinRequest: on(approvePinRequest),
    startQrChallenge: on(startQrChallenge),
    readQrChallenge: on(readQrChallenge),
    verifyOtp: on(verifyOtp),
    assertSecurityKey: on(assertSecurityKey),
    addDevice: on(addDevice),
    scanEnrolmentQr: on(scanEnrolmentQr),
    confirmEnrolmentPin: on(confirmEnrolmentPin),
    unlinkOtherAccount: () => settle(() => unlinkOtherAccount(ctx)),
    deleteDevice: on(deleteDevice),
    verifyAppCredentials: on(verifyAppCredentials),
    resetAppPin: on(resetAppPin),
    completeEid: on(completeEid),
    registerSecurityKey: on(registerSecurityKey),
    panic: on(panic),
  };

  return {
    effects,
    persona,
    config,
    mailbox: (address) => visibleMails(ctx, address),
    nextDeliveryAt: (address) => nextDeliveryAt(ctx, address),
    appAccount() {
      const link = ctx.state.phone.links.at(-1);
      return link ? (ctx.state.accounts[link.email]?.email ?? link.email) : null;
    },
    practiceDetails: (address) => practiceDetails(ctx, address),
    inspect: () => copy({ now: ctx.clock.now(), seed, ...ctx.state, ledger }),
    ledger: () => keptLedger(ledger, ctx.clock.now()),
  };
}
