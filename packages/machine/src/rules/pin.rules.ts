import type { RuleResult } from './rule-types.js';
import { OK, fail } from './rule-types.js';

/** The EU Login app PIN: exactly four digits. Any four digits are accepted (1234 included). */
export const PIN_LENGTH = 4;

export function checkPin(value: string): RuleResult {
  if (value === '') return fail('pin', 'required');
  if (!/^[0-9]*$/.test(value)) return fail('pin', 'notDigits');
  return value.length === PIN_LENGTH ? OK : fail('pin', 'wrongLength', { length: PIN_LENGTH });
}

export function checkPinConfirm(pin: string, confirm: string): RuleResult {
  if (confirm === '') return fail('pinConfirm', 'required');
  return pin === confirm ? OK : fail('pinConfirm', 'mismatch');
}
