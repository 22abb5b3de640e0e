import { DEFAULT_CONFIG } from '@eulogin-coach/machine';
import {
  EMPTY_REGISTRATION,
  validateAppCredentials,
  validateCountry,
  validateDevice,
  validateEnrolmentPin,
  validateKey,
  validateNewPassword,
  validateNewPin,
  validateOtp,
  validateRegistration,
  validateResetRequest,
  validateSignInEmail,
  validateSignInPassword,
} from '@eulogin-coach/machine/rules';
import type { FieldError, Rule } from '@eulogin-coach/machine';
import { describe, expect, it } from 'vitest';
import { errorMessage, errorTemplate } from '../src/index.js';
import { defaultContent } from '../src/eager.js';
import { LOCALE_CONTENT } from './helpers.js';

const en = defaultContent('en');
const pt = defaultContent('pt');

const registration = { ...EMPTY_REGISTRATION, firstName: 'Ana', lastName: 'Silva', email: 'ana@example.org' };
const valid = { ...registration, emailConfirm: 'ana@example.org', captcha: 'AB12CD', privacy: true };
const personal = { firstName: 'Ana', lastName: 'Silva', email: 'ana.silva@example.org' };
const newPassword = (password: string, passwordConfirm = password): FieldError[] =>
  validateNewPassword({ password, passwordConfirm }, DEFAULT_CONFIG, personal);

/** What the real validators refuse for a sample of bad inputs: every branch of every rule. */
const VALIDATOR_ERRORS: readonly FieldError[] = [
  ...validateRegistration(EMPTY_REGISTRATION),
  ...validateRegistration({ ...valid, firstName: 'A'.repeat(51), lastName: 'B'.repeat(51) }),
  ...validateRegistration({ ...valid, firstName: 'R2D2', lastName: '<Silva>' }),
  ...validateRegistration({ ...valid, email: 'not-an-email', emailConfirm: 'other@example.org' }),
  ...validateRegistration({ ...valid, email: `${'a'.repeat(250)}@example.org` }),
  ...validateRegistration({ ...valid, emailLanguage: 'xx', captcha: 'no way!' }),
  ...validateSignInEmail(''),
  ...validateSignInEmail('ana@'),
  ...validateSignInPassword(''),
  ...newPassword('', ''),
  ...newPassword('Abcdef1!x'),
  ...newPassword(`Aa1!${'x'.repeat(130)}`),
  ...newPassword('abcdefgh1!'),
  ...newPassword('ABCDEFGH1!'),
  ...newPassword('Abcdefghi!'),
  ...newPassword('Abcdefghi1'),
  ...newPassword('Silva-2024!x'),
  ...newPassword('Abcdefgh1!', 'Abcdefgh1?'),
  ...validateResetRequest({ email: '', captcha: '' }),
  ...validateResetRequest({ email: 'ana@example', captcha: '?' }),
  ...validateDevice({ deviceName: '', pin: '', pinConfirm: '' }),
  ...validateDevice({ deviceName: 'x'.repeat(31), pin: '12a4', pinConfirm: '1234' }),
  ...validateDevice({ deviceName: '<b>phone</b>', pin: '123', pinConfirm: '1243' }),
  ...validateEnrolmentPin('12345'),
  ...validateNewPin({ pin: '', pinConfirm: '' }),
  ...validateNewPin({ pin: '1234', pinConfirm: '4321' }),
  ...validateAppCredentials({ email: '', password: '' }),
  ...validateKey({ keyName: '', kind: 'securityKey' }),
  ...validateKey({ keyName: 'k'.repeat(51), kind: 'securityKey' }),
  ...validateKey({ keyName: 'key<script>', kind: 'trustedPlatform' }),
  ...validateOtp(''),
  ...validateOtp('ABC!-1234'),
  ...validateOtp('ABC'),
  ...validateCountry(''),
  ...validateCountry('XX'),
];

/** What EU Login (or the simulated world) can refuse, as the machine reports it. */
const REFUSALS: readonly FieldError[] = [
  { field: 'email', rule: 'institution' },
  { field: 'email', rule: 'disposable' },
  { field: 'email', rule: 'alreadyRegistered' },
  { field: 'captcha', rule: 'wrong' },
  { field: 'password', rule: 'wrong', params: { attemptsLeft: 3 } },
  { field: 'password', rule: 'tooSoon' },
  { field: 'password', rule: 'tooManyAttempts' },
  { field: 'method', rule: 'mfaRequired' },
  { field: 'method', rule: 'accountRequiresMfa' },
  { field: 'method', rule: 'notEnrolled' },
  { field: 'method', rule: 'cancelled' },
  { field: 'method', rule: 'unavailable' },
  { field: 'otp', rule: 'wrong' },
  { field: 'otp', rule: 'used' },
  { field: 'otp', rule: 'expired' },
  { field: 'pin', rule: 'wrong', params: { attemptsLeft: 2 } },
  { field: 'pin', rule: 'tooManyAttempts' },
  { field: 'pin', rule: 'expired' },
  { field: 'keyName', rule: 'alreadyRegistered' },
  { field: 'keyName', rule: 'cancelled' },
  { field: 'country', rule: 'cancelled' },
  { field: 'country', rule: 'unavailable' },
  { field: 'form', rule: 'unavailable' },
  { field: 'form', rule: 'notEnrolled' },
  { field: 'form', rule: 'invalidCharacters' },
  { field: 'form', rule: 'expired' },
  { field: 'form', rule: 'used' },
];

