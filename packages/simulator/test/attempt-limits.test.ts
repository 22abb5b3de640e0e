import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '@eulogin-coach/machine';
import type { Fact, StepId } from '@eulogin-coach/machine';
import { TOTP, URI } from 'otpauth';
import type { Fixture } from './world-fixture.js';
import { ACTIVE, MINUTE, WITH_APP, makeWorld, preparedWorld } from './world-fixture.js';

const { maxPasswordAttempts, maxPinAttempts, maxOtpAttempts, lockoutMs } = DEFAULT_CONFIG;
const PIN = '2468';

function prepare(f: Fixture, facts: readonly Fact[], stepId: StepId = 'signIn.password') {
  return f.effects.prepare({ journey: 'signInAppPin', stepId, facts, whatIfs: [], email: null });
}

const password = (f: Fixture, typed = f.world.persona.password) =>
  f.effects.signIn({ email: f.email, password: typed, method: 'password' });

/** A right password, a fresh PIN request, one PIN typed in the app. */
async function pinSignIn(f: Fixture, pin: string) {
  const { requestId } = await f.effects.startPinRequest({ email: f.email });
  return f.effects.approvePinRequest({ requestId, pin });
}

/** A wrong 8-character code: the right one with its last character changed. */
function wrongCode(otp: string, n: number): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const other = alphabet.replace(otp.at(-1) ?? '', '');
  return otp.slice(0, 7) + other.charAt(n % other.length);
}

async function challengeWithCode(f: Fixture) {
  const challenge = await f.effects.startQrChallenge({ email: f.email });
  const read = await f.effects.readQrChallenge({ payload: challenge.qrPayload });
  if (read.kind !== 'code') throw new Error(read.kind);
  return { id: challenge.challengeId, otp: read.otp, payload: challenge.qrPayload };
}

describe('app PIN: wrong PINs count for the account across requests', () => {
  it('15 wrong PINs over fresh requests, each after the right password, never sign in and lock the address', async () => {
    const f = await preparedWorld(WITH_APP);
    const outcomes: string[] = [];
    for (let i = 0; i < 15; i++) {
      const signedIn = await password(f);
      if (signedIn.kind !== 'ok') {
        outcomes.push(signedIn.kind);
        continue;
      }
      outcomes.push((await pinSignIn(f, '0000')).kind);
    }
    expect(outcomes.slice(0, maxPinAttempts)).toEqual([
      ...Array<string>(maxPinAttempts - 1).fill('wrongPin'),
      'refused',
    ]);
    expect(outcomes.slice(maxPinAttempts).every((k) => k === 'locked')).toBe(true);
    expect(await password(f)).toEqual({ kind: 'locked', until: lockoutMs });
    expect(await pinSignIn(f, PIN)).toEqual({ kind: 'refused' });
    f.clock.increment(lockoutMs);
    expect(await password(f)).toMatchObject({ kind: 'ok' });
    expect(await pinSignIn(f, PIN)).toEqual({ kind: 'ok' });
  });

  it('the right password does not reset the PIN count; the right PIN does', async () => {
    const f = await preparedWorld(WITH_APP);
    expect(await pinSignIn(f, '0000')).toEqual({ kind: 'wrongPin', attemptsLeft: maxPinAttempts - 1 });
    await password(f);
    expect(await pinSignIn(f, '0000')).toEqual({ kind: 'wrongPin', attemptsLeft: maxPinAttempts - 2 });
    expect(await pinSignIn(f, PIN)).toEqual({ kind: 'ok' });
    expect(await pinSignIn(f, '0000')).toEqual({ kind: 'wrongPin', attemptsLeft: maxPinAttempts - 1 });
  });
});

