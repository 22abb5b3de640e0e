import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/index.js';
import { decodeShareCode, encodeShareCode, toSavedProgress } from '../../src/persist/index.js';
import type { JourneyId } from '../../src/index.js';
import { rehearse } from '../harness.js';
import type { Rehearsal } from '../harness.js';

const { maxPasswordAttempts, maxPinAttempts, maxOtpAttempts, lockoutMs } = DEFAULT_CONFIG;
const WRONG_PASSWORD = 'Not-the-one-1';

/** From the e-mail page: the address, then a password and the method. */
async function signIn(r: Rehearsal, method: 'appPin' | 'appQr', password = r.world.persona.password) {
  if (r.step() === 'signIn.email') await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
  expect(r.step()).toBe('signIn.password');
  await r.send({ type: 'user.submitSignIn', password, method });
}

/** The code the phone's app shows for the sign-in QR code on the PC. */
async function scanCode(r: Rehearsal): Promise<string> {
  expect(r.step()).toBe('signIn.qrScan');
  await r.send({ type: 'phone.scan', payload: r.view().data.challenge?.qrPayload ?? '' });
  expect(r.step()).toBe('signIn.qrCode');
  return r.view().data.otp ?? '';
}

function wrongCode(otp: string, n: number): string {
  const other = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'.replace(otp.at(-1) ?? '', '');
  return otp.slice(0, 7) + other.charAt(n % other.length);
}

async function lockWithPasswords(r: Rehearsal): Promise<void> {
  for (let i = 0; i < maxPasswordAttempts; i++) await signIn(r, 'appPin', WRONG_PASSWORD);
  expect(r.step()).toBe('signIn.locked');
}

async function restart(r: Rehearsal, journey: JourneyId): Promise<void> {
  await r.send({ type: 'coach.restart' });
  await r.send({ type: 'coach.chooseJourney', journey, whatIfs: [] });
  expect(r.step()).toBe('signIn.email');
}

describe('app PIN guesses are limited per account, across sign-in requests', () => {
  it('15 wrong PINs, each round after the right password, never sign in: the coach shows the lockout', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    const steps = new Set<string>();
    for (let round = 0; round < 15; round++) {
      if (r.step() === 'signIn.refused' || r.step() === 'signIn.locked') await r.send({ type: 'user.tryAgain' });
      if (r.step() === 'signIn.email' || r.step() === 'signIn.password') await signIn(r, 'appPin');
      if (r.step() === 'signIn.appPin') await r.send({ type: 'phone.submitPin', pin: '0000' });
      steps.add(r.step());
    }
    expect([...steps].sort()).toEqual(['signIn.appPin', 'signIn.locked', 'signIn.refused']);
    expect(r.view().data.lockedUntil).toBeGreaterThan(r.clock.now());
    // The right PIN cannot be tried while locked: the right password already shows the lockout.
    await r.send({ type: 'user.tryAgain' });
    await signIn(r, 'appPin');
    expect(r.step()).toBe('signIn.locked');
    await r.advance(lockoutMs);
    await r.send({ type: 'user.tryAgain' });
    await signIn(r, 'appPin');
    await r.send({ type: 'phone.submitPin', pin: r.world.persona.pin });
    expect(r.step()).toBe('signIn.done');
  });

  it('tells how many PINs are left, counting across requests', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    await signIn(r, 'appPin');
    await r.send({ type: 'phone.submitPin', pin: '0000' });
    await r.send({ type: 'user.chooseOtherMethod' });
    await signIn(r, 'appPin');
    await r.send({ type: 'phone.submitPin', pin: '0000' });
    expect(r.view().errorFor('pin')).toEqual({
      field: 'pin',
      rule: 'wrong',
      params: { attemptsLeft: maxPinAttempts - 2 },
    });
  });
});

describe('one-time codes are limited per QR code and per account', () => {
  it('after maxOtpAttempts wrong codes the right one is refused, with the rule named', async () => {
    const r = await rehearse({ journey: 'signInAppQr' });
    await signIn(r, 'appQr');
    const otp = await scanCode(r);
    for (let i = 0; i < maxOtpAttempts - 1; i++) {
      await r.send({ type: 'user.submitOtp', otp: wrongCode(otp, i) });
      expect(r.view().errorFor('otp')?.rule).toBe('wrong');
    }
    await r.send({ type: 'user.submitOtp', otp: wrongCode(otp, 9) });
    expect(r.view().errorFor('otp')).toEqual({ field: 'otp', rule: 'tooManyAttempts' });
    await r.send({ type: 'user.submitOtp', otp });
    expect(r.step()).toBe('signIn.qrCode');
    expect(r.view().errorFor('otp')?.rule).toBe('tooManyAttempts');
    expect(r.view().data.auth).not.toBe('mfa');
    // The account is locked: another QR code needs the password first, and the coach shows the lockout.
    await r.send({ type: 'user.chooseOtherMethod' });
    await signIn(r, 'appQr');
    expect(r.step()).toBe('signIn.locked');
  });
});

describe('lockouts and used codes hold across restart and resume', () => {
  it('Restart and the same journey: the right password still meets the lockout', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    await lockWithPasswords(r);
    const until = r.view().data.lockedUntil;
    await restart(r, 'signInAppPin');
    await signIn(r, 'appPin');
    expect(r.step()).toBe('signIn.locked');
    expect(r.view().data.lockedUntil).toBe(until);
  });

  it('resuming the share code of the password step: the right password still meets the lockout', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    const code = encodeShareCode(toSavedProgress(r.actor.getSnapshot()));
    await lockWithPasswords(r);
    const decoded = decodeShareCode(code);
    if (!decoded.ok) throw new Error(decoded.error.code);
    await r.send({ type: 'coach.resume', progress: decoded.value });
    expect(r.step()).toBe('signIn.password');
    await signIn(r, 'appPin');
    expect(r.step()).toBe('signIn.locked');
  });

  it('a code accepted before a restart is refused after it; the new QR code is another', async () => {
    const r = await rehearse({ journey: 'signInAppQr' });
    await signIn(r, 'appQr');
    const payload = r.view().data.challenge?.qrPayload;
    const otp = await scanCode(r);
    await r.send({ type: 'user.submitOtp', otp });
    expect(r.step()).toBe('signIn.done');
    await restart(r, 'signInAppQr');
    await signIn(r, 'appQr');
    expect(r.view().data.challenge?.qrPayload).not.toBe(payload);
    await r.send({ type: 'user.submitOtp', otp });
    expect(r.view().errorFor('otp')?.rule).toBe('wrong');
    expect(r.step()).not.toBe('signIn.done');
  });
});