const pairs = (errors: readonly FieldError[]): string[] =>
  [...new Set(errors.map((e) => `${e.field}.${e.rule}`))].sort();

describe('the validator sample', () => {
  it('reaches every rule the validators can produce', () => {
    // One line per rule branch in packages/machine/src/rules: a new branch there must be added to the sample.
    expect(pairs(VALIDATOR_ERRORS)).toEqual([
      'captcha.format',
      'captcha.required',
      'country.required',
      'country.unsupported',
      'deviceName.invalidCharacters',
      'deviceName.required',
      'deviceName.tooLong',
      'email.format',
      'email.required',
      'email.tooLong',
      'emailConfirm.mismatch',
      'emailConfirm.required',
      'emailLanguage.unsupported',
      'firstName.invalidCharacters',
      'firstName.required',
      'firstName.tooLong',
      'keyName.invalidCharacters',
      'keyName.required',
      'keyName.tooLong',
      'lastName.invalidCharacters',
      'lastName.required',
      'lastName.tooLong',
      'otp.invalidCharacters',
      'otp.required',
      'otp.wrongLength',
      'password.containsPersonalData',
      'password.missingDigit',
      'password.missingLower',
      'password.missingSpecial',
      'password.missingUpper',
      'password.required',
      'password.tooLong',
      'password.tooShort',
      'passwordConfirm.mismatch',
      'passwordConfirm.required',
      'pin.notDigits',
      'pin.required',
      'pin.wrongLength',
      'pinConfirm.mismatch',
      'pinConfirm.required',
      'privacy.mustAccept',
    ]);
  });
});

describe.each(LOCALE_CONTENT)('%s error messages', (_locale, content) => {
  const all = [...VALIDATOR_ERRORS, ...REFUSALS];

  it.each(pairs(all))('%s has its own message, not the fallback', (pair) => {
    const [field, rule] = pair.split('.') as [FieldError['field'], Rule];
    const specific = content.errors[field]?.[rule];
    expect(specific, `no ${pair} message`).toBeTypeOf('string');
    expect(specific?.trim()).not.toBe('');
  });

  it.each(all.map((e) => [`${e.field}.${e.rule}`, e] as const))(
    '%s fills in every number the error carries',
    (_pair, error) => {
      const message = errorMessage(content, error);
      expect(message).not.toMatch(/\{[A-Za-z]\w*\}/);
      for (const value of Object.values(error.params ?? {})) expect(message).toContain(String(value));
    },
  );

  it('has a fallback for every rule', () => {
    const rules = new Set(all.map((e) => e.rule));
    for (const rule of rules) expect(content.errors.fallback[rule].trim()).not.toBe('');
  });
});

describe('errorMessage', () => {
  it('prefers the field-specific text and fills its params', () => {
    expect(errorMessage(en, { field: 'password', rule: 'tooShort', params: { min: 10 } })).toBe(
      'Use at least 10 characters.',
    );
    expect(errorMessage(pt, { field: 'password', rule: 'tooShort', params: { min: 12 } })).toBe(
      'Use pelo menos 12 caracteres.',
    );
  });

  it('falls back to the rule text when the field has none', () => {
    const error: FieldError = { field: 'privacy', rule: 'required' };
    expect(errorTemplate(en, error)).toBe(en.errors.fallback.required);
    expect(errorMessage(pt, error)).toBe(pt.errors.fallback.required);
  });

  it("takes extra params, but the error's own params win", () => {
    const error: FieldError = { field: 'pin', rule: 'wrong', params: { attemptsLeft: 1 } };
    expect(errorMessage(en, error, { attemptsLeft: 9 })).toBe('Wrong PIN. Tries left (assumed): 1.');
    expect(errorMessage(en, { field: 'pin', rule: 'wrong' }, { attemptsLeft: 4 })).toBe(
      'Wrong PIN. Tries left (assumed): 4.',
    );
  });

  it('points an already registered address to "Lost your password?"', () => {
    expect(errorMessage(en, { field: 'email', rule: 'alreadyRegistered' })).toContain('Lost your password?');
    expect(errorMessage(pt, { field: 'email', rule: 'alreadyRegistered' })).toContain(pt.ui.pc.buttons.lostPassword);
  });
});
