import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '@eulogin-coach/machine';
import { ACTIVE, MINUTE, WITH_APP, makeWorld, preparedWorld, register } from './world-fixture.js';

describe('sign-in with a password', () => {
  it('signs in with the right password and returns the account', async () => {
    const f = await preparedWorld(ACTIVE);
    const outcome = await f.effects.signIn({ email: f.email, password: f.world.persona.password, method: 'password' });
    expect(outcome).toMatchObject({ kind: 'ok', account: { email: f.email } });
  });

  it('counts wrong passwords and locks after the configured number, even against the right one', async () => {
    const f = await preparedWorld(ACTIVE);
    const wrong = () => f.effects.signIn({ email: f.email, password: 'Not-the-one-1', method: 'password' });
    const right = () => f.effects.signIn({ email: f.email, password: f.world.persona.password, method: 'password' });
    for (let left = DEFAULT_CONFIG.maxPasswordAttempts - 1; left > 0; left--) {
      expect(await wrong()).toEqual({ kind: 'wrongPassword', attemptsLeft: left });
    }
    const until = f.clock.now() + DEFAULT_CONFIG.lockoutMs;
    expect(await wrong()).toEqual({ kind: 'locked', until });
    expect(await right()).toEqual({ kind: 'locked', until });
    f.clock.increment(DEFAULT_CONFIG.lockoutMs - 1);
    expect(await right()).toEqual({ kind: 'locked', until });
    f.clock.increment(1);
    expect(await right()).toMatchObject({ kind: 'ok' });
  });

  it('follows the configured attempts and lockout', async () => {
    const f = await preparedWorld(ACTIVE, {}, { config: { maxPasswordAttempts: 2, lockoutMs: MINUTE } });
    const wrong = () => f.effects.signIn({ email: f.email, password: 'Not-the-one-1', method: 'password' });
    expect(await wrong()).toEqual({ kind: 'wrongPassword', attemptsLeft: 1 });
    expect(await wrong()).toEqual({ kind: 'locked', until: MINUTE });
    f.clock.increment(MINUTE);
    expect(await wrong()).toEqual({ kind: 'wrongPassword', attemptsLeft: 1 });
  });

  it('the right password resets the count', async () => {
    const f = await preparedWorld(ACTIVE);
    const wrong = () => f.effects.signIn({ email: f.email, password: 'Not-the-one-1', method: 'password' });
    await wrong();
    await wrong();
    await f.effects.signIn({ email: f.email, password: f.world.persona.password, method: 'password' });
    expect(await wrong()).toEqual({ kind: 'wrongPassword', attemptsLeft: DEFAULT_CONFIG.maxPasswordAttempts - 1 });
  });

  it('an unknown or unconfirmed address reads as a wrong password, so accounts stay private', async () => {
    const f = makeWorld();
    await register(f, f.email);
    const left = DEFAULT_CONFIG.maxPasswordAttempts - 1;
    for (const email of [f.email, 'nobody@example.com']) {
      const outcome = await f.effects.signIn({ email, password: f.world.persona.password, method: 'password' });
      expect(outcome).toEqual({ kind: 'wrongPassword', attemptsLeft: left });
    }
  });

  it('a new password through "Lost your password?" ends a lockout', async () => {
    const f = await preparedWorld(ACTIVE);
    for (let i = 0; i < DEFAULT_CONFIG.maxPasswordAttempts; i++) {
      await f.effects.signIn({ email: f.email, password: 'Not-the-one-1', method: 'password' });
    }
    const captcha = await f.effects.issueCaptcha();
    await f.effects.requestPasswordReset({ email: f.email, captcha: captcha.challenge, captchaId: captcha.id });
    const token = f.world.inspect().mails.at(-1)?.token ?? '';
    await f.effects.setPassword({ token, password: 'Brand-new-pass-9' });
    const outcome = await f.effects.signIn({ email: f.email, password: 'Brand-new-pass-9', method: 'password' });
    expect(outcome.kind).toBe('ok');
  });

  it('refuses the password alone when the account always requires a second factor', async () => {
    const f = await preparedWorld(WITH_APP, { whatIfs: ['alwaysMfa'] });
    const password = f.world.persona.password;
    expect(await f.effects.signIn({ email: f.email, password, method: 'password' })).toEqual({
      kind: 'methodUnavailable',
    });
    const outcome = await f.effects.signIn({ email: f.email, password, method: 'appPin' });
    expect(outcome).toMatchObject({ kind: 'ok', account: { alwaysMfa: true } });
    const plain = await preparedWorld(WITH_APP);
    const summary = await plain.effects.signIn({ email: plain.email, password, method: 'password' });
    expect(summary.kind === 'ok' && 'alwaysMfa' in summary.account).toBe(false);
  });

  it('offers app and key methods only when the account has that factor', async () => {
    const bare = await preparedWorld(ACTIVE);
    const password = bare.world.persona.password;
    for (const method of ['appPin', 'appQr', 'securityKey'] as const) {
      expect(await bare.effects.signIn({ email: bare.email, password, method })).toEqual({ kind: 'methodUnavailable' });
    }
    const app = await preparedWorld(WITH_APP);
    expect(await app.effects.signIn({ email: app.email, password, method: 'appPin' })).toMatchObject({ kind: 'ok' });
    expect(await app.effects.signIn({ email: app.email, password, method: 'appQr' })).toMatchObject({ kind: 'ok' });
    const key = await preparedWorld([...ACTIVE, 'keyRegistered']);
    const outcome = await key.effects.signIn({ email: key.email, password, method: 'securityKey' });
    expect(outcome).toMatchObject({ kind: 'ok' });
  });
});

