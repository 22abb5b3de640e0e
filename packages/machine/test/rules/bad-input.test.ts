import { describe, expect, it } from 'vitest';
import type { CoachEvent, Field, Rule, StepId } from '../../src/index.js';
import { rehearse } from '../harness.js';

/**
 * Bad input through the coach itself: each invalid value is refused with exactly its field and rule, and every
 * other value the person typed is still there afterwards. The tables below hold well over the 60 invalid values
 * asked for, across every field of every form the coach checks.
 */
interface Case {
  readonly value: string | boolean;
  readonly rule: Rule;
  readonly field?: Field;
}

const long = (n: number, c = 'a') => c.repeat(n);

const registration = {
  firstName: 'Ana',
  lastName: 'Silva',
  email: 'ana.silva@example.org',
  emailConfirm: 'ana.silva@example.org',
  emailLanguage: 'pt',
  captcha: 'ABCD23',
  privacy: true,
};

const registrationCases: Record<keyof typeof registration, readonly Case[]> = {
  firstName: [
    { value: '', rule: 'required' },
    { value: '   ', rule: 'required' },
    { value: 'Ana2', rule: 'invalidCharacters' },
    { value: '@na', rule: 'invalidCharacters' },
    { value: '-Ana', rule: 'invalidCharacters' },
    { value: 'Ana 😀', rule: 'invalidCharacters' },
    { value: long(51), rule: 'tooLong' },
  ],
  lastName: [
    { value: '', rule: 'required' },
    { value: 'Silva_1', rule: 'invalidCharacters' },
    { value: "O'Brien<", rule: 'invalidCharacters' },
    { value: "''Brien", rule: 'invalidCharacters' },
    { value: long(60, 'z'), rule: 'tooLong' },
  ],
  email: [
    { value: '', rule: 'required' },
    { value: 'plainaddress', rule: 'format' },
    { value: '@example.org', rule: 'format' },
    { value: 'ana@', rule: 'format' },
    { value: 'ana@example', rule: 'format' },
    { value: 'ana silva@example.org', rule: 'format' },
    { value: 'ana..silva@example.org', rule: 'format' },
    { value: 'ana@-example.org', rule: 'format' },
    { value: 'ana@example.c', rule: 'format' },
    { value: 'ana@@example.org', rule: 'format' },
    { value: 'ana@exam_ple.org', rule: 'format' },
    { value: `${long(250)}@example.org`, rule: 'tooLong' },
  ],
  emailConfirm: [
    { value: '', rule: 'required' },
    { value: 'ana.silva@example.com', rule: 'mismatch' },
    { value: 'anasilva@example.org', rule: 'mismatch' },
  ],
  emailLanguage: [
    { value: '', rule: 'unsupported' },
    { value: 'xx', rule: 'unsupported' },
    { value: 'PT', rule: 'unsupported' },
  ],
  captcha: [
    { value: '', rule: 'required' },
    { value: 'ab', rule: 'format' },
    { value: 'AB CD2', rule: 'format' },
    { value: 'ABCD!2', rule: 'format' },
    { value: 'ABCDEFGH2', rule: 'format' },
  ],
  privacy: [{ value: false, rule: 'mustAccept' }],
};

const password = { password: 'Quiet-Harbour-42', passwordConfirm: 'Quiet-Harbour-42' };
const passwordCases: readonly (Case & { field: 'password' | 'passwordConfirm' })[] = [
  { field: 'password', value: '', rule: 'required' },
  { field: 'password', value: 'Ab1!', rule: 'tooShort' },
  { field: 'password', value: 'Abcdef1!x', rule: 'tooShort' },
  { field: 'password', value: 'abcdefgh1!', rule: 'missingUpper' },
  { field: 'password', value: 'ABCDEFGH1!', rule: 'missingLower' },
  { field: 'password', value: 'Abcdefghi!', rule: 'missingDigit' },
  { field: 'password', value: 'Abcdefghi1', rule: 'missingSpecial' },
  { field: 'password', value: `Aa1!${long(130)}`, rule: 'tooLong' },
  { field: 'password', value: 'My-name-is-Alex-1', rule: 'containsPersonalData' },
  { field: 'password', value: 'x-REHEARSAL-99y', rule: 'containsPersonalData' },
  { field: 'passwordConfirm', value: '', rule: 'required' },
  { field: 'passwordConfirm', value: 'Quiet-Harbour-43', rule: 'mismatch' },
];

