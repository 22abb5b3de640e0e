import type { AccountSecurity, SecurityLedger, UsedCode } from './security-ledger.js';
import { MAX_KEPT_ACCOUNTS } from './security-ledger.js';

/** Bounds on a ledger read back from storage: more than a rehearsal ever makes, little enough to check quickly. */
export const LEDGER_LIMITS = { accounts: MAX_KEPT_ACCOUNTS, usedCodes: 200, keyLength: 320, codeLength: 64 } as const;

const MAX_COUNT = 1_000;

type Obj = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown, max = MAX_COUNT): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function usedCode(value: unknown): UsedCode | null {
  if (!isObject(value) || !isTime(value.until)) return null;
  const { code } = value;
  return typeof code === 'string' && code.length <= LEDGER_LIMITS.codeLength ? { code, until: value.until } : null;
}

function accountSecurity(value: unknown): AccountSecurity | null {
  if (!isObject(value)) return null;
  const { passwordFailures, pinFailures, otpFailures, lockedUntil, usedCodes } = value;
  if (!isCount(passwordFailures) || !isCount(pinFailures) || !isCount(otpFailures)) return null;
  if (lockedUntil !== null && !isTime(lockedUntil)) return null;
  if (!Array.isArray(usedCodes) || usedCodes.length > LEDGER_LIMITS.usedCodes) return null;
  const codes = usedCodes.map(usedCode);
  if (codes.some((c) => c === null)) return null;
  return { passwordFailures, pinFailures, otpFailures, lockedUntil, usedCodes: codes as UsedCode[] };
}

/**
 * A security ledger from untrusted data (the browser's storage): a fresh copy when `value` has the ledger's shape
 * within `LEDGER_LIMITS`, else null. Never throws.
 */
export function readLedger(value: unknown): SecurityLedger | null {
  if (!isObject(value) || !isCount(value.worlds, 2 ** 31) || !isObject(value.accounts)) return null;
  const entries = Object.entries(value.accounts);
  if (entries.length > LEDGER_LIMITS.accounts) return null;
  const accounts: Record<string, AccountSecurity> = {};
  for (const [key, record] of entries) {
    const read = key.length <= LEDGER_LIMITS.keyLength ? accountSecurity(record) : null;
    if (!read) return null;
    accounts[key] = read;
  }
  return { worlds: value.worlds, accounts };
}
