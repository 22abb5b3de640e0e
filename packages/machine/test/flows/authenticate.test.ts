import { describe, expect, it } from 'vitest';
import { whatIfsForJourney } from '../../src/registry/index.js';
import { rehearse } from '../harness.js';
import type { Rehearsal } from '../harness.js';
import { authenticatorCode } from '../authenticator-app.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

async function signIn(r: Rehearsal, method: 'password' | 'appPin' | 'appQr' | 'securityKey', password?: string) {
  expect(r.step()).toBe('signIn.email');
  await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
  expect(r.step()).toBe('signIn.password');
  await r.send({ type: 'user.submitSignIn', password: password ?? r.world.persona.password, method });
}

/**
 * Adds a phone from My Account and initialises the EU Login app with it, then signs out. Returns the enrolment as
 * a standard otpauth:// URI, which the person's own authenticator app can read.
 */
async function enrolPhone(r: Rehearsal): Promise<string> {
  await r.send({ type: 'helpdesk.jumpTo', stepId: 'account.home' });
  await r.send({ type: 'user.openPage', page: 'devices' });
  await r.send({ type: 'user.addDevice' });
  if (r.step() === 'app.install') await r.send({ type: 'phone.installApp' });
  if (r.step() === 'app.notifications') await r.send({ type: 'phone.allowNotifications' });
  await r.send({ type: 'phone.tapInitialise' });
  await r.send({ type: 'user.submitDevice', values: { deviceName: 'My phone', pin: '1357', pinConfirm: '1357' } });
  expect(r.step()).toBe('device.qrShown');
  const qrPayload = r.view().data.enrolment?.qrPayload ?? '';
  const authenticatorUri = r.view().data.enrolment?.authenticatorUri ?? '';
  await r.send({ type: 'phone.tapNext' });
  if (r.step() === 'app.cameraPermission') await r.send({ type: 'phone.allowCamera' });
  await r.send({ type: 'phone.scan', payload: qrPayload });
  await r.send({ type: 'phone.submitPin', pin: '1357' });
  await r.send({ type: 'phone.continue' });
  expect(r.step()).toBe('device.added');
  await r.send({ type: 'user.signOut' });
  return authenticatorUri;
}

