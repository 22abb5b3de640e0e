import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '@eulogin-coach/machine';
import { LINK_URLS, MAIL_SENDER } from '../src/index.js';
import {
  ACTIVE,
  HOUR,
  MINUTE,
  deliverAll,
  latestToken,
  makeWorld,
  preparedWorld,
  register,
  registration,
} from './world-fixture.js';

describe('registration: refusals', () => {
  it.each([
    ['someone@ec.europa.eu', 'institution'],
    ['someone@europa.eu', 'institution'],
    ['someone@EIB.org', 'institution'],
    ['someone@ecb.int', 'institution'],
    ['someone@mailinator.com', 'disposable'],
    ['someone@yopmail.com', 'disposable'],
  ])('refuses %s as %s, and creates no account', async (email, rule) => {
    const f = makeWorld();
    expect(await register(f, email)).toEqual({ kind: 'refused', error: { field: 'email', rule } });
    expect(f.world.inspect().accounts).toEqual({});
  });

  it('accepts an address that only looks like an institution’s', async () => {
    const f = makeWorld();
    expect(await register(f, 'fan@noteuropa.eu')).toEqual({ kind: 'ok' });
  });

  it('refuses an address with an active account, pointing to password reset', async () => {
    const f = await preparedWorld([], { whatIfs: ['emailAlreadyRegistered'] });
    expect(await register(f, f.email.toUpperCase())).toEqual({
      kind: 'refused',
      error: { field: 'email', rule: 'alreadyRegistered' },
    });
  });

  it('refuses a wrong captcha, accepts the right one in any letter case', async () => {
    const f = makeWorld();
    const captcha = await f.effects.issueCaptcha();
    expect(captcha.challenge).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    const wrong = await f.effects.registerAccount({ ...registration(f.email, 'ZZZZZZ'), captchaId: captcha.id });
    expect(wrong).toEqual({ kind: 'refused', error: { field: 'captcha', rule: 'wrong' } });
    const right = registration(f.email, ` ${captcha.challenge.toLowerCase()} `);
    expect(await f.effects.registerAccount({ ...right, captchaId: captcha.id })).toEqual({ kind: 'ok' });
  });

  it('a captcha solves one successful request only', async () => {
    const f = makeWorld();
    const captcha = await f.effects.issueCaptcha();
    const values = { ...registration('one@example.com', captcha.challenge), captchaId: captcha.id };
    expect(await f.effects.registerAccount(values)).toEqual({ kind: 'ok' });
    const again = { ...registration('two@example.com', captcha.challenge), captchaId: captcha.id };
    expect(await f.effects.registerAccount(again)).toMatchObject({ error: { field: 'captcha', rule: 'wrong' } });
  });

  it('re-checks the form rules a client should have checked', async () => {
    const f = makeWorld();
    expect(await register(f, f.email, { privacy: false })).toEqual({
      kind: 'refused',
      error: { field: 'privacy', rule: 'mustAccept' },
    });
    expect(await register(f, f.email, { emailConfirm: 'other@example.org' })).toMatchObject({
      error: { field: 'emailConfirm', rule: 'mismatch' },
    });
    expect(await register(f, 'not-an-address')).toMatchObject({ error: { field: 'email', rule: 'format' } });
  });
});

