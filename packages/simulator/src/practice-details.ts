import { deviceOnPhone, findAccount } from './accounts.js';
import { addressKey } from './email-domains.js';
import type { Persona } from './persona.js';
import type { SimContext } from './sim-context.js';

/**
 * The persona as the person has made it so far, so a card of practice details never goes stale: the account at
 * `address` (else the persona's own), its password once one is set, and the app PIN they chose (for a QR code still
 * being scanned, the PIN typed with it; else that of the app on the phone). Until they choose, the persona's own.
 */
export function practiceDetails(ctx: SimContext, address?: string): Persona {
  const { persona } = ctx;
  const account = (address ? findAccount(ctx, address) : undefined) ?? findAccount(ctx, persona.email);
  if (!account) return persona;
  const key = addressKey(account.email);
  const enrolling = Object.values(ctx.state.enrolments)
    .filter((e) => e.email === key && e.state === 'live')
    .at(-1);
  return {
    ...persona,
    email: account.email,
    firstName: account.firstName,
    lastName: account.lastName,
    password: account.password ?? persona.password,
    pin: enrolling?.pin ?? deviceOnPhone(ctx, account)?.pin ?? persona.pin,
  };
}
