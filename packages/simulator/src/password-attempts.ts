import { addressKey } from './email-domains.js';
import type { SimContext } from './sim-context.js';
import { clearFailures, isLocked, lock, securityOf } from './security-ledger.js';

export type PasswordCheck =
  | { readonly kind: 'ok' }
  | { readonly kind: 'wrongPassword'; readonly attemptsLeft: number }
  | { readonly kind: 'locked'; readonly until: number };

/**
 * Checks a password typed for `email` (on the PC or in the app: both share one counter). `maxPasswordAttempts`
 * wrong in a row lock the address for `lockoutMs`, even against the right password, as do too many wrong app PINs
 * or one-time codes; the right password resets its own count only. Unknown and unconfirmed addresses count too, so
 * the answer never reveals whether an account exists. A `null` password never matches.
 */
export function checkPasswordAttempt(ctx: SimContext, email: string, password: string | null): PasswordCheck {
  const record = securityOf(ctx, email);
  if (isLocked(record)) return { kind: 'locked', until: record.lockedUntil };
  const account = ctx.state.accounts[addressKey(email)];
  if (password !== null && account?.status === 'active' && account.password === password) {
    record.passwordFailures = 0;
    return { kind: 'ok' };
  }
  record.passwordFailures += 1;
  if (record.passwordFailures >= ctx.config.maxPasswordAttempts) return { kind: 'locked', until: lock(ctx, record) };
  return { kind: 'wrongPassword', attemptsLeft: ctx.config.maxPasswordAttempts - record.passwordFailures };
}

/** Lock `email` out from now, as `maxPasswordAttempts` wrong passwords would, unless it is already locked. */
export function lockOut(ctx: SimContext, email: string): number {
  const record = securityOf(ctx, email);
  return isLocked(record) ? record.lockedUntil : lock(ctx, record);
}

/** A new password ends any lockout: "Lost your password?" is the way out of one. */
export function clearAttempts(ctx: SimContext, email: string): void {
  clearFailures(securityOf(ctx, email));
}