describe('registration: mail', () => {
  it('sends a confirmation in the chosen language from EU Login’s sender, with a link', async () => {
    const f = makeWorld();
    expect(await register(f, f.email)).toEqual({ kind: 'ok' });
    deliverAll(f, f.email);
    const [mail] = f.world.mailbox(f.email);
    expect(mail).toMatchObject({
      to: f.email,
      from: MAIL_SENDER,
      folder: 'inbox',
      kind: 'confirmation',
      language: 'fr',
    });
    expect(mail?.url).toBe(`${LINK_URLS.register}&token=${mail?.token}`);
  });

  it('shows a mail only once delivered, within a minute by default', async () => {
    const f = makeWorld();
    await register(f, f.email);
    expect(f.world.mailbox(f.email)).toEqual([]);
    const at = f.world.nextDeliveryAt(f.email);
    expect(at).toBeGreaterThanOrEqual(5_000);
    expect(at).toBeLessThanOrEqual(60_000);
    f.clock.increment((at ?? 0) - 1);
    expect(f.world.mailbox(f.email)).toEqual([]);
    f.clock.increment(1);
    expect(f.world.mailbox(f.email)).toHaveLength(1);
    expect(f.world.mailbox(f.email)[0]?.receivedAt).toBe(at);
    expect(f.world.nextDeliveryAt(f.email)).toBeNull();
  });

  it('with mailDelayed, the mail takes at least 10 minutes and at most maxMailDelayMs', async () => {
    const f = await preparedWorld([], { whatIfs: ['mailDelayed'] });
    await register(f, f.email);
    f.clock.increment(10 * MINUTE - 1);
    expect(f.world.mailbox(f.email)).toEqual([]);
    f.clock.increment(DEFAULT_CONFIG.maxMailDelayMs - 10 * MINUTE + 1);
    expect(f.world.mailbox(f.email)).toHaveLength(1);
  });

  it('with mailInSpam, the person’s mail lands in spam; a mistyped address gets its mail elsewhere', async () => {
    const f = await preparedWorld([], { whatIfs: ['mailInSpam'] });
    await register(f, 'alex.rehersal@example.org');
    deliverAll(f, 'alex.rehersal@example.org');
    expect(f.world.mailbox(f.email)).toEqual([]);
    expect(f.world.mailbox('alex.rehersal@example.org')).toMatchObject([{ folder: 'inbox', kind: 'confirmation' }]);
    await register(f, f.email);
    deliverAll(f, f.email);
    expect(f.world.mailbox(f.email)).toMatchObject([{ folder: 'spam', kind: 'confirmation' }]);
  });

  it('lists mails newest first', async () => {
    const f = makeWorld();
    await register(f, f.email);
    deliverAll(f, f.email);
    f.clock.increment(HOUR);
    await f.effects.resendMail({ email: f.email, purpose: 'register' });
    deliverAll(f, f.email);
    const mails = f.world.mailbox(f.email);
    expect(mails).toHaveLength(2);
    expect((mails[0]?.receivedAt ?? 0) > (mails[1]?.receivedAt ?? 0)).toBe(true);
  });
});

describe('confirmation links', () => {
  it('opens to the password page with the person’s details, within 90 minutes of sending', async () => {
    const f = makeWorld();
    await register(f, f.email);
    const token = latestToken(f, f.email);
    expect(await f.effects.openLink({ token })).toEqual({
      kind: 'valid',
      purpose: 'register',
      email: f.email,
      personal: { firstName: 'Alex', lastName: 'Rehearsal', email: f.email },
    });
    const sentAt = f.world.inspect().links[token]?.sentAt ?? 0;
    f.clock.increment(sentAt + DEFAULT_CONFIG.linkTtlMs - 1 - f.clock.now());
    expect(await f.effects.openLink({ token })).toMatchObject({ kind: 'valid' });
    f.clock.increment(1);
    expect(await f.effects.openLink({ token })).toEqual({ kind: 'expired', purpose: 'register' });
    const set = await f.effects.setPassword({ token, password: f.world.persona.password });
    expect(set).toEqual({ kind: 'refused', error: { field: 'form', rule: 'expired' } });
  });

  it('follows a configured link lifetime', async () => {
    const f = makeWorld({ config: { linkTtlMs: 10 * MINUTE } });
    await register(f, f.email);
    const token = latestToken(f, f.email);
    f.clock.increment(10 * MINUTE);
    expect(await f.effects.openLink({ token })).toMatchObject({ kind: 'expired' });
  });

  it('sets the password once: the link is then used, and the account active', async () => {
    const f = makeWorld();
    await register(f, f.email);
    const token = latestToken(f, f.email);
    const set = await f.effects.setPassword({ token, password: f.world.persona.password });
    expect(set).toMatchObject({ kind: 'ok', account: { email: f.email, devices: [], keys: [], eids: [] } });
    expect(await f.effects.openLink({ token })).toEqual({ kind: 'used', purpose: 'register' });
    expect(await f.effects.setPassword({ token, password: 'Another-pass-1' })).toMatchObject({
      error: { rule: 'used' },
    });
    expect(await f.effects.lookupAccount({ email: f.email })).toMatchObject({ kind: 'known' });
    const signIn = await f.effects.signIn({ email: f.email, password: f.world.persona.password, method: 'password' });
    expect(signIn.kind).toBe('ok');
  });

  it('re-checks the password rules, with the person’s names', async () => {
    const f = makeWorld();
    await register(f, f.email);
    const token = latestToken(f, f.email);
    expect(await f.effects.setPassword({ token, password: 'Short-1' })).toEqual({
      kind: 'refused',
      error: { field: 'password', rule: 'tooShort', params: { min: 10 } },
    });
    expect(await f.effects.setPassword({ token, password: 'Rehearsal-2025!' })).toMatchObject({
      error: { field: 'password', rule: 'containsPersonalData' },
    });
    expect(await f.effects.openLink({ token })).toMatchObject({ kind: 'valid' });
  });

  it('a resent mail makes older links stop working', async () => {
    const f = makeWorld();
    await register(f, f.email);
    const first = latestToken(f, f.email);
    await f.effects.resendMail({ email: f.email, purpose: 'register' });
    const second = latestToken(f, f.email);
    expect(second).not.toBe(first);
    expect(await f.effects.openLink({ token: first })).toEqual({ kind: 'expired', purpose: 'register' });
    expect(await f.effects.openLink({ token: second })).toMatchObject({ kind: 'valid' });
  });

  it('registering again replaces an unconfirmed account and its link', async () => {
    const f = makeWorld();
    await register(f, f.email);
    const first = latestToken(f, f.email);
    expect(await register(f, f.email, { firstName: 'Alexandra' })).toEqual({ kind: 'ok' });
    const second = latestToken(f, f.email);
    expect(await f.effects.openLink({ token: first })).toMatchObject({ kind: 'expired' });
    expect(await f.effects.openLink({ token: second })).toMatchObject({ personal: { firstName: 'Alexandra' } });
  });

  it('an unknown token is unknown', async () => {
    const f = makeWorld();
    expect(await f.effects.openLink({ token: 'nope' })).toEqual({ kind: 'unknown', purpose: 'register' });
  });
});

