import { describe, expect, it } from 'vitest';
import { ACTIVE, WITH_APP, makeWorld, preparedWorld, registration } from './world-fixture.js';

describe('practice details', () => {
  it("are the persona's own until the person chooses: their password, then the PIN typed for the QR code", async () => {
    const f = makeWorld();
    const persona = f.world.persona;
    expect(f.world.practiceDetails()).toEqual(persona);
    const captcha = await f.effects.issueCaptcha();
    const registered = await f.effects.registerAccount({
      ...registration(persona.email, captcha.challenge),
      captchaId: captcha.id,
    });
    expect(registered).toEqual({ kind: 'ok' });
    const token = f.world.inspect().mails.at(-1)?.token ?? '';
    await f.effects.openLink({ token });
    await f.effects.setPassword({ token, password: 'Quiet-Harbour-42' });
    expect(f.world.practiceDetails()).toMatchObject({ email: persona.email, password: 'Quiet-Harbour-42' });
    expect(f.world.practiceDetails().pin).toBe(persona.pin);
    const enrolment = await f.effects.addDevice({ email: persona.email, deviceName: 'My phone', pin: '1357' });
    expect(f.world.practiceDetails().pin).toBe('1357');
    await f.effects.scanEnrolmentQr({ enrolmentId: enrolment.enrolmentId, payload: enrolment.qrPayload });
    await f.effects.confirmEnrolmentPin({ enrolmentId: enrolment.enrolmentId, pin: '1357' });
    expect(f.world.practiceDetails().pin).toBe('1357');
  });

  it('follow a new app PIN, and name the account at the address asked about', async () => {
    const f = await preparedWorld(WITH_APP);
    expect(f.world.practiceDetails()).toEqual(f.world.persona);
    await f.effects.resetAppPin({ email: f.email, pin: '9753' });
    expect(f.world.practiceDetails(f.email).pin).toBe('9753');
    const other = await preparedWorld(ACTIVE);
    expect(other.world.practiceDetails('nobody@example.org')).toEqual(other.world.persona);
  });
});