describe('one-time codes: limited per challenge and per account', () => {
  it('300 wrong codes on one challenge: the right code is refused after maxOtpAttempts', async () => {
    const f = await preparedWorld(WITH_APP);
    const { id, otp } = await challengeWithCode(f);
    const kinds = new Set<string>();
    for (let i = 0; i < 300; i++)
      kinds.add((await f.effects.verifyOtp({ challengeId: id, otp: wrongCode(otp, i) })).kind);
    expect([...kinds]).toEqual(['wrong', 'tooManyAttempts']);
    expect(await f.effects.verifyOtp({ challengeId: id, otp })).toEqual({ kind: 'tooManyAttempts' });
  });

  it('counts wrong codes across challenges, locks the address, and lifts the lock after lockoutMs', async () => {
    const f = await preparedWorld(WITH_APP);
    for (let i = 0; i < maxOtpAttempts - 1; i++) {
      const { id, otp } = await challengeWithCode(f);
      expect(await f.effects.verifyOtp({ challengeId: id, otp: wrongCode(otp, i) })).toEqual({ kind: 'wrong' });
    }
    const last = await challengeWithCode(f);
    expect(await f.effects.verifyOtp({ challengeId: last.id, otp: wrongCode(last.otp, 0) })).toEqual({
      kind: 'tooManyAttempts',
    });
    const next = await challengeWithCode(f);
    expect(await f.effects.verifyOtp({ challengeId: next.id, otp: next.otp })).toEqual({ kind: 'tooManyAttempts' });
    expect(await password(f)).toEqual({ kind: 'locked', until: lockoutMs });
    f.clock.increment(lockoutMs);
    const after = await challengeWithCode(f);
    expect(await f.effects.verifyOtp({ challengeId: after.id, otp: after.otp })).toEqual({ kind: 'ok' });
  });

  it('limits 6-digit authenticator guesses too, and follows a configured maxOtpAttempts', async () => {
    const f = await preparedWorld(ACTIVE, {}, { config: { maxOtpAttempts: 2 } });
    const enrolment = await f.effects.addDevice({ email: f.email, deviceName: 'Authenticator', pin: '1357' });
    await f.effects.scanEnrolmentQr({ enrolmentId: enrolment.enrolmentId, payload: enrolment.qrPayload });
    await f.effects.confirmEnrolmentPin({ enrolmentId: enrolment.enrolmentId, pin: '1357' });
    const totp = URI.parse(enrolment.authenticatorUri ?? '') as TOTP;
    const right = totp.generate({ timestamp: f.clock.now() });
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    const { id } = await challengeWithCode(f);
    expect(await f.effects.verifyOtp({ challengeId: id, otp: wrong })).toEqual({ kind: 'wrong' });
    expect(await f.effects.verifyOtp({ challengeId: id, otp: wrong })).toEqual({ kind: 'tooManyAttempts' });
    expect(await f.effects.verifyOtp({ challengeId: id, otp: right })).toEqual({ kind: 'tooManyAttempts' });
  });

  it('a right code resets the account’s count', async () => {
    const f = await preparedWorld(WITH_APP);
    for (let round = 0; round < 3; round++) {
      const { id, otp } = await challengeWithCode(f);
      for (let i = 0; i < maxOtpAttempts - 1; i++)
        await f.effects.verifyOtp({ challengeId: id, otp: wrongCode(otp, i) });
      expect(await f.effects.verifyOtp({ challengeId: id, otp })).toEqual({ kind: 'ok' });
    }
  });
});

