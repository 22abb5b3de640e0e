import { describe, expect, it } from 'vitest';
import { PERSONA_REGISTRATION, rehearse } from '../harness.js';
import type { Rehearsal } from '../harness.js';
import type { WaitDuration, WhatIfId } from '../../src/index.js';

/**
 * What the walkthrough's "Let time pass" button does with a wait the view names: move the clock on by that
 * duration of the coach's config, plus a second. These tests check that the named wait is long enough for the
 * thing to happen; the flow tests check the durations themselves.
 */
async function letTimePass(r: Rehearsal, wait: WaitDuration | undefined): Promise<void> {
  if (wait === undefined) throw new Error(`no wait offered on ${r.step()}`);
  await r.advance(r.view().data.config[wait] + 1000);
}

function whatIfWait(r: Rehearsal, id: WhatIfId): WaitDuration | undefined {
  return r.view().whatIfs.find((w) => w.id === id)?.wait;
}

describe('"Let time pass" on a what-if or step that offers it makes it happen', () => {
  it('the enrolment QR code expires', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'device.addForm' });
    await r.send({ type: 'user.submitDevice', values: { deviceName: 'Phone', pin: '1357', pinConfirm: '1357' } });
    expect(r.step()).toBe('device.qrShown');
    await letTimePass(r, whatIfWait(r, 'qrExpired'));
    expect(r.step()).toBe('device.qrExpired');
  });

  it.each([
    ['appPin', 'signInAppPin', 'signIn.appPin'],
    ['appQr', 'signInAppQr', 'signIn.qrScan'],
  ] as const)('a sign-in request with %s expires', async (method, journey, step) => {
    const r = await rehearse({ journey });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method });
    expect(r.step()).toBe(step);
    await letTimePass(r, whatIfWait(r, 'requestExpired'));
    expect(r.step()).toBe('signIn.expired');
  });

  it('the confirmation link expires', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'user.createAccount' });
    const captcha = r.view().data.captcha?.challenge ?? '';
    await r.send({ type: 'user.submitRegistration', values: { ...PERSONA_REGISTRATION, captcha } });
    expect(r.step()).toBe('register.mailSent');
    await letTimePass(r, whatIfWait(r, 'linkExpired'));
    await r.send({ type: 'mail.linkOpened', token: r.mailToken('confirmation') ?? '' });
    expect(r.step()).toBe('register.linkExpired');
  });

  it('a sign-in lockout is over', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    for (let i = 0; i < 5; i++) {
      await r.send({ type: 'user.submitSignIn', password: 'Wrong-password-1', method: 'appPin' });
    }
    expect(r.step()).toBe('signIn.locked');
    await letTimePass(r, r.view().step.wait);
    await r.send({ type: 'user.tryAgain' });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'appPin' });
    expect(r.step()).toBe('signIn.appPin');
  });
});
