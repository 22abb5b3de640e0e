import { expect } from 'vitest';
import { challengeCode } from '@eulogin-coach/simulator';
import type { WorldSnapshot } from '@eulogin-coach/simulator';
import { OTP_LENGTH, normaliseOtp } from '../../../src/rules/index.js';
import type { CoachConfig } from '../../../src/index.js';
import { codeForSecret } from '../../authenticator-app.js';
import type { Coverage } from '../coverage.js';
import type { EffectCall } from '../recorded-rehearsal.js';
import { worldBefore } from '../recorded-rehearsal.js';
import type { Check, Observation } from '../observation.js';
import { addressKey, isCall, pinOnPhone } from '../observation.js';

type Source = 'password' | 'pin' | 'otp';

/** The model of one address's failed tries: as EU Login would count them, kept for the whole rehearsal. */
interface Account {
  password: number;
  pin: number;
  otp: number;
  lockedUntil: number | null;
  /** What caused the lockout under way, and whether the world has been prepared again since. */
  lockedBy: Source | null;
  preparedSinceLock: boolean;
  /** Counts carried over a prepare (a restart, resume or jump), until the next check. */
  carried: boolean;
  /** The PIN requests the current run of wrong PINs spans. */
  pinRequests: Set<string>;
}

interface PinRequest {
  readonly account: string;
  readonly expiresAt: number;
  over: boolean;
}

interface Challenge {
  readonly account: string;
  readonly expiresAt: number;
  wrong: number;
}

const fresh = (): Account => ({
  password: 0,
  pin: 0,
  otp: 0,
  lockedUntil: null,
  lockedBy: null,
  preparedSinceLock: false,
  carried: false,
  pinRequests: new Set(),
});

function isRightPassword(world: WorldSnapshot, email: string, password: string): boolean {
  const account = world.accounts[addressKey(email)];
  return account?.status === 'active' && account.password === password;
}

/** Whether `code` is one the account's devices would produce for `challengeId` now (8 characters or 6 digits). */
function isRightCode(world: WorldSnapshot, key: string, challengeId: string, code: string, at: number): boolean {
  const devices = world.accounts[key]?.devices ?? [];
  const nonce = world.challenges[challengeId]?.nonce ?? '';
  if (code.length === OTP_LENGTH) return devices.some((d) => challengeCode(d.secret, nonce) === code);
  return devices.some((d) => [-1, 0, 1].some((step) => codeForSecret(d.secret, at + step * 30_000) === code));
}

/**
 * Failed tries, modelled independently of the world, for the whole rehearsal (a restart, a resumed save or a
 * helpdesk jump prepares a new world but forgets none of it). Wrong passwords (PC or app), wrong app PINs (across
 * sign-in requests) and wrong one-time codes (across QR codes) each count for the address; the one that reaches its
 * limit (`maxPasswordAttempts`, `maxPinAttempts`, `maxOtpAttempts`) locks the address for `lockoutMs`; while locked,
 * every password, PIN and code is refused, right or not; a right one resets its own count; a new password ends it
 * all. One QR code also takes at most `maxOtpAttempts` wrong codes. Every answer must be the model's, the coach
 * must show the lockout, and the world's ledger must match the model.
 */
export class LockoutCheck implements Check {
  private readonly model = new Map<string, Account>();
  private requests = new Map<string, PinRequest>();
  private challenges = new Map<string, Challenge>();

  constructor(
    private readonly config: CoachConfig,
    private readonly coverage: Coverage,
  ) {}

