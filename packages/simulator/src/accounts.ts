import type { AccountSummary, EmailLanguage } from '@eulogin-coach/machine';
import { addressKey } from './email-domains.js';
import type { SimContext } from './sim-context.js';
import { SimulatorError } from './simulator-error.js';
import type { AccountRecord, DeviceRecord, PhoneLink } from './world-state.js';

export function findAccount(ctx: SimContext, email: string): AccountRecord | undefined {
  return ctx.state.accounts[addressKey(email)];
}

/** The account, or a rejection: the coach only asks about accounts it has seen. */
export function requireAccount(ctx: SimContext, email: string): AccountRecord {
  const account = findAccount(ctx, email);
  if (!account) throw new SimulatorError('unknownAccount');
  return account;
}

export function summarise(account: AccountRecord): AccountSummary {
  return {
    email: account.email,
    firstName: account.firstName,
    lastName: account.lastName,
    devices: account.devices.map((d) => ({ id: d.id, name: d.name })),
    keys: account.keys.map((k) => ({ id: k.id, name: k.name, kind: k.kind })),
    eids: account.eids.map((e) => ({ country: e.country })),
    ...(account.alwaysMfa ? { alwaysMfa: true } : {}),
  };
}

export interface NewAccount {
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly language: EmailLanguage;
}

/** A pending account (no password yet), replacing any pending one at the same address. */
export function putPendingAccount(ctx: SimContext, input: NewAccount): AccountRecord {
  const account: AccountRecord = {
    email: input.email.trim(),
    firstName: input.firstName.trim(),
    lastName: input.lastName.trim(),
    language: input.language,
    status: 'pending',
    password: null,
    passwordChangedAt: null,
    devices: [],
    keys: [],
    eids: [],
    alwaysMfa: false,
  };
  ctx.state.accounts[addressKey(input.email)] = account;
  return account;
}

/** The device of `account` that this phone's app holds, if any. */
export function deviceOnPhone(ctx: SimContext, account: AccountRecord): DeviceRecord | undefined {
  const key = addressKey(account.email);
  const link = ctx.state.phone.links.find((l) => l.email === key);
  return link ? account.devices.find((d) => d.id === link.deviceId) : undefined;
}

/** Keeps the app's links that pass `keep`; an app left with no account is back to before "Initialise". */
export function keepPhoneLinks(ctx: SimContext, keep: (link: PhoneLink) => boolean): void {
  const phone = ctx.state.phone;
  phone.links = phone.links.filter(keep);
  if (phone.links.length === 0 && phone.facts.app === 'initialised') phone.facts = { ...phone.facts, app: 'installed' };
}

/** Drops this phone's link to `email`. */
export function unlinkPhone(ctx: SimContext, email: string): void {
  const key = addressKey(email);
  keepPhoneLinks(ctx, (l) => l.email !== key);
}
