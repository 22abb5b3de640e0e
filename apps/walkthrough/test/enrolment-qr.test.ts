import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { currentStepId } from '@eulogin-coach/react';
import { decodePixels } from '../src/qr/read-qr.js';
import { qrPixels } from '../src/qr/qr-pixels.js';
import { createRehearsal } from '../src/effects/rehearsal.js';

describe('enrolment QR code', () => {
  it('decodes (qrcode → pixels → jsQR) to what the simulator issued, EU Login’s form and the otpauth:// one, which the phone accepts', async () => {
    const { logic, clock, world: lazy } = createRehearsal({ seed: 3 });
    const world = await lazy.load();
    const actor = createActor(logic, { clock, input: undefined }).start();
    // Until no effect is running; failing after a while (room for a busy machine) rather than hanging.
    const settled = () => waitFor(actor, (s) => !s.hasTag('busy'), { timeout: 15_000 });
    actor.send({ type: 'coach.chooseJourney', journey: 'fullSetup' });
    await settled();
    actor.send({ type: 'helpdesk.jumpTo', stepId: 'device.addForm' });
    await settled();
    expect(actor.getSnapshot().context.nav.target).toBe('device.addForm');
    actor.send({
      type: 'user.submitDevice',
      values: { deviceName: 'My phone', pin: world.persona.pin, pinConfirm: world.persona.pin },
    });
    await settled();
    const enrolment = actor.getSnapshot().context.issued.enrolment;
    expect(enrolment?.qrPayload).toMatch(/^eulogin-enrol:v1:/);
    expect(enrolment?.authenticatorUri).toMatch(/^otpauth:\/\/totp\//);
    const decode = (payload: string) => {
      const pixels = qrPixels(payload);
      return decodePixels(pixels.data, pixels.width, pixels.height);
    };
    expect(decode(enrolment?.qrPayload ?? '')).toBe(enrolment?.qrPayload);
    const read = decode(enrolment?.authenticatorUri ?? '');
    expect(read).toBe(enrolment?.authenticatorUri);

    actor.send({ type: 'phone.tapNext' });
    actor.send({ type: 'phone.allowCamera' });
    actor.send({ type: 'phone.scan', payload: read ?? '' });
    await settled();
    expect(currentStepId(actor.getSnapshot())).toBe('app.enrolPin');
    actor.stop();
  });
});
