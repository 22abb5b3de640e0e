import { addressKey } from './email-domains.js';
import type { SimContext } from './sim-context.js';
import type { AttemptRecord } from './world-state.js';

export type PasswordCheck =
  | { readonly kind: 'ok' }
  | { readonly kind: 'wrongPassword'; readonly attemptsLeft: number }
  | { readonly kind: 'locked'; readonly until: number };

function attemptsFor(ctx: SimContext, email: string): AttemptRecord {
  const key = addressKey(email);
  const record = ctx.state.attempts[key] ?? { failures: 0, lockedUntil: null };
  ctx.state.attempts[key] = record;
  return record;
}

/**
 * Checks a password typed for `email` (on the PC or in the app: both share one counter). `maxPasswordAttempts`
 * wrong in a row lock the address for `lockoutMs`, even against the right password; the right one resets the
 * count. Unknown and unconfirmed addresses count too, so the answer never reveals whether an account exists.
 * A `null` password never matches.
 */
export function checkPasswordAttempt(ctx: SimContext, email: string, password: string | null): PasswordCheck {
  const now = ctx.clock.now();
  const record = attemptsFor(ctx, email);
  if (record.lockedUntil !== null) {
    if (now < record.lockedUntil) return { kind: 'locked', until: record.lockedUntil };
    record.lockedUntil = null;
    record.failures = 0;
  }
  const account = ctx.state.accounts[addressKey(email)];
  if (password !== null && account?.status === 'active' && account.password === password) {
    record.failures = 0;
    return { kind: 'ok' };
  }
  record.failures += 1;
  if (record.failures >= ctx.config.maxPasswordAttempts) {
    record.failures = 0;
    record.lockedUntil = now + ctx.config.lockoutMs;
    return { kind: 'locked', until: record.lockedUntil };
  }
  return { kind: 'wrongPassword', attemptsLeft: ctx.config.maxPasswordAttempts - record.failures };
}

/** Lock `email` out from now, as `maxPasswordAttempts` wrong passwords would; returns the lockout's end. */
export function lockOut(ctx: SimContext, email: string): number {
  const record = attemptsFor(ctx, email);
  record.failures = 0;
  record.lockedUntil = ctx.clock.now() + ctx.config.lockoutMs;
  return record.lockedUntil;
}

/** A new password ends any lockout: "Lost your password?" is the way out of one. */
export function clearAttempts(ctx: SimContext, email: string): void {
  const record = attemptsFor(ctx, email);
  record.failures = 0;
  record.lockedUntil = null;
}
