import { describe, expect, it } from 'vitest';
import { rehearse } from '../harness.js';

describe('lost or new phone', () => {
  it('with another factor: sign in with it, delete the old phone, add the new one', async () => {
    const r = await rehearse({ journey: 'newPhone' });
    await r.send({ type: 'user.chooseRecovery', situation: 'otherFactor' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    expect(r.view().values.signIn.method).toBe('securityKey');
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'securityKey' });
    await r.send({ type: 'user.touchKey' });
    expect(r.step()).toBe('device.list');
    const old = r.view().data.account?.devices[0];
    expect(old).toBeDefined();
    await r.send({ type: 'user.deleteDevice', deviceId: old?.id ?? '' });
    expect(r.step()).toBe('device.deleteConfirm');
    await r.send({ type: 'user.confirm' });
    expect(r.step()).toBe('device.list');
    expect(r.view().notice).toBe('deviceDeleted');
    expect(r.view().data.account?.devices).toHaveLength(0);
    await r.send({ type: 'user.addDevice' });
    expect(r.step()).toBe('app.install');
  });

  it('with nothing left: PANIC removes every device and eID, then enrol afresh', async () => {
    const r = await rehearse({ journey: 'lostPhone' });
    // Besides the lost phone, the account has a Belgian eID, linked earlier through the national eID service.
    await r.world.effects.completeEid({ email: r.world.persona.email, country: 'BE', purpose: 'link' });
    await r.send({ type: 'user.chooseRecovery', situation: 'noFactor' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'password' });
    expect(r.step()).toBe('account.home');
    expect(r.view().data.account?.devices).toHaveLength(1);
    expect(r.view().data.account?.eids).toEqual([{ country: 'BE' }]);
    await r.send({ type: 'user.openPage', page: 'panic' });
    expect(r.step()).toBe('panic.confirm');
    await r.send({ type: 'user.confirm' });
    expect(r.step()).toBe('panic.done');
    expect(r.view().data.account?.devices).toEqual([]);
    expect(r.view().data.account?.eids).toEqual([]);
    await r.advance(2 * 60_000);
    expect(r.world.mailbox(r.world.persona.email).some((m) => m.kind === 'securityNotice')).toBe(true);
    await r.send({ type: 'user.addDevice' });
    expect(r.step()).toBe('device.list');
  });

  it('points a person who lost their phone at the sign-in to the recovery options', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.lostPhone' });
    expect(r.step()).toBe('recovery.options');
  });
});

describe('after PANIC', () => {
  it('signs in with the password alone to a website that accepts it', async () => {
    const r = await rehearse({ journey: 'lostPhone', config: { serviceRequiresMfa: false } });
    await r.send({ type: 'user.chooseRecovery', situation: 'noFactor' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'password' });
    await r.send({ type: 'user.openPage', page: 'panic' });
    await r.send({ type: 'user.confirm' });
    expect(r.step()).toBe('panic.done');
    await r.send({ type: 'user.continue' });
    await r.send({ type: 'user.signOut' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'password' });
    expect(r.step()).toBe('signIn.done');
    expect(r.view().data.auth).toBe('password');
  });
});

describe('reinstalled app', () => {
  it('no longer receives sign-in requests; the person is pointed to re-adding the phone', async () => {
    const r = await rehearse({ journey: 'signInAppPin', whatIfs: ['appReinstalled'] });
    expect(r.view().data.phone.app).toBe('installed');
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'appPin' });
    expect(r.step()).toBe('signIn.pinWait');
    expect(r.view().whatIfs.map((w) => w.id)).toContain('appReinstalled');
    await r.send({ type: 'user.lostPhone' });
    expect(r.step()).toBe('recovery.options');
  });

  it('with no other factor, is linked again after PANIC removes its stale entry, and answers requests again', async () => {
    const r = await rehearse({ journey: 'signInAppPin', whatIfs: ['appReinstalled'] });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.lostPhone' });
    await r.send({ type: 'user.chooseRecovery', situation: 'noFactor' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'password' });
    await r.send({ type: 'user.openPage', page: 'panic' });
    await r.send({ type: 'user.confirm' });
    await r.send({ type: 'user.addDevice' });
    expect(r.step()).toBe('device.list');
    await r.send({ type: 'user.addDevice' });
    // The reinstalled app is there, notifications already allowed: it only needs "Initialise".
    expect(r.step()).toBe('app.welcome');
    await r.send({ type: 'phone.tapInitialise' });
    expect(r.step()).toBe('device.addForm');
    await r.send({ type: 'user.submitDevice', values: { deviceName: 'Same phone', pin: '2580', pinConfirm: '2580' } });
    await r.send({ type: 'phone.tapNext' });
    expect(r.step()).toBe('app.cameraPermission');
    await r.send({ type: 'phone.allowCamera' });
    await r.send({ type: 'phone.scan', payload: r.view().data.enrolment?.qrPayload ?? '' });
    await r.send({ type: 'phone.submitPin', pin: '2580' });
    await r.send({ type: 'phone.continue' });
    expect(r.step()).toBe('device.added');

    // The phone answers sign-in requests again.
    await r.send({ type: 'user.signOut' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'appPin' });
    expect(r.step()).toBe('signIn.appPin');
    await r.send({ type: 'phone.submitPin', pin: '2580' });
    expect(r.step()).toBe('signIn.done');
  });
});