describe('password reset', () => {
  async function requestReset(f: ReturnType<typeof makeWorld>, email: string) {
    const captcha = await f.effects.issueCaptcha();
    return f.effects.requestPasswordReset({ email, captcha: captcha.challenge, captchaId: captcha.id });
  }

  it('mails a reset link to a known address; older reset links stop working', async () => {
    const f = await preparedWorld(ACTIVE);
    expect(await requestReset(f, f.email)).toEqual({ kind: 'ok' });
    const first = latestToken(f, f.email);
    expect(f.world.mailbox(f.email)[0]).toMatchObject({ kind: 'reset', url: `${LINK_URLS.reset}&token=${first}` });
    expect(await requestReset(f, f.email)).toEqual({ kind: 'ok' });
    const second = latestToken(f, f.email);
    expect(await f.effects.openLink({ token: first })).toEqual({ kind: 'expired', purpose: 'reset' });
    expect(await f.effects.setPassword({ token: second, password: 'Brand-new-pass-9' })).toMatchObject({ kind: 'ok' });
    const signIn = await f.effects.signIn({ email: f.email, password: 'Brand-new-pass-9', method: 'password' });
    expect(signIn.kind).toBe('ok');
  });

  it('answers ok for an unknown address but sends nothing', async () => {
    const f = await preparedWorld(ACTIVE);
    expect(await requestReset(f, 'nobody@example.com')).toEqual({ kind: 'ok' });
    expect(f.world.inspect().mails).toEqual([]);
  });

  it('refuses a wrong captcha', async () => {
    const f = await preparedWorld(ACTIVE);
    const captcha = await f.effects.issueCaptcha();
    const outcome = await f.effects.requestPasswordReset({ email: f.email, captcha: 'WRONG1', captchaId: captcha.id });
    expect(outcome).toEqual({ kind: 'refused', error: { field: 'captcha', rule: 'wrong' } });
  });

  it('refuses a new password within 24 hours of the last change, then accepts it', async () => {
    const f = await preparedWorld(ACTIVE, { whatIfs: ['passwordChangedRecently'] });
    await requestReset(f, f.email);
    const token = latestToken(f, f.email);
    expect(await f.effects.setPassword({ token, password: 'Brand-new-pass-9' })).toEqual({
      kind: 'refused',
      error: { field: 'password', rule: 'tooSoon' },
    });
    f.clock.increment(DEFAULT_CONFIG.passwordChangeIntervalMs);
    await requestReset(f, f.email);
    const later = latestToken(f, f.email);
    expect(await f.effects.setPassword({ token: later, password: 'Brand-new-pass-9' })).toMatchObject({ kind: 'ok' });
  });

  it('a password set through a link cannot change again the same day', async () => {
    const f = makeWorld();
    await register(f, f.email);
    await f.effects.setPassword({ token: latestToken(f, f.email), password: f.world.persona.password });
    await requestReset(f, f.email);
    const token = latestToken(f, f.email);
    expect(await f.effects.setPassword({ token, password: 'Brand-new-pass-9' })).toMatchObject({
      error: { rule: 'tooSoon' },
    });
  });
});
