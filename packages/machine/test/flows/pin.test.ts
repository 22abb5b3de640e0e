import { describe, expect, it } from 'vitest';
import { rehearse } from '../harness.js';

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

  it('reaches the PIN reset from the PIN screen of a sign-in', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'appPin' });
    await r.send({ type: 'phone.forgotPin' });
    expect(r.step()).toBe('pin.settings');
  });
});