describe('the security ledger outlives prepare (restart, resume, helpdesk jump)', () => {
  it('a lockout from wrong passwords holds after the same journey is prepared again', async () => {
    const f = await preparedWorld(ACTIVE);
    for (let i = 0; i < maxPasswordAttempts; i++) await password(f, 'Not-the-one-1');
    f.clock.increment(MINUTE);
    for (const stepId of ['signIn.email', 'signIn.password'] as const) {
      await prepare(f, ACTIVE, stepId);
      expect(await password(f)).toEqual({ kind: 'locked', until: lockoutMs });
    }
    f.clock.increment(lockoutMs - MINUTE);
    await prepare(f, ACTIVE);
    expect(await password(f)).toMatchObject({ kind: 'ok' });
  });

  it('wrong-password and PIN counts carry over too', async () => {
    const f = await preparedWorld(WITH_APP);
    await password(f, 'Not-the-one-1');
    await pinSignIn(f, '0000');
    await prepare(f, WITH_APP);
    expect(await password(f, 'Not-the-one-1')).toEqual({
      kind: 'wrongPassword',
      attemptsLeft: maxPasswordAttempts - 2,
    });
    expect(await pinSignIn(f, '0000')).toEqual({ kind: 'wrongPin', attemptsLeft: maxPinAttempts - 2 });
  });

  it('a landing on the lockout page keeps a lockout under way rather than starting a new one', async () => {
    const f = await preparedWorld(ACTIVE);
    for (let i = 0; i < maxPasswordAttempts; i++) await password(f, 'Not-the-one-1');
    f.clock.increment(5 * MINUTE);
    const landed = await prepare(f, ACTIVE, 'signIn.locked');
    expect(landed.lockedUntil).toBe(lockoutMs);
  });

  it('after a restart a new challenge, new code and new device secret come up; the old code is refused', async () => {
    const f = await preparedWorld(WITH_APP);
    const first = await challengeWithCode(f);
    const secret = f.world.inspect().accounts[f.email.toLowerCase()]?.devices[0]?.secret;
    expect(await f.effects.verifyOtp({ challengeId: first.id, otp: first.otp })).toEqual({ kind: 'ok' });
    await prepare(f, WITH_APP);
    const second = await challengeWithCode(f);
    expect(second.payload).not.toBe(first.payload);
    expect(second.otp).not.toBe(first.otp);
    expect(f.world.inspect().accounts[f.email.toLowerCase()]?.devices[0]?.secret).not.toBe(secret);
    expect(await f.effects.verifyOtp({ challengeId: second.id, otp: first.otp })).toEqual({ kind: 'wrong' });
  });

  it('a world made from a kept ledger (a reload) keeps the lockout; used codes expire by the clock', async () => {
    const f = await preparedWorld(ACTIVE);
    const totpSecret = await (async () => {
      const e = await f.effects.addDevice({ email: f.email, deviceName: 'Authenticator', pin: '1357' });
      await f.effects.scanEnrolmentQr({ enrolmentId: e.enrolmentId, payload: e.qrPayload });
      await f.effects.confirmEnrolmentPin({ enrolmentId: e.enrolmentId, pin: '1357' });
      return URI.parse(e.authenticatorUri ?? '') as TOTP;
    })();
    const { id } = await challengeWithCode(f);
    await f.effects.verifyOtp({ challengeId: id, otp: totpSecret.generate({ timestamp: f.clock.now() }) });
    expect(f.world.ledger().accounts[f.email.toLowerCase()]?.usedCodes).toHaveLength(1);
    for (let i = 0; i < maxPasswordAttempts; i++) await password(f, 'Not-the-one-1');
    const reloaded = makeWorld({ ledger: f.world.ledger() });
    reloaded.clock.set(f.clock.now());
    await prepare(reloaded, ACTIVE);
    expect(await password(reloaded)).toEqual({ kind: 'locked', until: f.clock.now() + lockoutMs });
    reloaded.clock.increment(2 * MINUTE);
    await password(reloaded, 'Not-the-one-1');
    expect(reloaded.world.ledger().accounts[f.email.toLowerCase()]?.usedCodes).toEqual([]);
  });
});

describe('seeds', () => {
  it('two worlds with different seeds share no secret, token or code', async () => {
    const draw = async (seed: number) => {
      const f = await preparedWorld(WITH_APP, {}, { seed });
      const challenge = await challengeWithCode(f);
      const captcha = await f.effects.issueCaptcha();
      const devices = Object.values(f.world.inspect().accounts).flatMap((a) => a.devices.map((d) => d.secret));
      return [...devices, challenge.payload.split(':').at(-1), challenge.otp, captcha.challenge];
    };
    const a = await draw(1);
    const b = await draw(2);
    expect(a.filter((s) => b.includes(s))).toEqual([]);
  });
});
