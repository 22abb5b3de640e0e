import { describe, expect, it } from 'vitest';
import { TOTP, URI } from 'otpauth';
import { DEFAULT_CONFIG } from '@eulogin-coach/machine';
import { OTHER_ACCOUNT, PRACTICE_ISSUER, SimulatorError } from '../src/index.js';
import type { Fixture } from './world-fixture.js';
import { ACTIVE, preparedWorld } from './world-fixture.js';

const READY = [...ACTIVE, 'appInstalled', 'appReady'] as const;

async function start(f: Fixture, pin = '1357') {
  const enrolment = await f.effects.addDevice({ email: f.email, deviceName: 'Pixel', pin });
  return { enrolment, id: enrolment.enrolmentId };
}

/** Adds a device and has the phone's EU Login app read its QR code, as it must before it asks for the PIN. */
async function startScanned(f: Fixture, pin = '1357') {
  const started = await start(f, pin);
  expect(await f.effects.scanEnrolmentQr({ enrolmentId: started.id, payload: started.enrolment.qrPayload })).toEqual({
    kind: 'ok',
  });
  return started;
}

describe('enrolment QR code', () => {
  it('is, as on EU Login, a code only the EU Login app reads: no otpauth URI and no secret in it', async () => {
    const f = await preparedWorld(READY);
    const { enrolment } = await start(f);
    expect(enrolment.expiresAt).toBe(f.clock.now() + DEFAULT_CONFIG.enrolmentQrTtlMs);
    expect(enrolment.qrPayload).toMatch(new RegExp(`^eulogin-enrol:v1:${enrolment.enrolmentId}:[A-HJ-NP-Z2-9]{8}$`));
    const secret = URI.parse(enrolment.authenticatorUri ?? '').secret.base32;
    expect(enrolment.qrPayload).not.toContain(secret);
    expect(() => URI.parse(enrolment.qrPayload)).toThrow();
  });

  it('comes also as a standard otpauth URI (practice issuer, fresh 32-character secret) for one’s own authenticator app', async () => {
    const f = await preparedWorld(READY);
    const { enrolment } = await start(f);
    expect(enrolment.authenticatorUri).toMatch(
      /^otpauth:\/\/totp\/EU%20Login%20\(practice\):alex\.rehearsal%40example\.org\?/,
    );
    const otp = URI.parse(enrolment.authenticatorUri ?? '');
    expect(otp).toBeInstanceOf(TOTP);
    expect(otp).toMatchObject({ issuer: PRACTICE_ISSUER, label: f.email, algorithm: 'SHA1', digits: 6, period: 30 });
    expect(otp.secret.base32).toMatch(/^[A-Z2-7]{32}$/);
    const another = await start(f);
    expect(URI.parse(another.enrolment.authenticatorUri ?? '').secret.base32).not.toBe(otp.secret.base32);
    expect(another.enrolment.qrPayload).not.toBe(enrolment.qrPayload);
  });

  it('enrols when the app reads either form of the live code', async () => {
    for (const form of ['qrPayload', 'authenticatorUri'] as const) {
      const f = await preparedWorld(READY);
      const { enrolment, id } = await start(f);
      expect(await f.effects.scanEnrolmentQr({ enrolmentId: id, payload: enrolment[form] ?? '' })).toEqual({
        kind: 'ok',
      });
      expect(await f.effects.confirmEnrolmentPin({ enrolmentId: id, pin: '1357' })).toMatchObject({ kind: 'ok' });
    }
  });

  it('the app accepts only this enrolment’s live code', async () => {
    const f = await preparedWorld(READY);
    const { enrolment, id } = await start(f);
    expect(await f.effects.scanEnrolmentQr({ enrolmentId: id, payload: 'https://example.org/menu' })).toEqual({
      kind: 'invalid',
    });
    const challenge = await f.effects.startQrChallenge({ email: f.email });
    expect(await f.effects.scanEnrolmentQr({ enrolmentId: id, payload: challenge.qrPayload })).toEqual({
      kind: 'invalid',
    });
    expect(await f.effects.scanEnrolmentQr({ enrolmentId: id, payload: enrolment.qrPayload })).toEqual({ kind: 'ok' });
  });

  it('expires after enrolmentQrTtlMs, for the scan and for the PIN', async () => {
    const f = await preparedWorld(READY);
    const { enrolment, id } = await start(f);
    f.clock.increment(DEFAULT_CONFIG.enrolmentQrTtlMs);
    expect(await f.effects.scanEnrolmentQr({ enrolmentId: id, payload: enrolment.qrPayload })).toEqual({
      kind: 'expired',
    });
    expect(await f.effects.confirmEnrolmentPin({ enrolmentId: id, pin: '1357' })).toEqual({ kind: 'expired' });
  });

  it('an old enrolment’s expired code reads as expired on a new enrolment', async () => {
    const f = await preparedWorld(READY);
    const old = await start(f);
    f.clock.increment(DEFAULT_CONFIG.enrolmentQrTtlMs);
    const { id } = await start(f);
    expect(await f.effects.scanEnrolmentQr({ enrolmentId: id, payload: old.enrolment.qrPayload })).toEqual({
      kind: 'expired',
    });
  });

  it('refuses a device name or PIN the form should have refused', async () => {
    const f = await preparedWorld(READY);
    await expect(f.effects.addDevice({ email: f.email, deviceName: 'Pixel', pin: '12a4' })).rejects.toBeInstanceOf(
      SimulatorError,
    );
    await expect(f.effects.addDevice({ email: f.email, deviceName: ' ', pin: '1234' })).rejects.toThrow(/deviceName/);
    await expect(f.effects.addDevice({ email: 'x@example.com', deviceName: 'P', pin: '1234' })).rejects.toThrow(
      /unknownAccount/,
    );
  });
});

