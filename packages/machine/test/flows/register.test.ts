import { describe, expect, it } from 'vitest';
import { PERSONA_REGISTRATION, rehearse } from '../harness.js';
import type { Rehearsal } from '../harness.js';
import type { RegistrationValues } from '../../src/index.js';

const MINUTE = 60_000;

async function submitRegistration(r: Rehearsal, overrides: Partial<RegistrationValues> = {}) {
  const captcha = r.view().data.captcha?.challenge ?? '';
  await r.send({
    type: 'user.submitRegistration',
    values: { ...PERSONA_REGISTRATION, captcha, ...overrides },
  });
}

describe('create an account (register.form)', () => {
  it('offers to create an account for an unknown address and carries the address over', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    expect(r.step()).toBe('signIn.email');
    await r.send({ type: 'user.submitEmail', email: 'new.person@example.org' });
    expect(r.step()).toBe('signIn.userNotFound');
    await r.send({ type: 'user.createAccount' });
    expect(r.step()).toBe('register.form');
    expect(r.view().values.register.email).toBe('new.person@example.org');
  });

  it('refuses every invalid field at once, naming field and rule, and keeps what was typed', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'user.createAccount' });
    await r.send({
      type: 'user.submitRegistration',
      values: {
        firstName: '',
        lastName: 'R2D2',
        email: 'alex@',
        emailConfirm: 'other@example.org',
        emailLanguage: 'xx',
        captcha: '',
        privacy: false,
      },
    });
    const v = r.view();
    expect(v.stepId).toBe('register.form');
    expect(v.errors.map((e) => `${e.field}.${e.rule}`)).toEqual([
      'firstName.required',
      'lastName.invalidCharacters',
      'email.format',
      'emailConfirm.mismatch',
      'emailLanguage.unsupported',
      'captcha.required',
      'privacy.mustAccept',
    ]);
    expect(v.values.register.lastName).toBe('R2D2');
    expect(v.values.register.emailConfirm).toBe('other@example.org');
  });

  it.each([
    ['an EU institution address', 'someone@ec.europa.eu', 'institution'],
    ['a disposable address', 'someone@mailinator.com', 'disposable'],
  ])('refuses %s', async (_label, email, rule) => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'user.createAccount' });
    await submitRegistration(r, { email, emailConfirm: email });
    expect(r.step()).toBe('register.form');
    expect(r.view().errorFor('email')?.rule).toBe(rule);
    expect(r.view().values.register.email).toBe(email);
  });

  it('points an already registered address to "Lost your password?" with the address filled in', async () => {
    const r = await rehearse({ journey: 'fullSetup', whatIfs: ['emailAlreadyRegistered'] });
    await r.send({ type: 'user.createAccount' });
    await submitRegistration(r);
    expect(r.view().errorFor('email')?.rule).toBe('alreadyRegistered');
    await r.send({ type: 'user.lostPassword' });
    expect(r.step()).toBe('passwordReset.request');
    expect(r.view().values.resetRequest.email).toBe(PERSONA_REGISTRATION.email);
  });

  it('draws a new captcha after a wrong answer and says so', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'user.createAccount' });
    const first = r.view().data.captcha?.id;
    await submitRegistration(r, { captcha: 'WRONG1' });
    expect(r.view().errorFor('captcha')?.rule).toBe('wrong');
    expect(r.view().data.captcha?.id).not.toBe(first);
    expect(r.view().values.register.firstName).toBe('Alex');
  });

  it('sends a confirmation mail whose link leads to choosing a password', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'user.createAccount' });
    await submitRegistration(r);
    expect(r.step()).toBe('register.mailSent');
    await r.advance(2 * MINUTE);
    const mail = r.world.mailbox(PERSONA_REGISTRATION.email)[0];
    expect(mail?.kind).toBe('confirmation');
    expect(mail?.folder).toBe('inbox');
    await r.send({ type: 'mail.linkOpened', token: mail?.token ?? '' });
    expect(r.step()).toBe('password.set');
  });

  it('delivers to the spam folder when that what-if is on', async () => {
    const r = await rehearse({ journey: 'fullSetup', whatIfs: ['mailInSpam'] });
    await r.send({ type: 'user.createAccount' });
    await submitRegistration(r);
    await r.advance(2 * MINUTE);
    expect(r.world.mailbox(PERSONA_REGISTRATION.email)[0]?.folder).toBe('spam');
  });

  it('holds a delayed mail back for minutes, then delivers it', async () => {
    const r = await rehearse({ journey: 'fullSetup', whatIfs: ['mailDelayed'] });
    await r.send({ type: 'user.createAccount' });
    await submitRegistration(r);
    await r.advance(2 * MINUTE);
    expect(r.world.mailbox(PERSONA_REGISTRATION.email)).toHaveLength(0);
    await r.advance(20 * MINUTE);
    expect(r.world.mailbox(PERSONA_REGISTRATION.email)).toHaveLength(1);
  });

  it('never delivers to a mistyped address; registering again keeps the form filled', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'user.createAccount' });
    await submitRegistration(r, { email: 'alex.rehersal@example.org', emailConfirm: 'alex.rehersal@example.org' });
    expect(r.step()).toBe('register.mailSent');
    await r.advance(30 * MINUTE);
    expect(r.world.mailbox(PERSONA_REGISTRATION.email)).toHaveLength(0);
    await r.send({ type: 'user.registerAgain' });
    expect(r.step()).toBe('register.form');
    expect(r.view().values.register.firstName).toBe('Alex');
  });

  it('sends the mail again on request, and only the newest link works', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'user.createAccount' });
    await submitRegistration(r);
    await r.advance(MINUTE);
    const old = r.mailToken('confirmation');
    await r.send({ type: 'user.resendMail' });
    expect(r.view().notice).toBe('mailResent');
    await r.advance(MINUTE);
    const fresh = r.mailToken('confirmation');
    expect(fresh).not.toBe(old);
    await r.send({ type: 'mail.linkOpened', token: old ?? '' });
    expect(r.step()).toBe('register.linkExpired');
  });

  it('still opens the link 89 minutes after it was sent (90 minutes assumed by default)', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'user.createAccount' });
    await submitRegistration(r);
    await r.advance(89 * MINUTE);
    await r.send({ type: 'mail.linkOpened', token: r.mailToken('confirmation') ?? '' });
    expect(r.step()).toBe('password.set');
  });

  it('shows an expired-link page once 90 minutes have passed (assumed default)', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'user.createAccount' });
    await submitRegistration(r);
    await r.advance(90 * MINUTE);
    await r.send({ type: 'mail.linkOpened', token: r.mailToken('confirmation') ?? '' });
    expect(r.step()).toBe('register.linkExpired');
    await r.send({ type: 'user.registerAgain' });
    expect(r.step()).toBe('register.form');
  });

  it.each([
    [29, 'password.set'],
    [30, 'register.linkExpired'],
  ] as const)('with linkTtlMs set to 30 minutes, a link opened after %i minutes leads to %s', async (minutes, step) => {
    const r = await rehearse({ journey: 'fullSetup', config: { linkTtlMs: 30 * MINUTE } });
    await r.send({ type: 'user.createAccount' });
    await submitRegistration(r);
    await r.advance(minutes * MINUTE);
    await r.send({ type: 'mail.linkOpened', token: r.mailToken('confirmation') ?? '' });
    expect(r.step()).toBe(step);
  });

  it('sends a fresh mail from the expired-link page, whose link works', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'user.createAccount' });
    await submitRegistration(r);
    await r.advance(91 * MINUTE);
    await r.send({ type: 'mail.linkOpened', token: r.mailToken('confirmation') ?? '' });
    expect(r.step()).toBe('register.linkExpired');
    await r.send({ type: 'user.resendMail' });
    expect(r.step()).toBe('register.mailSent');
    expect(r.view().notice).toBe('mailResent');
    await r.advance(2 * MINUTE);
    await r.send({ type: 'mail.linkOpened', token: r.mailToken('confirmation') ?? '' });
    expect(r.step()).toBe('password.set');
  });

  it('keeps what was typed when a new captcha is drawn', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'user.createAccount' });
    const old = r.view().data.captcha;
    expect(old?.challenge).toMatch(/^[A-Z0-9]{6}$/);
    const typed = { ...PERSONA_REGISTRATION, firstName: 'Ana', captcha: 'OLD123' };
    await r.send({ type: 'user.refreshCaptcha', values: typed });
    const fresh = r.view().data.captcha;
    expect(fresh?.id).not.toBe(old?.id);
    expect(fresh?.challenge).toMatch(/^[A-Z0-9]{6}$/);
    expect(fresh?.challenge).not.toBe(old?.challenge);
    expect(r.view().values.register).toEqual({ ...typed, captcha: '' });
    // Only the new captcha's text is accepted now.
    await submitRegistration(r, { captcha: old?.challenge ?? '' });
    expect(r.view().errorFor('captcha')?.rule).toBe('wrong');
  });
});
