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

/** One of the rules a new password is checked against, as a checklist shows them. */
export type PasswordRule = 'length' | 'upper' | 'lower' | 'digit' | 'special' | 'personal';

/**
 * Which of EU Login's password rules `value` meets: at least `minLength` characters with upper case, lower case, a
 * digit and a special character. ASSUMED: it must not contain the first name, the last name or the e-mail's local
 * part (3+ letters). A checklist ticks these as the person types.
 */
export function passwordRules(
  value: string,
  minLength: number,
  personal: PersonalData = {},
): Record<PasswordRule, boolean> {
  const lower = value.toLowerCase();
  const parts = [personal.firstName, personal.lastName, personal.email ? emailLocalPart(personal.email) : undefined];
  return {
    length: [...value].length >= minLength,
    upper: /\p{Lu}/u.test(value),
    lower: /\p{Ll}/u.test(value),
    digit: /\p{Nd}/u.test(value),
    special: /[^\p{L}\p{Nd}]/u.test(value),
    personal: !parts.some((part) => {
      const p = part?.trim().toLowerCase();
      return p !== undefined && p.length >= 3 && lower.includes(p);
    }),
  };
}

/** The first of EU Login's password rules (see `passwordRules`) that `value` breaks, with its reason. */
export function checkPassword(value: string, minLength: number, personal: PersonalData = {}): RuleResult {
  if (value === '') return fail('password', 'required');
  if ([...value].length > PASSWORD_MAX_LENGTH) return fail('password', 'tooLong', { max: PASSWORD_MAX_LENGTH });
  const met = passwordRules(value, minLength, personal);
  if (!met.length) return fail('password', 'tooShort', { min: minLength });
  if (!met.upper) return fail('password', 'missingUpper');
  if (!met.lower) return fail('password', 'missingLower');
  if (!met.digit) return fail('password', 'missingDigit');
  if (!met.special) return fail('password', 'missingSpecial');
  return met.personal ? OK : fail('password', 'containsPersonalData');
}

export function checkPasswordConfirm(password: string, confirm: string): RuleResult {
  if (confirm === '') return fail('passwordConfirm', 'required');
  return password === confirm ? OK : fail('passwordConfirm', 'mismatch');
}

/** A password typed to sign in: only presence is checked before asking EU Login. */
export function checkPasswordPresent(value: string): RuleResult {
  return value === '' ? fail('password', 'required') : OK;
}