describe('enrolment PIN', () => {
  it('a wrong PIN leaves tries; the PIN chosen on the PC then enrols and links this phone', async () => {
    const f = await preparedWorld(READY);
    const { enrolment, id } = await start(f);
    await f.effects.scanEnrolmentQr({ enrolmentId: id, payload: enrolment.qrPayload });
    expect(await f.effects.confirmEnrolmentPin({ enrolmentId: id, pin: '2468' })).toEqual({
      kind: 'wrongPin',
      attemptsLeft: DEFAULT_CONFIG.maxPinAttempts - 1,
    });
    const ok = await f.effects.confirmEnrolmentPin({ enrolmentId: id, pin: '1357' });
    expect(ok).toMatchObject({ kind: 'ok', account: { devices: [{ name: 'Pixel' }] } });
    expect(f.world.appAccount()).toBe(f.email);
    expect(f.world.inspect().phone.facts.app).toBe('initialised');
    expect(await f.effects.confirmEnrolmentPin({ enrolmentId: id, pin: '1357' })).toEqual({ kind: 'expired' });

    const { requestId } = await f.effects.startPinRequest({ email: f.email });
    expect(await f.effects.approvePinRequest({ requestId, pin: '1357' })).toEqual({ kind: 'ok' });
  });

  it('is refused before the app has read the QR code: no device, no link, no attempt used up', async () => {
    const f = await preparedWorld(READY, {}, { config: { maxPinAttempts: 1 } });
    const { enrolment, id } = await start(f);
    expect(await f.effects.confirmEnrolmentPin({ enrolmentId: id, pin: '1357' })).toEqual({ kind: 'expired' });
    expect(await f.effects.confirmEnrolmentPin({ enrolmentId: id, pin: '0000' })).toEqual({ kind: 'expired' });
    expect(f.world.inspect().accounts[f.email]?.devices).toEqual([]);
    expect(f.world.appAccount()).toBeNull();
    expect(f.world.inspect().phone.facts.app).toBe('waitingForQr');
    // Once the app has read the code, the chosen PIN enrols: the wrong PIN before the scan cost no attempt.
    await f.effects.scanEnrolmentQr({ enrolmentId: id, payload: enrolment.qrPayload });
    expect(await f.effects.confirmEnrolmentPin({ enrolmentId: id, pin: '1357' })).toMatchObject({ kind: 'ok' });
    expect(f.world.appAccount()).toBe(f.email);
  });

  it('maxPinAttempts wrong PINs end the enrolment without a device', async () => {
    const f = await preparedWorld(READY, {}, { config: { maxPinAttempts: 2 } });
    const { id } = await startScanned(f);
    expect(await f.effects.confirmEnrolmentPin({ enrolmentId: id, pin: '0000' })).toEqual({
      kind: 'wrongPin',
      attemptsLeft: 1,
    });
    expect(await f.effects.confirmEnrolmentPin({ enrolmentId: id, pin: '0000' })).toEqual({ kind: 'refused' });
    expect(await f.effects.confirmEnrolmentPin({ enrolmentId: id, pin: '1357' })).toEqual({ kind: 'refused' });
    expect(f.world.inspect().accounts[f.email]?.devices).toEqual([]);
    expect(f.world.appAccount()).toBeNull();
  });

  it('an app holding another account refuses until it is unlinked', async () => {
    const f = await preparedWorld(READY, { whatIfs: ['deviceUsedByOtherAccount'] });
    const { enrolment, id } = await start(f);
    await f.effects.scanEnrolmentQr({ enrolmentId: id, payload: enrolment.qrPayload });
    expect(await f.effects.confirmEnrolmentPin({ enrolmentId: id, pin: '1357' })).toEqual({ kind: 'deviceInUse' });
    await f.effects.unlinkOtherAccount();
    expect(f.world.appAccount()).toBeNull();
    expect(await f.effects.confirmEnrolmentPin({ enrolmentId: id, pin: '1357' })).toMatchObject({ kind: 'ok' });
    expect(f.world.appAccount()).toBe(f.email);
    const other = await f.effects.lookupAccount({ email: OTHER_ACCOUNT.email });
    expect(other).toMatchObject({ kind: 'known', account: { devices: [{ name: 'My phone' }] } });
  });

  it('with multiAccount, the app takes this account beside the other one', async () => {
    const f = await preparedWorld(READY, { whatIfs: ['deviceUsedByOtherAccount'] }, { config: { multiAccount: true } });
    const { id } = await startScanned(f);
    expect(await f.effects.confirmEnrolmentPin({ enrolmentId: id, pin: '1357' })).toMatchObject({ kind: 'ok' });
    expect(f.world.inspect().phone.links.map((l) => l.email)).toEqual([OTHER_ACCOUNT.email, f.email]);
    expect(f.world.appAccount()).toBe(f.email);
  });

  it('with multiAccount, the app answers a QR sign-in for each account it holds, not only the last one', async () => {
    const f = await preparedWorld(READY, { whatIfs: ['deviceUsedByOtherAccount'] }, { config: { multiAccount: true } });
    const { id } = await startScanned(f);
    await f.effects.confirmEnrolmentPin({ enrolmentId: id, pin: '1357' });
    for (const email of [OTHER_ACCOUNT.email, f.email]) {
      const challenge = await f.effects.startQrChallenge({ email });
      const read = await f.effects.readQrChallenge({ payload: challenge.qrPayload });
      if (read.kind !== 'code') throw new Error(`the app read ${read.kind} for ${email}`);
      expect(await f.effects.verifyOtp({ challengeId: challenge.challengeId, otp: read.otp }), email).toEqual({
        kind: 'ok',
      });
    }
  });
});