const device = { deviceName: 'My phone', pin: '2580', pinConfirm: '2580' };
const deviceCases: readonly (Case & { field: 'deviceName' | 'pin' | 'pinConfirm' })[] = [
  { field: 'deviceName', value: '', rule: 'required' },
  { field: 'deviceName', value: '    ', rule: 'required' },
  { field: 'deviceName', value: long(31, 'p'), rule: 'tooLong' },
  { field: 'deviceName', value: '<b>phone</b>', rule: 'invalidCharacters' },
  { field: 'deviceName', value: 'my\tphone', rule: 'invalidCharacters' },
  { field: 'deviceName', value: 'Phone\u202eenoh', rule: 'invalidCharacters' },
  { field: 'deviceName', value: 'Phone\u200b', rule: 'invalidCharacters' },
  { field: 'pin', value: '', rule: 'required' },
  { field: 'pin', value: '123', rule: 'wrongLength' },
  { field: 'pin', value: '12345', rule: 'wrongLength' },
  { field: 'pin', value: '12a4', rule: 'notDigits' },
  { field: 'pin', value: ' 258', rule: 'notDigits' },
  { field: 'pin', value: '２５８０', rule: 'notDigits' },
  { field: 'pinConfirm', value: '', rule: 'required' },
  { field: 'pinConfirm', value: '2581', rule: 'mismatch' },
];

const otpCases: readonly Case[] = [
  { value: '', rule: 'required' },
  { value: '  ', rule: 'required' },
  { value: 'ABC', rule: 'wrongLength' },
  { value: '1234567', rule: 'wrongLength' },
  { value: 'ABCDEFGHJ', rule: 'wrongLength' },
  { value: 'ABCD!234', rule: 'invalidCharacters' },
  { value: 'ABCDÉ234', rule: 'invalidCharacters' },
];

const keyCases: readonly Case[] = [
  { value: '', rule: 'required' },
  { value: long(51, 'k'), rule: 'tooLong' },
  { value: 'key<1>', rule: 'invalidCharacters' },
];

const countryCases: readonly Case[] = [
  { value: '', rule: 'required' },
  { value: 'US', rule: 'unsupported' },
  { value: 'be', rule: 'unsupported' },
  { value: 'XX', rule: 'unsupported' },
];

const signInEmailCases: readonly Case[] = [
  { value: '', rule: 'required' },
  { value: 'ana.example.org', rule: 'format' },
];

/** The new app PIN, typed twice in the app after "Forgot PIN code". */
const newPin = { pin: '9753', pinConfirm: '9753' };
const newPinCases: readonly (Case & { field: 'pin' | 'pinConfirm' })[] = [
  { field: 'pin', value: '', rule: 'required' },
  { field: 'pin', value: '975', rule: 'wrongLength' },
  { field: 'pin', value: '97531', rule: 'wrongLength' },
  { field: 'pin', value: '97a3', rule: 'notDigits' },
  { field: 'pin', value: '97 3', rule: 'notDigits' },
  { field: 'pin', value: '٩٧٥٣', rule: 'notDigits' },
  { field: 'pinConfirm', value: '', rule: 'required' },
  { field: 'pinConfirm', value: '9751', rule: 'mismatch' },
];