  observe(o: Observation): void {
    for (const call of o.calls) {
      if (isCall(call, 'prepare')) this.prepared(call);
      if (isCall(call, 'setPassword') && call.output?.kind === 'ok') {
        const key = addressKey(call.output.account.email);
        this.model.set(key, { ...fresh(), pinRequests: new Set() });
      }
      if (isCall(call, 'signIn')) {
        const right = isRightPassword(worldBefore(call), call.input.email, call.input.password);
        const outcome = this.checkPassword(call, right);
        if (call.output?.kind === 'locked') {
          expect(o.viewAfter.stepId).toBe('signIn.locked');
          expect(o.viewAfter.data.lockedUntil).toBe(call.output.until);
        }
        if (outcome === 'ok') expect(['ok', 'methodUnavailable']).toContain(call.output?.kind);
      }
      if (isCall(call, 'verifyAppCredentials')) {
        const before = worldBefore(call);
        const held = before.phone.links.some((l) => l.email === addressKey(call.input.email));
        const outcome = this.checkPassword(
          call,
          held && isRightPassword(before, call.input.email, call.input.password),
        );
        if (call.output?.kind === 'locked') {
          expect(o.viewAfter.stepId).toBe('pin.credentials');
          expect(o.viewAfter.errorFor('password')?.rule).toBe('tooManyAttempts');
        }
        if (outcome === 'ok') expect(call.output?.kind).toBe('ok');
      }
      if (isCall(call, 'startPinRequest') && call.output) {
        const { requestId, expiresAt } = call.output;
        this.requests.set(requestId, { account: addressKey(call.input.email), expiresAt, over: false });
      }
      if (isCall(call, 'approvePinRequest')) this.approve(call, o);
      if (isCall(call, 'startQrChallenge') && call.output) {
        const { challengeId, expiresAt } = call.output;
        this.challenges.set(challengeId, { account: addressKey(call.input.email), expiresAt, wrong: 0 });
      }
      if (isCall(call, 'verifyOtp')) this.verify(call, o);
    }
    this.compareWithWorld(o.worldAfter);
  }

  /** A new world: requests and QR codes start again, failed tries and lockouts do not. */
  private prepared(call: EffectCall<'prepare'>): void {
    this.requests = new Map();
    this.challenges = new Map();
    for (const account of this.model.values()) {
      if (account.lockedUntil !== null) account.preparedSinceLock = true;
      if (account.password + account.pin + account.otp > 0) account.carried = true;
    }
    // Landing on the lockout page locks the address, unless a lockout is already under way.
    const key = addressKey(call.output?.email ?? '');
    if (call.input.stepId === 'signIn.locked' && call.output) {
      const account = this.current(key, call.at);
      if (account.lockedUntil === null) this.lock(account, call.at, 'password');
      expect(call.output.lockedUntil).toBe(account.lockedUntil);
    }
  }

  /** The model for `key` at `at`: a lockout that has run out is gone, with the counts that led to it. */
  private current(key: string, at: number): Account {
    let account = this.model.get(key) ?? fresh();
    if (account.lockedUntil !== null && at >= account.lockedUntil) account = fresh();
    this.model.set(key, account);
    return account;
  }

  private lock(account: Account, at: number, source: Source): void {
    Object.assign(account, fresh(), { lockedUntil: at + this.config.lockoutMs, lockedBy: source });
  }

  /** Hits for a try refused by a lockout; the try's own count is not touched. */
  private whileLocked(account: Account): void {
    if (account.lockedBy !== 'password') this.coverage.hit('lockedByPinOrCode');
    if (account.preparedSinceLock) this.coverage.hit('lockHeldAcrossPrepare');
  }

  /** A wrong try of `source`: counts, and locks at the limit. Returns whether it locked. */
  private wrong(account: Account, source: Source, at: number, limit: number): boolean {
    if (account.carried && account[source] > 0) this.coverage.hit('countCarriedAcrossPrepare');
    account.carried = false;
    account[source] += 1;
    if (account[source] < limit) return false;
    this.lock(account, at, source);
    return true;
  }

  /** Advances the model for one password check; asserts the refusals it predicts, returns 'ok' when it accepts. */
  private checkPassword(call: EffectCall<'signIn' | 'verifyAppCredentials'>, right: boolean): 'ok' | 'refused' {
    const before = this.model.get(addressKey(call.input.email));
    const account = this.current(addressKey(call.input.email), call.at);
    const output = call.output;
    if (account.lockedUntil !== null) {
      this.coverage.hit('signInWhileLocked');
      if (right) this.coverage.hit('rightPasswordWhileLocked');
      this.whileLocked(account);
      expect(output).toEqual({ kind: 'locked', until: account.lockedUntil });
      return 'refused';
    }
    if (right) {
      if (before?.lockedUntil != null) this.coverage.hit('signInAfterLockout');
      account.password = 0;
      return 'ok';
    }
    if (this.wrong(account, 'password', call.at, this.config.maxPasswordAttempts)) {
      this.coverage.hit(call.name === 'signIn' ? 'passwordLock' : 'appCredentialsLock');
      expect(output).toEqual({ kind: 'locked', until: account.lockedUntil });
    } else {
      expect(output).toEqual({
        kind: 'wrongPassword',
        attemptsLeft: this.config.maxPasswordAttempts - account.password,
      });
    }
    return 'refused';
  }

