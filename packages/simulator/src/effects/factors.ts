import type {
  AccountSummary,
  EidCountry,
  EidOutcome,
  KeyAssertionOutcome,
  KeyKind,
  KeyRegistrationOutcome,
} from '@eulogin-coach/machine';
import { EID_COUNTRIES, isOneOf } from '@eulogin-coach/machine/registry';
import { checkKeyName } from '@eulogin-coach/machine/rules';
import { findAccount, requireAccount, summarise, unlinkPhone } from '../accounts.js';
import { sendMail } from '../mailbox.js';
import type { SimContext } from '../sim-context.js';
import { hasCondition, nextId } from '../sim-context.js';
import { SimulatorError } from '../simulator-error.js';
import type { AccountRecord } from '../world-state.js';
import { SIGN_IN_URL } from '../links.js';

/** "Manage my mobile devices" → delete: the device goes, and this phone's app loses the account if it held it. */
export function deleteDevice(
  ctx: SimContext,
  input: { readonly email: string; readonly deviceId: string },
): AccountSummary {
  const account = requireAccount(ctx, input.email);
  if (!account.devices.some((d) => d.id === input.deviceId)) throw new SimulatorError('unknownDevice');
  account.devices = account.devices.filter((d) => d.id !== input.deviceId);
  const link = ctx.state.phone.links.find((l) => l.deviceId === input.deviceId);
  if (link) unlinkPhone(ctx, link.email);
  return summarise(account);
}

/**
 * The national eID round trip. Linking works for a supported country. Signing in needs no address: the eID says
 * whose account it is, so it finds the account that has this country's eID linked (the person's own first), or
 * answers `notLinked`. With the `eidFailed` condition the national sign-in fails either way.
 */
export function completeEid(
  ctx: SimContext,
  input: { readonly email: string; readonly country: EidCountry; readonly purpose: 'signIn' | 'link' },
): EidOutcome {
  if (hasCondition(ctx, 'eidFailed') || !isOneOf(EID_COUNTRIES, input.country)) return { kind: 'failed' };
  const hasEid = (a: AccountRecord) => a.status === 'active' && a.eids.some((e) => e.country === input.country);
  if (input.purpose === 'signIn') {
    const own = findAccount(ctx, input.email);
    const holder = own && hasEid(own) ? own : Object.values(ctx.state.accounts).find(hasEid);
    return holder ? { kind: 'ok', account: summarise(holder) } : { kind: 'notLinked' };
  }
  const account = findAccount(ctx, input.email);
  if (!account || account.status !== 'active') return { kind: 'failed' };
  if (!account.eids.some((e) => e.country === input.country)) {
    account.eids.push({ country: input.country, linkedAt: ctx.clock.now() });
  }
  return { kind: 'ok', account: summarise(account) };
}

/**
 * "Add a Security Key": an authenticator registers once across EU Login, so a credential id already known is a
 * duplicate, as is the next registration under the `keyAlreadyRegistered` condition. A simulated key without a
 * credential id gets a fresh one.
 */
export function registerSecurityKey(
  ctx: SimContext,
  input: { readonly email: string; readonly keyName: string; readonly kind: KeyKind; readonly credentialId?: string },
): KeyRegistrationOutcome {
  const account = requireAccount(ctx, input.email);
  const rule = checkKeyName(input.keyName);
  if (!rule.ok) throw new SimulatorError('invalidInput', { field: rule.field, rule: rule.rule });
  const known = Object.values(ctx.state.accounts).some((a) =>
    a.keys.some((k) => k.credentialId === input.credentialId),
  );
  if (ctx.state.nextKeyDuplicate || (input.credentialId !== undefined && known)) {
    ctx.state.nextKeyDuplicate = false;
    return { kind: 'duplicate' };
  }
  const id = nextId(ctx, 'key');
  account.keys.push({
    id,
    name: input.keyName.trim(),
    kind: input.kind,
    credentialId: input.credentialId ?? `simulated-${id}-${ctx.prng.string('0123456789abcdef', 8)}`,
    addedAt: ctx.clock.now(),
  });
  return { kind: 'ok', account: summarise(account) };
}

/** The browser's WebAuthn prompt at sign-in: any key of the account, or the one with `credentialId` if given. */
export function assertSecurityKey(
  ctx: SimContext,
  input: { readonly email: string; readonly credentialId?: string },
): KeyAssertionOutcome {
  const keys = findAccount(ctx, input.email)?.keys ?? [];
  const match = keys.some((k) => input.credentialId === undefined || k.credentialId === input.credentialId);
  return match ? { kind: 'ok' } : { kind: 'notRegistered' };
}

/**
 * "Delete all my devices and eID (PANIC)": every mobile device and eID goes at once (security keys stay), this
 * phone's app loses the account, and EU Login mails a security notice.
 */
export function panic(ctx: SimContext, input: { readonly email: string }): AccountSummary {
  const account = requireAccount(ctx, input.email);
  account.devices = [];
  account.eids = [];
  unlinkPhone(ctx, account.email);
  sendMail(ctx, {
    to: account.email,
    kind: 'securityNotice',
    language: account.language,
    firstName: account.firstName,
    url: SIGN_IN_URL,
  });
  return summarise(account);
}