/** "Lost your password?": the address to send the reset mail to, and the captcha. */
const resetRequest = { email: 'ana.silva@example.org', captcha: 'ABCD23' };
const resetRequestCases: readonly (Case & { field: 'email' | 'captcha' })[] = [
  { field: 'email', value: '', rule: 'required' },
  { field: 'email', value: '   ', rule: 'required' },
  { field: 'email', value: 'ana@', rule: 'format' },
  { field: 'email', value: 'ana silva@example.org', rule: 'format' },
  { field: 'email', value: `${long(250)}@example.org`, rule: 'tooLong' },
  { field: 'captcha', value: '', rule: 'required' },
  { field: 'captcha', value: 'ab', rule: 'format' },
  { field: 'captcha', value: 'AB CD2', rule: 'format' },
  { field: 'captcha', value: 'ABCDEFGH2', rule: 'format' },
];

/** The EU Login credentials the app asks for before it lets the person choose a new PIN. */
const appCredentials = { email: 'ana.silva@example.org', password: 'Quiet-Harbour-42' };
const appCredentialCases: readonly (Case & { field: 'email' | 'password' })[] = [
  { field: 'email', value: '', rule: 'required' },
  { field: 'email', value: 'plainaddress', rule: 'format' },
  { field: 'email', value: 'ana..silva@example.org', rule: 'format' },
  { field: 'email', value: `${long(250)}@example.org`, rule: 'tooLong' },
  { field: 'password', value: '', rule: 'required' },
];

/** A confirmation field may be refused together with the field it confirms; no other field may be. */
const companion: Partial<Record<string, string>> = {
  email: 'emailConfirm',
  password: 'passwordConfirm',
  pin: 'pinConfirm',
};

function expectOnly(errors: readonly { field: string; rule: string }[], field: string, rule: string) {
  expect(errors.find((e) => e.field === field)?.rule).toBe(rule);
  expect(errors.filter((e) => e.field !== field && e.field !== companion[field])).toEqual([]);
}

async function refusedOn(stepId: StepId, event: CoachEvent) {
  const r = await rehearse({ journey: 'fullSetup' });
  await r.send({ type: 'helpdesk.jumpTo', stepId });
  expect(r.step()).toBe(stepId);
  await r.send(event);
  expect(r.step()).toBe(stepId);
  const view = r.view();
  r.actor.stop();
  return view;
}

