import { describe, expect, it } from 'vitest';
import { checkPassword } from '@eulogin-coach/machine/rules';
import { passwordRuleStatus } from '../src/features/pc/password-rule-status.js';

/** The checklist under the password field ticks each rule on its own, and agrees with the coach's own check. */
describe('password rule status', () => {
  it('ticks each rule as soon as it is met, whatever else is missing', () => {
    expect(passwordRuleStatus('', 10, {})).toEqual({
      length: false,
      upper: false,
      lower: false,
      digit: false,
      special: false,
      personal: true,
    });
    expect(passwordRuleStatus('abc', 10, {})).toEqual({
      length: false,
      upper: false,
      lower: true,
      digit: false,
      special: false,
      personal: true,
    });
    expect(passwordRuleStatus('ABC!', 10, {})).toMatchObject({
      upper: true,
      lower: false,
      special: true,
      digit: false,
    });
    expect(passwordRuleStatus('7', 10, {})).toMatchObject({ digit: true, upper: false, lower: false, special: false });
    expect(passwordRuleStatus('abcD1!efgh', 10, {})).toMatchObject({ length: true, upper: true, special: true });
  });

  it('marks a name or the e-mail address inside the password, and nothing else', () => {
    const personal = { firstName: 'Ana', lastName: 'Rehearsal', email: 'alex.r@example.org' };
    expect(passwordRuleStatus('my-ana', 10, personal).personal).toBe(false);
    expect(passwordRuleStatus('x', 10, personal).personal).toBe(true);
    // The letters added to read the rule join no name: "…An" must not become "Ana".
    expect(passwordRuleStatus('Practise-An', 10, personal).personal).toBe(true);
  });

  it('meets every rule exactly when the coach accepts the password', () => {
    const personal = { firstName: 'Alex', lastName: 'Rehearsal', email: 'alex.r@example.org' };
    for (const value of [
      'Practise-2FA-now',
      'short1!A',
      'nouppercase-1',
      'NOLOWER-12',
      'No-digits-here',
      'Alex-2FA-pass!',
    ]) {
      const all = Object.values(passwordRuleStatus(value, 10, personal)).every(Boolean);
      expect(all).toBe(checkPassword(value, 10, personal).ok);
    }
  });
});
