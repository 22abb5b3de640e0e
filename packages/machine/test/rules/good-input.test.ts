import { describe, expect, it } from 'vitest';
import { OK } from '../../src/rules/rule-types.js';
import { checkDeviceName, checkName, checkPassword, checkPin, validateRegistration } from '../../src/rules/index.js';

/** Values EU Login accepts must not be refused by a rule that is stricter than EU Login. */
describe('good input is accepted', () => {
  it.each([
    'Мария',
    'Αλέξανδρος',
    'Zoë',
    "O'Neill",
    'Anne-Marie',
    'Nguyễn',
    'Łukasz',
    "'t Hooft",
    'مهر\u200cنوش',
    'Jean\u00a0Luc',
    '𝔄'.repeat(26),
  ])('a name in any alphabet: %s', (name) => {
    expect(checkName(name, 'firstName')).toEqual(OK);
    expect(checkName(name, 'lastName')).toEqual(OK);
  });

  it('a whole registration with a Cyrillic and a Greek name', () => {
    const errors = validateRegistration({
      firstName: 'Мария',
      lastName: 'Παπαδοπούλου',
      email: 'maria@example.org',
      emailConfirm: 'Maria@Example.org',
      emailLanguage: 'el',
      captcha: 'AB12CD',
      privacy: true,
    });
    expect(errors).toEqual([]);
  });

  it.each(['1234', '0000', '2468'])('any four digits as the app PIN: %s', (pin) => {
    expect(checkPin(pin)).toEqual(OK);
  });

  it('a password that meets every rule, at exactly the minimum length', () => {
    expect(checkPassword('Abcdefgh1!', 10)).toEqual(OK);
    expect(checkPassword('Abcdef1!x', 10)).toEqual({
      ok: false,
      field: 'password',
      rule: 'tooShort',
      params: { min: 10 },
    });
  });

  it.each(['Téléphone de Zoë', 'گوشی\u200cمن', 'Телефон', '📱 Work'])('a device name in any script: %s', (name) => {
    expect(checkDeviceName(name)).toEqual(OK);
  });
});
