import type { Field, RuleResult } from './rule-types.js';
import { OK, fail } from './rule-types.js';

export const EMAIL_MAX_LENGTH = 254;

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/;
const TLD = /^[A-Za-z]{2,63}$/;

/** Whether `value` (surrounding spaces ignored) is a plausible, reachable-looking e-mail address. */
export function isEmailFormat(value: string): boolean {
  const email = value.trim();
  const at = email.lastIndexOf('@');
  if (at <= 0 || at !== email.indexOf('@')) return false;
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split('.');
  if (local.length > 64 || !LOCAL.test(local) || labels.length < 2) return false;
  return labels.every((l) => l.length <= 63 && LABEL.test(l)) && TLD.test(labels[labels.length - 1] ?? '');
}

export function checkEmail(value: string, field: Field = 'email'): RuleResult {
  const email = value.trim();
  if (email === '') return fail(field, 'required');
  if (email.length > EMAIL_MAX_LENGTH) return fail(field, 'tooLong', { max: EMAIL_MAX_LENGTH });
  return isEmailFormat(email) ? OK : fail(field, 'format');
}

export function checkEmailConfirm(email: string, confirm: string): RuleResult {
  if (confirm.trim() === '') return fail('emailConfirm', 'required');
  return email.trim().toLowerCase() === confirm.trim().toLowerCase() ? OK : fail('emailConfirm', 'mismatch');
}

/** The part of an address before the @, lower-cased; used to keep personal data out of passwords. */
export function emailLocalPart(email: string): string {
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.indexOf('@');
  return at < 0 ? trimmed : trimmed.slice(0, at);
}
