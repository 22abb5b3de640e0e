import { describe, expect, it } from 'vitest';
import { rehearse } from '../harness.js';
import { nextAction } from '../happy-paths.js';

describe('traps on the main paths', () => {
  it('shows a detour at the position of the step it belongs to: an expired QR code at the QR code step', async () => {
    const r = await rehearse({ journey: 'fullSetup', whatIfs: ['wrongPin'] });
    while (r.step() !== 'app.enrolPin') {
      const action = nextAction(r, 'fullSetup', r.step());
      if (action === 'waitForMail') await r.advance(2 * 60_000);
      else await r.send(action);
    }
    expect(r.view().progress).toMatchObject({ current: 15, total: 21 });
    for (let i = 0; i < 5 && r.step() === 'app.enrolPin'; i++) await r.send({ type: 'phone.submitPin', pin: '0000' });
    expect(r.step()).toBe('device.qrExpired');
    expect(r.view().progress).toMatchObject({ current: 12, total: 21 });
  });

  it('preselects "QR code" on the journey that practises it', async () => {
    const r = await rehearse({ journey: 'signInAppQr' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    expect(r.step()).toBe('signIn.password');
    expect(r.view().values.signIn.method).toBe('appQr');
    const pin = await rehearse({ journey: 'signInAppPin' });
    await pin.send({ type: 'user.submitEmail', email: pin.world.persona.email });
    expect(pin.view().values.signIn.method).toBe('appPin');
  });

  it('lets the app read the QR code after a code was typed without scanning', async () => {
    const r = await rehearse({ journey: 'signInAppQr' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'appQr' });
    expect(r.step()).toBe('signIn.qrScan');
    await r.send({ type: 'user.submitOtp', otp: 'ABCDEFGH' });
    expect(r.step()).toBe('signIn.qrCode');
    expect(r.view().data.otp).toBeNull();
    await r.send({ type: 'phone.scan', payload: r.view().data.challenge?.qrPayload ?? '' });
    expect(r.step()).toBe('signIn.qrCode');
    const otp = r.view().data.otp ?? '';
    expect(otp).toHaveLength(8);
    await r.send({ type: 'user.submitOtp', otp });
    expect(r.step()).toBe('signIn.done');
  });
});
