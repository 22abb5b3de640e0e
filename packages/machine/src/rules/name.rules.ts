import type { Field, RuleResult } from './rule-types.js';
import { OK, fail } from './rule-types.js';

/** ASSUMED: EU Login publishes no maximum; 50 characters covers real names. */
export const NAME_MAX_LENGTH = 50;

// Letters of any alphabet (with combining marks), then letters, spaces, hyphens, apostrophes and dots.
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}' .\u2019-]*$/u;

export function checkName(value: string, field: Extract<Field, 'firstName' | 'lastName'>): RuleResult {
  const name = value.trim();
  if (name === '') return fail(field, 'required');
  if (name.length > NAME_MAX_LENGTH) return fail(field, 'tooLong', { max: NAME_MAX_LENGTH });
  return NAME.test(name) ? OK : fail(field, 'invalidCharacters');
}
