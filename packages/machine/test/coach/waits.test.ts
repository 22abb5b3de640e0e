import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, WHAT_IFS } from '../../src/index.js';
import { rehearse } from '../harness.js';

describe('what-ifs that happen by letting time pass', () => {
  it('the enrolment QR code expires when its wait has passed', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'device.addForm' });
    await r.send({ type: 'user.submitDevice', values: { deviceName: 'Phone', pin: '1357', pinConfirm: '1357' } });
    const wait = WHAT_IFS.qrExpired.wait;
    expect(wait).toBeDefined();
    const at = r.step();
    await r.advance(DEFAULT_CONFIG[wait ?? 'enrolmentQrTtlMs'] + 1000);
    expect(r.step()).toBe(WHAT_IFS.qrExpired.at[at]);
  });

  it.each(['appPin', 'appQr'] as const)('a %s sign-in request expires when its wait has passed', async (method) => {
    const r = await rehearse({ journey: method === 'appPin' ? 'signInAppPin' : 'signInAppQr' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method });
    const at = r.step();
    await r.advance(DEFAULT_CONFIG[WHAT_IFS.requestExpired.wait ?? 'qrChallengeTtlMs'] + 1000);
    expect(r.step()).toBe(WHAT_IFS.requestExpired.at[at]);
  });

  it('a lockout is over once the locked step’s wait has passed', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    for (let i = 0; i < DEFAULT_CONFIG.maxPasswordAttempts; i++) {
      await r.send({ type: 'user.submitSignIn', password: 'Wrong-password-1', method: 'appPin' });
    }
    expect(r.step()).toBe('signIn.locked');
    await r.advance(DEFAULT_CONFIG[r.view().step.wait ?? 'lockoutMs'] + 1000);
    await r.send({ type: 'user.tryAgain' });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'appPin' });
    expect(r.step()).toBe('signIn.appPin');
  });
});
