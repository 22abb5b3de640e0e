import { describe, expect, it } from 'vitest';
import { TOTP, URI } from 'otpauth';
import { DEFAULT_CONFIG } from '@eulogin-coach/machine';
import { checkOtp } from '@eulogin-coach/machine/rules';
import { CODE_ALPHABET } from '../src/index.js';
import type { Fixture } from './world-fixture.js';
import { ACTIVE, SECOND, WITH_APP, preparedWorld } from './world-fixture.js';

async function codeFor(f: Fixture) {
  const challenge = await f.effects.startQrChallenge({ email: f.email });
  const read = await f.effects.readQrChallenge({ payload: challenge.qrPayload });
  if (read.kind !== 'code') throw new Error(`no code: ${read.kind}`);
  return { challenge, otp: read.otp };
}

/** Enrols a device and returns the TOTP an authenticator app that read its QR code would compute. */
async function enrolWithAuthenticator(f: Fixture): Promise<TOTP> {
  const enrolment = await f.effects.addDevice({ email: f.email, deviceName: 'Authenticator', pin: '1357' });
  await f.effects.scanEnrolmentQr({ enrolmentId: enrolment.enrolmentId, payload: enrolment.qrPayload });
  await f.effects.confirmEnrolmentPin({ enrolmentId: enrolment.enrolmentId, pin: '1357' });
  const otp = URI.parse(enrolment.authenticatorUri ?? '');
  if (!(otp instanceof TOTP)) throw new Error('not a TOTP URI');
  return otp;
}

