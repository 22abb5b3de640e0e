import type { Field, RuleResult } from './rule-types.js';
import { OK, fail } from './rule-types.js';

/** ASSUMED: EU Login publishes no limits for device and key names. */
export const DEVICE_NAME_MAX_LENGTH = 30;
export const KEY_NAME_MAX_LENGTH = 50;

// Control characters and angle brackets have no place in a label shown back on a page, nor do invisible characters
// and direction overrides, which can make one name in a list look like another.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f<>\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

function checkLabel(value: string, field: Field, max: number): RuleResult {
  const label = value.trim();
  if (label === '') return fail(field, 'required');
  if ([...label].length > max) return fail(field, 'tooLong', { max });
  return FORBIDDEN.test(label) ? fail(field, 'invalidCharacters') : OK;
}

export function checkDeviceName(value: string): RuleResult {
  return checkLabel(value, 'deviceName', DEVICE_NAME_MAX_LENGTH);
}

export function checkKeyName(value: string): RuleResult {
  return checkLabel(value, 'keyName', KEY_NAME_MAX_LENGTH);
}
