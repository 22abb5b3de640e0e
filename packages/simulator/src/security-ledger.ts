import { addressKey } from './email-domains.js';
import type { SimContext } from './sim-context.js';

/**
 * What EU Login remembers about an address's failed tries, kept apart from the world `prepare` rebuilds: a restart,
 * a resumed share code or a helpdesk jump in the same rehearsal finds the same counts, lockouts and used codes.
 * Plain JSON, so the walkthrough can keep it in the browser (see `readLedger`).
 */
export interface AccountSecurity {
  /** Wrong passwords in a row, on the PC or in the app. */
  passwordFailures: number;
  /** Wrong app PINs in a row for sign-in requests, across requests. */
  pinFailures: number;
  /** Wrong one-time codes in a row, across sign-in QR codes. */
  otpFailures: number;
  /** Sign-in to the address is refused until then (any method), or null. */
  lockedUntil: number | null;
  /** One-time codes accepted, each kept until it could no longer be valid anyway. */
  usedCodes: UsedCode[];
}

export interface UsedCode {
  code: string;
  until: number;
}

export interface SecurityLedger {
  /** Worlds prepared so far: each draws its tokens and secrets from its own stream of the seed. */
  worlds: number;
  /** By address key. */
  accounts: Record<string, AccountSecurity>;
}

export function emptyLedger(): SecurityLedger {
  return { worlds: 0, accounts: {} };
}

function fresh(): AccountSecurity {
  return { passwordFailures: 0, pinFailures: 0, otpFailures: 0, lockedUntil: null, usedCodes: [] };
}

/** The record for `email` as of now: a lockout that has run out is gone, with the counts that led to it. */
export function securityOf(ctx: SimContext, email: string): AccountSecurity {
  const key = addressKey(email);
  const record = ctx.ledger.accounts[key] ?? fresh();
  ctx.ledger.accounts[key] = record;
  const now = ctx.clock.now();
  if (record.lockedUntil !== null && now >= record.lockedUntil) {
    Object.assign(record, fresh(), { usedCodes: record.usedCodes });
  }
  record.usedCodes = record.usedCodes.filter((u) => now < u.until);
  return record;
}

/** Whether sign-in to the address is refused now. */
export function isLocked(record: AccountSecurity): record is AccountSecurity & { lockedUntil: number } {
  return record.lockedUntil !== null;
}

/** Locks the address for `lockoutMs` from now (counts start again once it is over); returns the lockout's end. */
export function lock(ctx: SimContext, record: AccountSecurity): number {
  const until = ctx.clock.now() + ctx.config.lockoutMs;
  Object.assign(record, fresh(), { usedCodes: record.usedCodes, lockedUntil: until });
  return until;
}

/** A new password ends any lockout and every count: "Lost your password?" is the way out of one. */
export function clearFailures(record: AccountSecurity): void {
  Object.assign(record, fresh(), { usedCodes: record.usedCodes });
}

/** Whether `code` was accepted for the address before (and could still be valid). */
export function wasUsed(record: AccountSecurity, code: string): boolean {
  return record.usedCodes.some((u) => u.code === code);
}

export function markUsed(record: AccountSecurity, code: string, until: number): void {
  record.usedCodes.push({ code, until });
}

/** Most addresses a kept ledger holds (`readLedger` refuses more): locked ones first, then the most failed tries. */
export const MAX_KEPT_ACCOUNTS = 50;

/** A JSON copy of `ledger` without what no longer matters at `now`: ended lockouts, zero counts, stale codes. */
export function keptLedger(ledger: SecurityLedger, now: number): SecurityLedger {
  const kept: [string, AccountSecurity][] = [];
  for (const [key, record] of Object.entries(ledger.accounts)) {
    const ended = record.lockedUntil !== null && now >= record.lockedUntil;
    const copy: AccountSecurity = {
      ...(ended ? fresh() : record),
      usedCodes: record.usedCodes.filter((u) => now < u.until).map((u) => ({ ...u })),
    };
    if (copy.lockedUntil !== null || failures(copy) > 0 || copy.usedCodes.length > 0) kept.push([key, copy]);
  }
  const weight = (r: AccountSecurity) => (r.lockedUntil === null ? 0 : 1_000_000) + failures(r);
  kept.sort((a, b) => weight(b[1]) - weight(a[1]));
  return { worlds: ledger.worlds, accounts: Object.fromEntries(kept.slice(0, MAX_KEPT_ACCOUNTS)) };
}

function failures(record: AccountSecurity): number {
  return record.passwordFailures + record.pinFailures + record.otpFailures;
}