describe('sign in: password, then the app or another method', () => {
  it('with the app in the foreground, goes straight to the PIN screen', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    await signIn(r, 'appPin');
    expect(r.step()).toBe('signIn.appPin');
    await r.send({ type: 'phone.submitPin', pin: r.world.persona.pin });
    expect(r.step()).toBe('signIn.done');
    expect(r.view().progress?.complete).toBe(true);
  });

  it('with the app in the background, shows a notification first', async () => {
    const r = await rehearse({ journey: 'signInAppPin', whatIfs: ['appInBackground'] });
    await signIn(r, 'appPin');
    expect(r.step()).toBe('signIn.appNotification');
    await r.send({ type: 'phone.openNotification' });
    expect(r.step()).toBe('signIn.appPin');
  });

  it('with the phone offline, the request never arrives and expires after 120 s (assumed)', async () => {
    const r = await rehearse({ journey: 'signInAppPin', whatIfs: ['phoneOffline'] });
    await signIn(r, 'appPin');
    expect(r.step()).toBe('signIn.pinWait');
    await r.advance(2 * MINUTE + 1);
    expect(r.step()).toBe('signIn.expired');
    await r.send({ type: 'user.chooseOtherMethod' });
    expect(r.step()).toBe('signIn.password');
  });

  it('reaches the phone once it comes back online', async () => {
    const r = await rehearse({ journey: 'signInAppPin', whatIfs: ['phoneOffline'] });
    await signIn(r, 'appPin');
    await r.send({ type: 'phone.setOnline', online: true });
    expect(r.step()).toBe('signIn.appPin');
  });

  it('refuses the request after five wrong PINs (assumed)', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    await signIn(r, 'appPin');
    for (let i = 4; i >= 1; i--) {
      await r.send({ type: 'phone.submitPin', pin: '0000' });
      expect(r.view().errorFor('pin')?.params?.attemptsLeft).toBe(i);
    }
    await r.send({ type: 'phone.submitPin', pin: '0000' });
    expect(r.step()).toBe('signIn.refused');
  });

  it('refuses the sign-in when the person answers "No, it was not me" in the app', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    await signIn(r, 'appPin');
    expect(r.view().data.pinRequest).not.toBeNull();
    await r.send({ type: 'phone.decline' });
    expect(r.step()).toBe('signIn.refused');
    expect(r.view().data.pinRequest).toBeNull();
    expect(r.view().data.auth).not.toBe('mfa');
    await r.send({ type: 'user.tryAgain' });
    expect(r.step()).toBe('signIn.password');
  });

  it('leaves "Password" out of the list for a service that needs two factors, and refuses it if sent anyway', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    expect(r.view().methods).toEqual(['appPin', 'appQr', 'securityKey']);
    expect(r.view().values.signIn.method).toBe('appPin');
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'password' });
    expect(r.step()).toBe('signIn.password');
    expect(r.view().errorFor('method')?.rule).toBe('mfaRequired');
  });
  it('leaves "Password" out of the list when the account always requires a second factor, even for My Account', async () => {
    const r = await rehearse({
      journey: 'signInAppPin',
      whatIfs: ['alwaysMfa'],
      config: { serviceRequiresMfa: false },
    });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    expect(r.view().methods).toEqual(['appPin', 'appQr', 'securityKey']);
    expect(r.view().whatIfs.map((w) => w.id)).toContain('alwaysMfa');
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'password' });
    expect(r.step()).toBe('signIn.password');
    expect(r.view().errorFor('method')?.rule).toBe('accountRequiresMfa');
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'appPin' });
    await r.send({ type: 'phone.submitPin', pin: r.world.persona.pin });
    expect(r.step()).toBe('signIn.done');
    // Without the option, the same website takes the password alone.
    // The what-if is offered only where the account has a working second factor to switch the option on with.
    expect(whatIfsForJourney('signInAppPin').map((w) => w.id)).toContain('alwaysMfa');
    for (const journey of ['fullSetup', 'linkEid', 'noSmartphone', 'lostPhone'] as const) {
      expect(whatIfsForJourney(journey).map((w) => w.id)).not.toContain('alwaysMfa');
    }
    const plain = await rehearse({ journey: 'signInAppPin', config: { serviceRequiresMfa: false } });
    await plain.send({ type: 'user.submitEmail', email: plain.world.persona.email });
    expect(plain.view().methods).toContain('password');
    await plain.send({ type: 'user.submitSignIn', password: plain.world.persona.password, method: 'password' });
    expect(plain.step()).toBe('signIn.done');
  });

  it('counts wrong passwords and locks sign-in after five (assumed), pointing to a reset', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    await signIn(r, 'appPin', 'Wrong-password-1');
    expect(r.view().errorFor('password')).toEqual({ field: 'password', rule: 'wrong', params: { attemptsLeft: 4 } });
    expect(r.view().values.signIn.password).toBe('Wrong-password-1');
    for (let i = 0; i < 4; i++)
      await r.send({ type: 'user.submitSignIn', password: 'Wrong-password-1', method: 'appPin' });
    expect(r.step()).toBe('signIn.locked');
    await r.send({ type: 'user.tryAgain' });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'appPin' });
    expect(r.step()).toBe('signIn.locked');
    // The way out that needs no waiting: "Lost your password?", with the address filled in.
    await r.send({ type: 'user.lostPassword' });
    expect(r.step()).toBe('passwordReset.request');
    expect(r.view().values.resetRequest.email).toBe(r.world.persona.email);
    await r.send({ type: 'user.cancel' });
    await signIn(r, 'appPin');
    expect(r.step()).toBe('signIn.locked');
    await r.advance(15 * MINUTE + 1);
    await r.send({ type: 'user.tryAgain' });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'appPin' });
    expect(r.step()).toBe('signIn.appPin');
  });

  it('with the app and a QR code: the app shows a code for this sign-in only', async () => {
    const r = await rehearse({ journey: 'signInAppQr', whatIfs: ['phoneOffline'] });
    await signIn(r, 'appQr');
    expect(r.step()).toBe('signIn.qrScan');
    await r.send({ type: 'phone.scan', payload: r.view().data.challenge?.qrPayload ?? '' });
    expect(r.step()).toBe('signIn.qrCode');
    const otp = r.view().data.otp ?? '';
    expect(otp).toMatch(/^[A-Z0-9]{8}$/);
    await r.send({ type: 'user.submitOtp', otp: `${otp.slice(0, 4)} ${otp.slice(4).toLowerCase()}` });
    expect(r.step()).toBe('signIn.done');
    // The next sign-in has a new QR code, so a new code: the old one is simply wrong there.
    await r.send({ type: 'user.signOut' });
    await signIn(r, 'appQr');
    await r.send({ type: 'phone.scan', payload: r.view().data.challenge?.qrPayload ?? '' });
    expect(r.view().data.otp).not.toBe(otp);
    await r.send({ type: 'user.submitOtp', otp });
    expect(r.view().errorFor('otp')).toEqual({ field: 'otp', rule: 'wrong' });
    expect(r.step()).toBe('signIn.qrCode');
  });

  it('takes an authenticator app’s 6-digit code once: the same code again is refused as used', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    const enrolmentQr = await enrolPhone(r);
    const code = authenticatorCode(enrolmentQr, r.clock.now());
    await signIn(r, 'appQr');
    expect(r.step()).toBe('signIn.qrScan');
    await r.send({ type: 'user.submitOtp', otp: code });
    expect(r.step()).toBe('signIn.done');
    await r.send({ type: 'user.signOut' });
    await signIn(r, 'appQr');
    await r.send({ type: 'user.submitOtp', otp: code });
    expect(r.view().errorFor('otp')).toEqual({ field: 'otp', rule: 'used' });
    expect(r.step()).toBe('signIn.qrCode');
    expect(r.view().data.auth).toBe('none');
    // The app's next code, 30 seconds on, signs in.
    await r.advance(30 * SECOND);
    await r.send({ type: 'user.submitOtp', otp: authenticatorCode(enrolmentQr, r.clock.now()) });
    expect(r.step()).toBe('signIn.done');
  });

  it('refuses a mistyped code and lets the challenge expire after 5 minutes (assumed)', async () => {
    const r = await rehearse({ journey: 'signInAppQr' });
    await signIn(r, 'appQr');
    await r.send({ type: 'phone.scan', payload: r.view().data.challenge?.qrPayload ?? '' });
    await r.send({ type: 'user.submitOtp', otp: 'AAAA2222' });
    expect(r.view().errorFor('otp')?.rule).toBe('wrong');
    await r.advance(5 * MINUTE + 1);
    expect(r.step()).toBe('signIn.expired');
    await r.send({ type: 'user.tryAgain' });
    expect(r.step()).toBe('signIn.qrScan');
  });

  it('with a security key: touch it to sign in; cancelling returns to the method choice', async () => {
    const r = await rehearse({ journey: 'signInSecurityKey' });
    await signIn(r, 'securityKey');
    expect(r.step()).toBe('signIn.securityKey');
    await r.send({ type: 'user.cancelPrompt' });
    expect(r.step()).toBe('signIn.password');
    expect(r.view().errorFor('method')?.rule).toBe('cancelled');
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'securityKey' });
    await r.send({ type: 'user.touchKey' });
    expect(r.step()).toBe('signIn.done');
  });

  it('refuses a method the account has not set up', async () => {
    const r = await rehearse({ journey: 'signInSecurityKey' });
    await signIn(r, 'appPin');
    expect(r.view().errorFor('method')?.rule).toBe('notEnrolled');
  });

  it('signs in with a linked eID without a separate second factor', async () => {
    const r = await rehearse({ journey: 'signInEid' });
    await r.send({ type: 'user.signInWithEid' });
    expect(r.step()).toBe('eid.country');
    await r.send({ type: 'user.chooseCountry', country: 'BE' });
    expect(r.step()).toBe('eid.national');
    await r.send({ type: 'user.eidAuthenticate' });
    expect(r.step()).toBe('signIn.done');
    expect(r.view().data.auth).toBe('mfa');
  });
});
