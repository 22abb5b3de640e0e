import { describe, expect, it } from 'vitest';
import { rehearse } from '../harness.js';

describe('step-up before changing factors', () => {
  it('after PANIC, a security key that is left asks for itself before a phone is added', async () => {
    const r = await rehearse({ journey: 'signInSecurityKey', config: { serviceRequiresMfa: false } });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'password' });
    await r.send({ type: 'user.continue' });
    expect(r.step()).toBe('account.home');
    await r.send({ type: 'user.openPage', page: 'panic' });
    await r.send({ type: 'user.confirm' });
    expect(r.step()).toBe('panic.done');
    expect(r.view().data.account?.keys).toHaveLength(1);

    await r.send({ type: 'user.addDevice' });
    expect(r.step()).toBe('signIn.password');
    expect(r.view().notice).toBe('stepUpRequired');
    expect(r.view().values.signIn.method).toBe('securityKey');
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'securityKey' });
    await r.send({ type: 'user.touchKey' });
    expect(r.step()).toBe('device.list');
  });

  it('after PANIC with nothing left, a phone is added straight away', async () => {
    const r = await rehearse({ journey: 'lostPhone' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'panic.confirm' });
    await r.send({ type: 'user.confirm' });
    await r.send({ type: 'user.addDevice' });
    expect(r.step()).toBe('device.list');
  });
});