describe('sign-in with the app and a QR code', () => {
  it('issues a challenge the app turns into an 8-character code, offline', async () => {
    const f = await preparedWorld(WITH_APP, { whatIfs: ['phoneOffline'] });
    const { challenge, otp } = await codeFor(f);
    expect(challenge.qrPayload).toBe(
      `eulogin-challenge:v1:${challenge.challengeId}:${challenge.qrPayload.split(':').at(-1)}`,
    );
    expect(challenge.expiresAt).toBe(f.clock.now() + DEFAULT_CONFIG.qrChallengeTtlMs);
    expect(otp).toHaveLength(8);
    expect([...otp].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
    expect(checkOtp(otp)).toEqual({ ok: true });
  });

  it('accepts the code once, typed with spaces or in lower case', async () => {
    const f = await preparedWorld(WITH_APP);
    const { challenge, otp } = await codeFor(f);
    const typed = `${otp.slice(0, 4)} ${otp.slice(4)}`.toLowerCase();
    expect(await f.effects.verifyOtp({ challengeId: challenge.challengeId, otp: typed })).toEqual({ kind: 'ok' });
    expect(await f.effects.verifyOtp({ challengeId: challenge.challengeId, otp })).toEqual({ kind: 'used' });
  });

  it('refuses a wrong code and another challenge’s code', async () => {
    const f = await preparedWorld(WITH_APP);
    const first = await codeFor(f);
    const second = await codeFor(f);
    expect(second.otp).not.toBe(first.otp);
    const id = second.challenge.challengeId;
    expect(await f.effects.verifyOtp({ challengeId: id, otp: first.otp })).toEqual({ kind: 'wrong' });
    expect(await f.effects.verifyOtp({ challengeId: id, otp: 'ABCD2345' })).toEqual({ kind: 'wrong' });
    expect(await f.effects.verifyOtp({ challengeId: id, otp: second.otp })).toEqual({ kind: 'ok' });
  });

  it('expires after qrChallengeTtlMs', async () => {
    const f = await preparedWorld(WITH_APP);
    const { challenge, otp } = await codeFor(f);
    f.clock.increment(DEFAULT_CONFIG.qrChallengeTtlMs);
    expect(await f.effects.verifyOtp({ challengeId: challenge.challengeId, otp })).toEqual({ kind: 'expired' });
  });

  it('the app reads only sign-in codes, and only once initialised', async () => {
    const f = await preparedWorld(WITH_APP);
    expect(await f.effects.readQrChallenge({ payload: 'https://example.org' })).toEqual({ kind: 'invalid' });
    const bare = await preparedWorld([...ACTIVE, 'appInstalled', 'appReady']);
    const challenge = await bare.effects.startQrChallenge({ email: bare.email });
    expect(await bare.effects.readQrChallenge({ payload: challenge.qrPayload })).toEqual({ kind: 'notInitialised' });
  });

  it('an app holding another account shows a code that does not work for this one', async () => {
    const f = await preparedWorld([...ACTIVE, 'oldDeviceEnrolled', 'appInstalled', 'appReady'], {
      whatIfs: ['deviceUsedByOtherAccount'],
    });
    const { challenge, otp } = await codeFor(f);
    expect(await f.effects.verifyOtp({ challengeId: challenge.challengeId, otp })).toEqual({ kind: 'wrong' });
  });
});

describe('sign-in with an authenticator app’s TOTP', () => {
  it('accepts a current 6-digit code from the enrolment secret, once per time-step', async () => {
    const f = await preparedWorld(ACTIVE);
    const totp = await enrolWithAuthenticator(f);
    const token = totp.generate({ timestamp: f.clock.now() });
    const first = await f.effects.startQrChallenge({ email: f.email });
    expect(await f.effects.verifyOtp({ challengeId: first.challengeId, otp: token })).toEqual({ kind: 'ok' });
    const second = await f.effects.startQrChallenge({ email: f.email });
    expect(await f.effects.verifyOtp({ challengeId: second.challengeId, otp: token })).toEqual({ kind: 'used' });
    f.clock.increment(30 * SECOND);
    const next = totp.generate({ timestamp: f.clock.now() });
    expect(await f.effects.verifyOtp({ challengeId: second.challengeId, otp: next })).toEqual({ kind: 'ok' });
  });

  it('allows one time-step of clock drift either way, not more', async () => {
    const f = await preparedWorld(ACTIVE);
    const totp = await enrolWithAuthenticator(f);
    f.clock.increment(10 * 60 * SECOND);
    const now = f.clock.now();
    const late = await f.effects.startQrChallenge({ email: f.email });
    expect(
      await f.effects.verifyOtp({
        challengeId: late.challengeId,
        otp: totp.generate({ timestamp: now - 30 * SECOND }),
      }),
    ).toEqual({ kind: 'ok' });
    const stale = await f.effects.startQrChallenge({ email: f.email });
    expect(
      await f.effects.verifyOtp({
        challengeId: stale.challengeId,
        otp: totp.generate({ timestamp: now - 90 * SECOND }),
      }),
    ).toEqual({ kind: 'wrong' });
  });

  it("judges the person's own authenticator by the phone's real clock, whatever the rehearsal skipped", async () => {
    const phoneClock = { real: Date.UTC(2026, 10, 27, 9, 0, 0), now: () => phoneClock.real };
    const f = await preparedWorld(ACTIVE, {}, { deviceClock: phoneClock });
    const totp = await enrolWithAuthenticator(f);
    // "Wait 1 minute": the rehearsal's clock jumps on; the phone in the person's hand does not.
    f.clock.increment(60 * SECOND);
    const first = await f.effects.startQrChallenge({ email: f.email });
    const ahead = totp.generate({ timestamp: f.clock.now() });
    const shown = totp.generate({ timestamp: phoneClock.now() });
    expect(ahead).not.toBe(shown);
    expect(await f.effects.verifyOtp({ challengeId: first.challengeId, otp: ahead })).toEqual({ kind: 'wrong' });
    expect(await f.effects.verifyOtp({ challengeId: first.challengeId, otp: shown })).toEqual({ kind: 'ok' });
    // Used once, it stays used while the phone could still show it, on the rehearsal's clock too.
    const second = await f.effects.startQrChallenge({ email: f.email });
    expect(await f.effects.verifyOtp({ challengeId: second.challengeId, otp: shown })).toEqual({ kind: 'used' });
    expect(f.world.ledger().accounts[f.email]?.usedCodes.length).toBeGreaterThan(0);
  });

  it('does not accept a code from someone else’s secret', async () => {
    const f = await preparedWorld(ACTIVE);
    const stranger = new TOTP({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' });
    const challenge = await f.effects.startQrChallenge({ email: f.email });
    const token = stranger.generate({ timestamp: f.clock.now() });
    expect(await f.effects.verifyOtp({ challengeId: challenge.challengeId, otp: token })).toEqual({ kind: 'wrong' });
  });
});