describe('sign-in with the app and a PIN', () => {
  it('approves a request with the device’s PIN, once', async () => {
    const f = await preparedWorld(WITH_APP);
    const request = await f.effects.startPinRequest({ email: f.email });
    expect(request.expiresAt).toBe(f.clock.now() + DEFAULT_CONFIG.pinRequestTtlMs);
    expect(await f.effects.approvePinRequest({ requestId: request.requestId, pin: '2468' })).toEqual({ kind: 'ok' });
    expect(await f.effects.approvePinRequest({ requestId: request.requestId, pin: '2468' })).toEqual({
      kind: 'expired',
    });
  });

  it('expires after pinRequestTtlMs', async () => {
    const f = await preparedWorld(WITH_APP);
    const request = await f.effects.startPinRequest({ email: f.email });
    f.clock.increment(DEFAULT_CONFIG.pinRequestTtlMs);
    expect(await f.effects.approvePinRequest({ requestId: request.requestId, pin: '2468' })).toEqual({
      kind: 'expired',
    });
  });

  it('counts wrong PINs, refuses the request after maxPinAttempts and locks sign-in for lockoutMs', async () => {
    const f = await preparedWorld(WITH_APP);
    const { requestId } = await f.effects.startPinRequest({ email: f.email });
    for (let left = DEFAULT_CONFIG.maxPinAttempts - 1; left > 0; left--) {
      expect(await f.effects.approvePinRequest({ requestId, pin: '0000' })).toEqual({
        kind: 'wrongPin',
        attemptsLeft: left,
      });
    }
    expect(await f.effects.approvePinRequest({ requestId, pin: '0000' })).toEqual({ kind: 'refused' });
    expect(await f.effects.approvePinRequest({ requestId, pin: '2468' })).toEqual({ kind: 'refused' });
    const fresh = await f.effects.startPinRequest({ email: f.email });
    expect(await f.effects.approvePinRequest({ requestId: fresh.requestId, pin: '2468' })).toEqual({ kind: 'refused' });
    f.clock.increment(DEFAULT_CONFIG.lockoutMs);
    const later = await f.effects.startPinRequest({ email: f.email });
    expect(await f.effects.approvePinRequest({ requestId: later.requestId, pin: '2468' })).toEqual({ kind: 'ok' });
  });

  it('needs the PIN of a device on this phone: an old phone’s PIN does not help', async () => {
    const f = await preparedWorld([...ACTIVE, 'oldDeviceEnrolled']);
    const { requestId } = await f.effects.startPinRequest({ email: f.email });
    expect(await f.effects.approvePinRequest({ requestId, pin: '2468' })).toMatchObject({ kind: 'wrongPin' });
  });

  it('an unknown request has expired', async () => {
    const f = await preparedWorld(WITH_APP);
    expect(await f.effects.approvePinRequest({ requestId: 'pin-request-99', pin: '2468' })).toEqual({
      kind: 'expired',
    });
  });
});
