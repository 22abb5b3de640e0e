import { describe, expect, it } from 'vitest';
import { rehearse } from '../harness.js';
import type { Rehearsal } from '../harness.js';

const MINUTE = 60_000;

/** From My Account to the QR code on the PC, with the app made ready on the way. */
async function toQr(r: Rehearsal, name = 'My phone', pin = '1357') {
  await r.send({ type: 'user.openPage', page: 'devices' });
  expect(r.step()).toBe('device.list');
  await r.send({ type: 'user.addDevice' });
  if (r.step() === 'app.install') await r.send({ type: 'phone.installApp' });
  if (r.step() === 'app.notifications') await r.send({ type: 'phone.allowNotifications' });
  expect(r.step()).toBe('app.welcome');
  await r.send({ type: 'phone.tapInitialise' });
  expect(r.step()).toBe('device.addForm');
  await r.send({ type: 'user.submitDevice', values: { deviceName: name, pin, pinConfirm: pin } });
  expect(r.step()).toBe('device.qrShown');
}

async function scanQr(r: Rehearsal) {
  await r.send({ type: 'phone.tapNext' });
  if (r.step() === 'app.cameraPermission') await r.send({ type: 'phone.allowCamera' });
  expect(r.step()).toBe('app.scanner');
  await r.send({ type: 'phone.scan', payload: r.view().data.enrolment?.qrPayload ?? '' });
}

