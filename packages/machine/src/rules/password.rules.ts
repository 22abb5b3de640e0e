import type { RuleResult } from './rule-types.js';
import { OK, fail } from './rule-types.js';
import { emailLocalPart } from './email.rules.js';

/** ASSUMED: a generous cap so a pasted essay is refused with a clear reason. */
export const PASSWORD_MAX_LENGTH = 128;

export interface PersonalData {
  readonly firstName?: string;
  readonly lastName?: string;
  readonly email?: string;
}

/**
 * EU Login's password rules: at least `minLength` characters with upper case, lower case, a digit and a special
 * character. ASSUMED: it must not contain the first name, the last name or the e-mail's local part (3+ letters).
 */
export function checkPassword(value: string, minLength: number, personal: PersonalData = {}): RuleResult {
  if (value === '') return fail('password', 'required');
  if ([...value].length < minLength) return fail('password', 'tooShort', { min: minLength });
  if ([...value].length > PASSWORD_MAX_LENGTH) return fail('password', 'tooLong', { max: PASSWORD_MAX_LENGTH });
  if (!/\p{Lu}/u.test(value)) return fail('password', 'missingUpper');
  if (!/\p{Ll}/u.test(value)) return fail('password', 'missingLower');
  if (!/\p{Nd}/u.test(value)) return fail('password', 'missingDigit');
  if (!/[^\p{L}\p{Nd}]/u.test(value)) return fail('password', 'missingSpecial');
  const lower = value.toLowerCase();
  const parts = [personal.firstName, personal.lastName, personal.email ? emailLocalPart(personal.email) : undefined];
  for (const part of parts) {
    const p = part?.trim().toLowerCase();
    if (p && p.length >= 3 && lower.includes(p)) return fail('password', 'containsPersonalData');
  }
  return OK;
}

export function checkPasswordConfirm(password: string, confirm: string): RuleResult {
  if (confirm === '') return fail('passwordConfirm', 'required');
  return password === confirm ? OK : fail('passwordConfirm', 'mismatch');
}

/** A password typed to sign in: only presence is checked before asking EU Login. */
export function checkPasswordPresent(value: string): RuleResult {
  return value === '' ? fail('password', 'required') : OK;
}