describe('bad input is refused with its field and rule, and nothing typed is lost', () => {
  for (const [field, cases] of Object.entries(registrationCases)) {
    it.each(cases.map((c) => [JSON.stringify(c.value), c.rule, c.value] as const))(
      `registration ${field} %s → ${field}.%s`,
      async (_label, rule, value) => {
        const values = { ...registration, [field]: value };
        const view = await refusedOn('register.form', { type: 'user.submitRegistration', values });
        expectOnly(view.errors, field, rule);
        expect(view.values.register).toEqual(values);
      },
    );
  }

  it.each(passwordCases.map((c) => [c.field, JSON.stringify(c.value), c.rule, c.value] as const))(
    'new password: %s %s → %s',
    async (field, _label, rule, value) => {
      const r = await rehearse({ journey: 'fullSetup' });
      await r.send({ type: 'helpdesk.jumpTo', stepId: 'register.mailSent' });
      await r.advance(120_000);
      await r.send({ type: 'mail.linkOpened', token: r.mailToken('confirmation') ?? '' });
      const text = value as string;
      const values =
        field === 'password' ? { password: text, passwordConfirm: text } : { ...password, passwordConfirm: text };
      await r.send({ type: 'user.submitNewPassword', values });
      expect(r.step()).toBe('password.set');
      expectOnly(r.view().errors, field, rule);
      expect(r.view().values.newPassword).toEqual(values);
    },
  );

  it.each(deviceCases.map((c) => [c.field, JSON.stringify(c.value), c.rule, c.value] as const))(
    'add device: %s %s → %s',
    async (field, _label, rule, value) => {
      const text = value as string;
      const values = field === 'pin' ? { ...device, pin: text, pinConfirm: text } : { ...device, [field]: text };
      const view = await refusedOn('device.addForm', { type: 'user.submitDevice', values });
      expectOnly(view.errors, field, rule);
      expect(view.values.device).toEqual(values);
    },
  );

  it.each(otpCases.map((c) => [JSON.stringify(c.value), c.rule, c.value] as const))(
    'one-time code %s → otp.%s',
    async (_label, rule, value) => {
      const r = await rehearse({ journey: 'signInAppQr' });
      await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
      await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'appQr' });
      await r.send({ type: 'user.submitOtp', otp: value as string });
      expect(r.step()).toBe('signIn.qrCode');
      expectOnly(r.view().errors, 'otp', rule);
      expect(r.view().values.otp).toBe(value);
    },
  );

  it.each(keyCases.map((c) => [JSON.stringify(c.value), c.rule, c.value] as const))(
    'key name %s → keyName.%s',
    async (_label, rule, value) => {
      const values = { keyName: value as string, kind: 'trustedPlatform' as const };
      const view = await refusedOn('key.addForm', { type: 'user.submitKey', values });
      expectOnly(view.errors, 'keyName', rule);
      expect(view.values.key).toEqual(values);
    },
  );

  it.each(countryCases.map((c) => [JSON.stringify(c.value), c.rule, c.value] as const))(
    'eID country %s → country.%s',
    async (_label, rule, value) => {
      const view = await refusedOn('eid.country', { type: 'user.chooseCountry', country: value as string });
      expectOnly(view.errors, 'country', rule);
      expect(view.values.country).toBe(value);
    },
  );

  it.each(signInEmailCases.map((c) => [JSON.stringify(c.value), c.rule, c.value] as const))(
    'sign-in e-mail %s → email.%s',
    async (_label, rule, value) => {
      const view = await refusedOn('signIn.email', { type: 'user.submitEmail', email: value as string });
      expectOnly(view.errors, 'email', rule);
      expect(view.values.signInEmail).toBe(value);
    },
  );

  it.each(newPinCases.map((c) => [c.field, JSON.stringify(c.value), c.rule, c.value] as const))(
    'new app PIN: %s %s → %s',
    async (field, _label, rule, value) => {
      const r = await rehearse({ journey: 'forgotPin' });
      await r.send({ type: 'phone.forgotPin' });
      await r.send({
        type: 'phone.submitCredentials',
        values: { email: r.world.persona.email, password: r.world.persona.password },
      });
      expect(r.step()).toBe('pin.new');
      const text = value as string;
      const values = field === 'pin' ? { pin: text, pinConfirm: text } : { ...newPin, pinConfirm: text };
      await r.send({ type: 'phone.submitNewPin', values });
      expect(r.step()).toBe('pin.new');
      expectOnly(r.view().errors, field, rule);
      expect(r.view().values.newPin).toEqual(values);
      r.actor.stop();
    },
  );

  it.each(resetRequestCases.map((c) => [c.field, JSON.stringify(c.value), c.rule, c.value] as const))(
    'password reset request: %s %s → %s',
    async (field, _label, rule, value) => {
      const values = { ...resetRequest, [field]: value as string };
      const view = await refusedOn('passwordReset.request', { type: 'user.submitResetRequest', values });
      expectOnly(view.errors, field, rule);
      expect(view.values.resetRequest).toEqual(values);
    },
  );

  it.each(appCredentialCases.map((c) => [c.field, JSON.stringify(c.value), c.rule, c.value] as const))(
    'app credentials: %s %s → %s',
    async (field, _label, rule, value) => {
      const values = { ...appCredentials, [field]: value as string };
      const view = await refusedOn('pin.credentials', { type: 'phone.submitCredentials', values });
      expectOnly(view.errors, field, rule);
      expect(view.values.appCredentials).toEqual(values);
    },
  );
});