  /** A PIN typed in the app for a sign-in request: right once and in time, limited per account across requests. */
  private approve(call: EffectCall<'approvePinRequest'>, o: Observation): void {
    const request = this.requests.get(call.input.requestId);
    if (!request || request.over || call.at >= request.expiresAt) {
      expect(call.output?.kind).not.toBe('ok');
      return;
    }
    const account = this.current(request.account, call.at);
    if (account.lockedUntil !== null) {
      this.whileLocked(account);
      request.over = true;
      expect(call.output).toEqual({ kind: 'refused' });
      return;
    }
    if (call.input.pin === pinOnPhone(worldBefore(call), request.account)) {
      expect(call.output).toEqual({ kind: 'ok' });
      request.over = true;
      account.pin = 0;
      account.pinRequests = new Set();
      return;
    }
    account.pinRequests.add(call.input.requestId);
    const across = account.pinRequests.size > 1;
    if (this.wrong(account, 'pin', call.at, this.config.maxPinAttempts)) {
      this.coverage.hit('pinRequestLock');
      if (across) this.coverage.hit('pinLockAcrossRequests');
      request.over = true;
      expect(call.output).toEqual({ kind: 'refused' });
      expect(o.viewAfter.stepId).toBe('signIn.refused');
    } else {
      expect(call.output).toEqual({ kind: 'wrongPin', attemptsLeft: this.config.maxPinAttempts - account.pin });
    }
  }

  /** A one-time code typed on the PC: limited per QR code and per account (across QR codes and worlds). */
  private verify(call: EffectCall<'verifyOtp'>, o: Observation): void {
    const challenge = this.challenges.get(call.input.challengeId);
    if (!challenge || call.at >= challenge.expiresAt) {
      expect(call.output?.kind).toBe('expired');
      return;
    }
    const account = this.current(challenge.account, call.at);
    const code = normaliseOtp(call.input.otp);
    const refused = () => {
      expect(call.output).toEqual({ kind: 'tooManyAttempts' });
      expect(o.viewAfter.errorFor('otp')?.rule).toBe('tooManyAttempts');
    };
    if (account.lockedUntil !== null || challenge.wrong >= this.config.maxOtpAttempts) {
      if (account.lockedUntil !== null) this.whileLocked(account);
      this.coverage.hit('codeRefusedOverLimit');
      refused();
      return;
    }
    // Checking a code changes no device or QR code: the world after the step still holds the ones it was checked with.
    if (isRightCode(o.worldAfter, challenge.account, call.input.challengeId, code, call.at)) {
      expect(['ok', 'used']).toContain(call.output?.kind);
      if (call.output?.kind === 'ok') account.otp = 0;
      return;
    }
    challenge.wrong += 1;
    if (this.wrong(account, 'otp', call.at, this.config.maxOtpAttempts)) {
      this.coverage.hit('otpLock');
      refused();
    } else if (challenge.wrong >= this.config.maxOtpAttempts) {
      refused();
    } else {
      expect(call.output).toEqual({ kind: 'wrong' });
    }
  }

  /** The world's ledger counts as the model does, and never past the configured numbers. */
  private compareWithWorld(world: WorldSnapshot): void {
    const ledger = world.ledger.accounts;
    for (const key of new Set([...this.model.keys(), ...Object.keys(ledger)])) {
      const model = this.model.get(key) ?? fresh();
      const expired = model.lockedUntil !== null && world.now >= model.lockedUntil;
      const inWorld = ledger[key];
      // The world forgets an expired lockout when the address is next checked; the model may have done so first.
      if (inWorld?.lockedUntil != null && world.now >= inWorld.lockedUntil) continue;
      const m = expired ? fresh() : model;
      const w = inWorld ?? { passwordFailures: 0, pinFailures: 0, otpFailures: 0, lockedUntil: null };
      expect({
        key,
        password: w.passwordFailures,
        pin: w.pinFailures,
        otp: w.otpFailures,
        until: w.lockedUntil,
      }).toEqual({ key, password: m.password, pin: m.pin, otp: m.otp, until: m.lockedUntil });
      expect(w.passwordFailures).toBeLessThan(this.config.maxPasswordAttempts);
      expect(w.pinFailures).toBeLessThan(this.config.maxPinAttempts);
      expect(w.otpFailures).toBeLessThan(this.config.maxOtpAttempts);
    }
  }
}