describe('add a mobile device and initialise the app by QR code', () => {
  it('walks from My Account to a listed device (happy path)', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'account.home' });
    await toQr(r);
    expect(r.view().data.enrolment?.qrPayload).toMatch(/^eulogin-enrol:/);
    expect(r.view().data.enrolment?.authenticatorUri).toMatch(/^otpauth:\/\//);
    await scanQr(r);
    expect(r.step()).toBe('app.enrolPin');
    await r.send({ type: 'phone.submitPin', pin: '1357' });
    expect(r.step()).toBe('app.enrolled');
    await r.send({ type: 'phone.continue' });
    expect(r.step()).toBe('device.added');
    expect(r.view().data.account?.devices.map((d) => d.name)).toContain('My phone');
  });

  it('refuses a PIN that is not four digits or does not match, keeping the device name', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'device.addForm' });
    await r.send({ type: 'user.submitDevice', values: { deviceName: 'Tab', pin: '12a4', pinConfirm: '12a4' } });
    expect(r.view().errorFor('pin')?.rule).toBe('notDigits');
    await r.send({ type: 'user.submitDevice', values: { deviceName: 'Tab', pin: '1234', pinConfirm: '4321' } });
    expect(r.view().errorFor('pinConfirm')?.rule).toBe('mismatch');
    expect(r.view().values.device.deviceName).toBe('Tab');
    expect(r.step()).toBe('device.addForm');
  });

  it('accepts any four digits as the app PIN, 1234 included, as EU Login does', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'account.home' });
    await toQr(r, 'My phone', '1234');
    await scanQr(r);
    await r.send({ type: 'phone.submitPin', pin: '1234' });
    expect(r.step()).toBe('app.enrolled');
  });

  it('asks for a step-up with the existing factor before managing devices', async () => {
    // An account whose old phone is still registered, signed in with the password only.
    const s = await rehearse({ journey: 'lostPhone' });
    await s.send({ type: 'helpdesk.jumpTo', stepId: 'account.home' });
    expect(s.view().data.auth).toBe('password');
    await s.send({ type: 'user.openPage', page: 'devices' });
    expect(s.step()).toBe('signIn.password');
    expect(s.view().notice).toBe('stepUpRequired');
    expect(s.view().methods).not.toContain('password');
    await s.send({ type: 'user.submitSignIn', password: s.world.persona.password, method: 'password' });
    expect(s.view().errorFor('method')?.rule).toBe('mfaRequired');
    // Without a factor, no step-up.
    const r = await rehearse({ journey: 'linkEid' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'account.home' });
    await r.send({ type: 'user.openPage', page: 'devices' });
    expect(r.step()).toBe('device.list');
  });

  it('opens the devices page once the step-up with the existing factor succeeds', async () => {
    // Signed in with the password alone (a website that accepts it), the phone's app still linked.
    const r = await rehearse({ journey: 'signInAppPin', config: { serviceRequiresMfa: false } });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'password' });
    await r.send({ type: 'user.continue' });
    expect(r.step()).toBe('account.home');
    await r.send({ type: 'user.openPage', page: 'devices' });
    expect(r.step()).toBe('signIn.password');
    expect(r.view().notice).toBe('stepUpRequired');
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'appPin' });
    expect(r.step()).toBe('signIn.appPin');
    await r.send({ type: 'phone.submitPin', pin: r.world.persona.pin });
    expect(r.step()).toBe('device.list');
    expect(r.view().data.auth).toBe('mfa');
  });

  it('shows the phone camera app reading meaningless text, then back to the EU Login app, which asks for the camera first', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'account.home' });
    await toQr(r);
    await r.send({ type: 'phone.scanWithCameraApp' });
    expect(r.step()).toBe('app.foreignScanner');
    // The app never had the camera: back in it, it asks before it can scan.
    await r.send({ type: 'phone.openApp' });
    expect(r.step()).toBe('app.cameraPermission');
    await r.send({ type: 'phone.allowCamera' });
    expect(r.step()).toBe('app.scanner');
    // With the camera allowed, the camera app and back lead straight to the scanner.
    await r.send({ type: 'phone.scanWithCameraApp' });
    await r.send({ type: 'phone.openApp' });
    expect(r.step()).toBe('app.scanner');
  });

  it('explains a QR code that is not an EU Login enrolment code', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'account.home' });
    await toQr(r);
    await r.send({ type: 'phone.tapNext' });
    await r.send({ type: 'phone.allowCamera' });
    await r.send({ type: 'phone.scan', payload: 'https://example.org/menu' });
    expect(r.step()).toBe('app.scanError');
    await r.send({ type: 'phone.tryAgain' });
    expect(r.step()).toBe('app.scanner');
  });

  it('lets the QR code expire after 5 minutes (assumed) and starts again with the name kept', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'account.home' });
    await toQr(r, 'Work phone');
    await r.advance(5 * MINUTE + 1);
    expect(r.step()).toBe('device.qrExpired');
    await r.send({ type: 'user.tryAgain' });
    expect(r.step()).toBe('device.addForm');
    expect(r.view().values.device.deviceName).toBe('Work phone');
  });

  it('recovers from a refused camera permission', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'account.home' });
    await toQr(r);
    await r.send({ type: 'phone.tapNext' });
    await r.send({ type: 'phone.denyCamera' });
    expect(r.step()).toBe('app.cameraDenied');
    await r.send({ type: 'phone.allowCamera' });
    expect(r.step()).toBe('app.scanner');
  });

  it('refuses to initialise on a phone without a screen lock until one is set', async () => {
    const r = await rehearse({ journey: 'fullSetup', whatIfs: ['noScreenLock'] });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'app.welcome' });
    await r.send({ type: 'phone.tapInitialise' });
    expect(r.step()).toBe('app.noScreenLock');
    await r.send({ type: 'phone.setScreenLock' });
    expect(r.step()).toBe('app.welcome');
    await r.send({ type: 'phone.tapInitialise' });
    expect(r.step()).toBe('device.addForm');
  });

  it('asks for notifications again after they were refused', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'app.install' });
    await r.send({ type: 'phone.installApp' });
    await r.send({ type: 'phone.denyNotifications' });
    expect(r.step()).toBe('app.notificationsDenied');
    await r.send({ type: 'phone.allowNotifications' });
    expect(r.step()).toBe('app.welcome');
  });

  it('refuses a wrong PIN with the tries left, then accepts the chosen one', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'account.home' });
    await toQr(r);
    await scanQr(r);
    await r.send({ type: 'phone.submitPin', pin: '0000' });
    expect(r.view().errorFor('pin')).toEqual({ field: 'pin', rule: 'wrong', params: { attemptsLeft: 4 } });
    expect(r.view().data.account?.devices ?? []).toHaveLength(0);
    await r.send({ type: 'phone.submitPin', pin: '1357' });
    expect(r.step()).toBe('app.enrolled');
  });

  it('keeps one account per device: unlink the other account first', async () => {
    const r = await rehearse({ journey: 'fullSetup', whatIfs: ['deviceUsedByOtherAccount'] });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'account.home' });
    await toQr(r);
    await scanQr(r);
    await r.send({ type: 'phone.submitPin', pin: '1357' });
    expect(r.step()).toBe('app.deviceInUse');
    await r.send({ type: 'phone.unlinkOtherAccount' });
    expect(r.step()).toBe('device.list');
    expect(r.view().notice).toBe('otherAccountUnlinked');
  });

  it('allows several accounts in one app when configured', async () => {
    const r = await rehearse({
      journey: 'fullSetup',
      whatIfs: ['deviceUsedByOtherAccount'],
      config: { multiAccount: true },
    });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'account.home' });
    await toQr(r);
    await scanQr(r);
    await r.send({ type: 'phone.submitPin', pin: '1357' });
    expect(r.step()).toBe('app.enrolled');
  });

  it('gives up on a QR code with Cancel: back to the list, nothing added', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'account.home' });
    await toQr(r);
    await r.send({ type: 'phone.tapNext' });
    await r.send({ type: 'user.cancel' });
    expect(r.step()).toBe('device.list');
    expect(r.view().data.enrolment).toBeNull();
    expect(r.view().data.account?.devices ?? []).toHaveLength(0);
  });
});
