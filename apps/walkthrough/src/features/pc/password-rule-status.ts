import { checkPassword } from '@eulogin-coach/machine/rules';
import type { PersonalData } from '@eulogin-coach/react';

/** One of the rules a new password is checked against, as the checklist under the field shows them. */
export type PasswordRule = 'length' | 'upper' | 'lower' | 'digit' | 'special' | 'personal';

/**
 * Which password rules `value` meets, each on its own, for a checklist that ticks as the person types. The rules
 * stay in one place, the coach's `checkPassword`, which reports only the first one broken (capital, small letter,
 * digit, special character, personal data, in that order): each rule is read by asking it about the value with the
 * earlier rules already met: a capital, a small letter and a digit added (no special character, so that rule is
 * read as typed), and for the personal-data rule a special character too, after a space so that the additions join
 * no name or address.
 */
export function passwordRuleStatus(
  value: string,
  minLength: number,
  personal: PersonalData,
): Record<PasswordRule, boolean> {
  const reason = (suffix: string, withPersonal = false) => {
    const result = checkPassword(`${value}${suffix}`, 0, withPersonal ? personal : {});
    return result.ok ? null : result.rule;
  };
  const typed = value !== '';
  return {
    length: typed && [...value].length >= minLength,
    upper: typed && reason('') !== 'missingUpper',
    lower: typed && reason('A') !== 'missingLower',
    digit: typed && reason('Aa') !== 'missingDigit',
    special: typed && reason('Aa1') !== 'missingSpecial',
    personal: reason(' Aa1!', true) !== 'containsPersonalData',
  };
}
