import type { Field, RuleResult } from './rule-types.js';
import { OK, fail } from './rule-types.js';

/** ASSUMED: EU Login publishes no maximum; 50 characters covers real names. */
export const NAME_MAX_LENGTH = 50;

// Letters of any alphabet (with combining marks), perhaps after an apostrophe ('t Hooft), then letters, spaces,
// hyphens, apostrophes, dots and the joiners some scripts write inside words (the Persian zero-width non-joiner).
const NAME = /^['\u2019]?[\p{L}\p{M}](?:[\p{L}\p{M}' .\u2019-]|\u200c|\u200d)*$/u;

export function checkName(value: string, field: Extract<Field, 'firstName' | 'lastName'>): RuleResult {
  // Any space counts as a space (a pasted non-breaking one too); length counts characters, not UTF-16 units.
  const name = value.trim().replace(/\s+/gu, ' ');
  if (name === '') return fail(field, 'required');
  if ([...name].length > NAME_MAX_LENGTH) return fail(field, 'tooLong', { max: NAME_MAX_LENGTH });
  return NAME.test(name) ? OK : fail(field, 'invalidCharacters');
}
