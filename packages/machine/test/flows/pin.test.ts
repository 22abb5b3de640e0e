import { describe, expect, it } from 'vitest';
import { rehearse } from '../harness.js';

const MINUTE = 60_000;

describe('forgot or change the app PIN', () => {
  it('sets a new PIN after the EU Login credentials, and only the new PIN signs in', async () => {
    const r = await rehearse({ journey: 'forgotPin' });
    expect(r.step()).toBe('pin.settings');
    await r.send({ type: 'phone.forgotPin' });
    expect(r.view().values.appCredentials.email).toBe(r.world.persona.email);
    await r.send({
      type: 'phone.submitCredentials',
      values: { email: r.world.persona.email, password: 'Nope-nope-1' },
    });
    expect(r.view().errorFor('password')?.rule).toBe('wrong');
    await r.send({
      type: 'phone.submitCredentials',
      values: { email: r.world.persona.email, password: r.world.persona.password },
    });
    expect(r.step()).toBe('pin.new');
    await r.send({ type: 'phone.submitNewPin', values: { pin: '9753', pinConfirm: '9751' } });
    expect(r.view().errorFor('pinConfirm')?.rule).toBe('mismatch');
    await r.send({ type: 'phone.submitNewPin', values: { pin: '9753', pinConfirm: '9753' } });
    expect(r.step()).toBe('pin.changed');
    await r.send({ type: 'phone.continue' });
    expect(r.step()).toBe('signIn.email');
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'appPin' });
    await r.send({ type: 'phone.submitPin', pin: r.world.persona.pin });
    expect(r.view().errorFor('pin')?.rule).toBe('wrong');
    await r.send({ type: 'phone.submitPin', pin: '9753' });
    expect(r.step()).toBe('signIn.done');
  });

  it('stops checking the credentials after too many wrong passwords, even the right one, until the lockout ends', async () => {
    const r = await rehearse({ journey: 'forgotPin', config: { maxPasswordAttempts: 3, lockoutMs: 10 * MINUTE } });
    await r.send({ type: 'phone.forgotPin' });
    const submit = (password: string) =>
      r.send({ type: 'phone.submitCredentials', values: { email: r.world.persona.email, password } });
    await submit('Nope-nope-1');
    expect(r.view().errorFor('password')).toEqual({ field: 'password', rule: 'wrong', params: { attemptsLeft: 2 } });
    await submit('Nope-nope-1');
    expect(r.view().errorFor('password')).toEqual({ field: 'password', rule: 'wrong', params: { attemptsLeft: 1 } });
    const lockedAt = r.clock.now();
    await submit('Nope-nope-1');
    const locked = { field: 'password', rule: 'tooManyAttempts', params: { until: lockedAt + 10 * MINUTE } };
    expect(r.view().errorFor('password')).toEqual(locked);
    expect(r.step()).toBe('pin.credentials');
    await submit(r.world.persona.password);
    expect(r.view().errorFor('password')).toEqual(locked);
    expect(r.step()).toBe('pin.credentials');
    await r.advance(10 * MINUTE - 1000);
    await submit(r.world.persona.password);
    expect(r.view().errorFor('password')).toEqual(locked);
    await r.advance(1000);
    await submit(r.world.persona.password);
    expect(r.step()).toBe('pin.new');
  });

  it('reaches the PIN reset from the PIN screen of a sign-in', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'appPin' });
    await r.send({ type: 'phone.forgotPin' });
    expect(r.step()).toBe('pin.settings');
  });
});
