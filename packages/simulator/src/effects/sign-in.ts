import type { SignInMethod, SignInOutcome } from '@eulogin-coach/machine';
import { findAccount, summarise } from '../accounts.js';
import { checkPasswordAttempt } from '../password-attempts.js';
import type { SimContext } from '../sim-context.js';
import type { AccountRecord } from '../world-state.js';

function hasMethod(account: AccountRecord, method: SignInMethod): boolean {
  switch (method) {
    case 'password':
      return !account.alwaysMfa;
    case 'appPin':
    case 'appQr':
      return account.devices.length > 0;
    case 'securityKey':
      return account.keys.length > 0;
  }
}

/**
 * The password step. Unknown and unconfirmed addresses read as a wrong password; too many wrong ones lock the
 * address (see `checkPasswordAttempt`). With the right password, a method the account has no factor for is
 * unavailable.
 */
export function signIn(
  ctx: SimContext,
  input: { readonly email: string; readonly password: string; readonly method: SignInMethod },
): SignInOutcome {
  const check = checkPasswordAttempt(ctx, input.email, input.password);
  if (check.kind !== 'ok') return check;
  const account = findAccount(ctx, input.email);
  if (!account) return { kind: 'wrongPassword', attemptsLeft: ctx.config.maxPasswordAttempts };
  if (!hasMethod(account, input.method)) return { kind: 'methodUnavailable' };
  return { kind: 'ok', account: summarise(account) };
}
