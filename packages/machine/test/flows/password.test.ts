import { describe, expect, it } from 'vitest';
import { rehearse } from '../harness.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('set and reset the password', () => {
  it('applies EU Login rules to the new password, then signs the person in', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'register.mailSent' });
    await r.advance(2 * MINUTE);
    await r.send({ type: 'mail.linkOpened', token: r.mailToken('confirmation') ?? '' });
    expect(r.step()).toBe('password.set');
    const cases: [string, string][] = [
      ['Abcdef1!x', 'tooShort'],
      ['abcdefgh1!', 'missingUpper'],
      ['ABCDEFGH1!', 'missingLower'],
      ['Abcdefghi!', 'missingDigit'],
      ['Abcdefghi1', 'missingSpecial'],
      ['Rehearsal-2026!', 'containsPersonalData'],
    ];
    for (const [password, rule] of cases) {
      await r.send({ type: 'user.submitNewPassword', values: { password, passwordConfirm: password } });
      expect(r.view().errorFor('password')?.rule, password).toBe(rule);
    }
    await r.send({ type: 'user.submitNewPassword', values: { password: 'Abcdefgh1!', passwordConfirm: 'Abcdefgh1?' } });
    expect(r.view().errorFor('passwordConfirm')?.rule).toBe('mismatch');
    await r.send({ type: 'user.submitNewPassword', values: { password: 'Abcdefgh1!', passwordConfirm: 'Abcdefgh1!' } });
    expect(r.step()).toBe('register.done');
    expect(r.view().data.auth).toBe('password');
  });

  it('resets a forgotten password through "Lost your password?" and the reset mail', async () => {
    const r = await rehearse({ journey: 'forgotPassword' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.lostPassword' });
    expect(r.step()).toBe('passwordReset.request');
    expect(r.view().values.resetRequest.email).toBe(r.world.persona.email);
    await r.send({
      type: 'user.submitResetRequest',
      values: { email: r.world.persona.email, captcha: r.view().data.captcha?.challenge ?? '' },
    });
    expect(r.step()).toBe('passwordReset.mailSent');
    await r.advance(2 * MINUTE);
    await r.send({ type: 'mail.linkOpened', token: r.mailToken('reset') ?? '' });
    expect(r.step()).toBe('password.set');
    await r.send({
      type: 'user.submitNewPassword',
      values: { password: 'New-Secret-42', passwordConfirm: 'New-Secret-42' },
    });
    expect(r.step()).toBe('passwordReset.done');
    expect(r.view().progress?.complete).toBe(true);
    await r.send({ type: 'user.continue' });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'appPin' });
    expect(r.view().errorFor('password')?.rule).toBe('wrong');
  });

  it('refuses a second change within 24 hours', async () => {
    const r = await rehearse({ journey: 'forgotPassword', whatIfs: ['passwordChangedRecently'] });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'passwordReset.request' });
    await r.send({
      type: 'user.submitResetRequest',
      values: { email: r.world.persona.email, captcha: r.view().data.captcha?.challenge ?? '' },
    });
    await r.advance(2 * MINUTE);
    await r.send({ type: 'mail.linkOpened', token: r.mailToken('reset') ?? '' });
    await r.send({
      type: 'user.submitNewPassword',
      values: { password: 'New-Secret-42', passwordConfirm: 'New-Secret-42' },
    });
    expect(r.view().errorFor('password')?.rule).toBe('tooSoon');
    expect(r.step()).toBe('password.set');
  });

  it('refuses to change a password set less than 24 hours ago, and takes the change once they have passed', async () => {
    const r = await rehearse({ journey: 'forgotPassword' });
    const requestReset = async () => {
      await r.send({ type: 'user.lostPassword' });
      await r.send({
        type: 'user.submitResetRequest',
        values: { email: r.world.persona.email, captcha: r.view().data.captcha?.challenge ?? '' },
      });
      expect(r.step()).toBe('passwordReset.mailSent');
      await r.advance(2 * MINUTE);
      await r.send({ type: 'mail.linkOpened', token: r.mailToken('reset') ?? '' });
      expect(r.step()).toBe('password.set');
    };
    const choose = (password: string) =>
      r.send({ type: 'user.submitNewPassword', values: { password, passwordConfirm: password } });

    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await requestReset();
    await choose('New-Secret-42');
    expect(r.step()).toBe('passwordReset.done');
    await r.send({ type: 'user.continue' });
    // 23 hours later, the person resets it again: the new link opens, but the password cannot change yet.
    await r.advance(23 * HOUR);
    await requestReset();
    await choose('Other-Secret-43');
    expect(r.view().errorFor('password')?.rule).toBe('tooSoon');
    expect(r.step()).toBe('password.set');
    // An hour on (the link is 62 minutes old, still valid), 24 hours have passed: the same page takes it.
    await r.advance(HOUR);
    await choose('Other-Secret-43');
    expect(r.step()).toBe('passwordReset.done');
  });

  it('refuses a wrong captcha on the reset request and keeps the address', async () => {
    const r = await rehearse({ journey: 'forgotPassword' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'passwordReset.request' });
    await r.send({ type: 'user.submitResetRequest', values: { email: r.world.persona.email, captcha: 'ZZZZ99' } });
    expect(r.view().errorFor('captcha')?.rule).toBe('wrong');
    expect(r.view().values.resetRequest.email).toBe(r.world.persona.email);
  });
});
