import type { CredentialOutcome } from '@eulogin-coach/machine';
import { checkPin } from '@eulogin-coach/machine/rules';
import { deviceOnPhone, requireAccount } from '../accounts.js';
import { addressKey } from '../email-domains.js';
import { checkPasswordAttempt } from '../password-attempts.js';
import type { SimContext } from '../sim-context.js';
import { SimulatorError } from '../simulator-error.js';

/**
 * "Forgot PIN code" in the app: the EU Login credentials of an account the app holds. Wrong passwords share the
 * sign-in counter and lockout; an address the app does not hold never matches.
 */
export function verifyAppCredentials(
  ctx: SimContext,
  input: { readonly email: string; readonly password: string },
): CredentialOutcome {
  const held = ctx.state.phone.links.some((l) => l.email === addressKey(input.email));
  return checkPasswordAttempt(ctx, input.email, held ? input.password : null);
}

/** The new PIN for the account's device on this phone. */
export function resetAppPin(ctx: SimContext, input: { readonly email: string; readonly pin: string }): void {
  const rule = checkPin(input.pin);
  if (!rule.ok) throw new SimulatorError('invalidInput', { field: rule.field, rule: rule.rule });
  const device = deviceOnPhone(ctx, requireAccount(ctx, input.email));
  if (!device) throw new SimulatorError('noDeviceOnPhone');
  device.pin = input.pin;
}
