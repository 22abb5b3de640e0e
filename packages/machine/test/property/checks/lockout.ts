import { expect } from 'vitest';
import type { WorldSnapshot } from '@eulogin-coach/simulator';
import type { CoachConfig } from '../../../src/index.js';
import type { Coverage } from '../coverage.js';
import type { EffectCall } from '../recorded-rehearsal.js';
import { worldBefore } from '../recorded-rehearsal.js';
import type { Check, Observation } from '../observation.js';
import { addressKey, isCall } from '../observation.js';

interface Attempts {
  readonly failures: number;
  readonly lockedUntil: number | null;
}

const FRESH: Attempts = { failures: 0, lockedUntil: null };

function isRight(world: WorldSnapshot, email: string, password: string): boolean {
  const account = world.accounts[addressKey(email)];
  return account?.status === 'active' && account.password === password;
}

/**
 * Lockout, modelled independently of the world: wrong passwords for an address (on the PC or in the app) count up;
 * the one that reaches `maxPasswordAttempts` locks the address for `lockoutMs`; while locked even the right password
 * is refused; the right one resets the count, and so does a new password. Every password check the coach asks for
 * must answer as the model says, the coach must show the lockout, and the world's counter must match the model.
 */
export class LockoutCheck implements Check {
  private model = new Map<string, Attempts>();

  constructor(
    private readonly config: CoachConfig,
    private readonly coverage: Coverage,
  ) {}

  observe(o: Observation): void {
    for (const call of o.calls) {
      if (isCall(call, 'prepare')) this.model = new Map(Object.entries(call.after?.attempts ?? {}));
      if (isCall(call, 'setPassword') && call.output?.kind === 'ok') {
        this.model.delete(addressKey(call.output.account.email));
      }
      if (isCall(call, 'signIn')) {
        const outcome = this.check(call, isRight(worldBefore(call), call.input.email, call.input.password));
        if (call.output?.kind === 'locked') {
          expect(o.viewAfter.stepId).toBe('signIn.locked');
          expect(o.viewAfter.data.lockedUntil).toBe(call.output.until);
          expect(o.worldAfter.attempts[addressKey(call.input.email)]?.lockedUntil).toBeGreaterThan(o.worldAfter.now);
        }
        if (outcome === 'ok') expect(['ok', 'methodUnavailable']).toContain(call.output?.kind);
      }
      if (isCall(call, 'verifyAppCredentials')) {
        const held = worldBefore(call).phone.links.some((l) => l.email === addressKey(call.input.email));
        const outcome = this.check(call, held && isRight(worldBefore(call), call.input.email, call.input.password));
        if (call.output?.kind === 'locked') {
          expect(o.viewAfter.stepId).toBe('pin.credentials');
          expect(o.viewAfter.errorFor('password')?.rule).toBe('tooManyAttempts');
        }
        if (outcome === 'ok') expect(call.output?.kind).toBe('ok');
      }
    }
    this.compareWithWorld(o.worldAfter);
  }

  /** Advances the model for one password check; asserts the refusals it predicts, returns 'ok' when it accepts. */
  private check(call: EffectCall<'signIn' | 'verifyAppCredentials'>, right: boolean): 'ok' | 'refused' {
    const key = addressKey(call.input.email);
    const output = call.output;
    const before = this.model.get(key) ?? FRESH;
    if (before.lockedUntil !== null && call.at < before.lockedUntil) {
      this.coverage.hit('signInWhileLocked');
      if (right) this.coverage.hit('rightPasswordWhileLocked');
      expect(output).toEqual({ kind: 'locked', until: before.lockedUntil });
      return 'refused';
    }
    const wasLocked = before.lockedUntil !== null;
    if (right) {
      if (wasLocked) this.coverage.hit('signInAfterLockout');
      this.model.set(key, FRESH);
      return 'ok';
    }
    const failures = (wasLocked ? 0 : before.failures) + 1;
    if (failures >= this.config.maxPasswordAttempts) {
      const until = call.at + this.config.lockoutMs;
      this.coverage.hit(call.name === 'signIn' ? 'passwordLock' : 'appCredentialsLock');
      expect(output).toEqual({ kind: 'locked', until });
      this.model.set(key, { failures: 0, lockedUntil: until });
    } else {
      expect(output).toEqual({ kind: 'wrongPassword', attemptsLeft: this.config.maxPasswordAttempts - failures });
      this.model.set(key, { failures, lockedUntil: null });
    }
    return 'refused';
  }

  /** The world counts as the model does, and never past the configured number. */
  private compareWithWorld(world: WorldSnapshot): void {
    for (const key of new Set([...this.model.keys(), ...Object.keys(world.attempts)])) {
      const inWorld = world.attempts[key] ?? FRESH;
      expect({ key, ...inWorld }).toEqual({ key, ...(this.model.get(key) ?? FRESH) });
      expect(inWorld.failures).toBeLessThan(this.config.maxPasswordAttempts);
    }
  }
}
