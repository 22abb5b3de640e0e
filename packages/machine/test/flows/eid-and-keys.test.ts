import { describe, expect, it } from 'vitest';
import { rehearse } from '../harness.js';

describe('link a national eID', () => {
  it('links a listed country after the national sign-in', async () => {
    const r = await rehearse({ journey: 'linkEid' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'password' });
    expect(r.step()).toBe('account.home');
    await r.send({ type: 'user.openPage', page: 'eids' });
    await r.send({ type: 'user.linkEid' });
    await r.send({ type: 'user.chooseCountry', country: 'US' });
    expect(r.view().errorFor('country')?.rule).toBe('unsupported');
    await r.send({ type: 'user.chooseCountry', country: 'PT' });
    await r.send({ type: 'user.eidAuthenticate' });
    expect(r.step()).toBe('eid.linked');
    expect(r.view().data.account?.eids).toContainEqual({ country: 'PT' });
  });

  it.each([
    ['the national sign-in fails', ['eidFailed'] as const, 'user.eidAuthenticate' as const, 'unavailable'],
    ['the person cancels', [] as const, 'user.eidCancel' as const, 'cancelled'],
  ])('shows a failure page when %s, with a way to try again', async (_l, whatIfs, event, rule) => {
    const r = await rehearse({ journey: 'linkEid', whatIfs: [...whatIfs] });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'eid.country' });
    await r.send({ type: 'user.chooseCountry', country: 'BE' });
    await r.send({ type: event });
    expect(r.step()).toBe('eid.failed');
    expect(r.view().errorFor('country')?.rule).toBe(rule);
    await r.send({ type: 'user.tryAgain' });
    expect(r.step()).toBe('eid.country');
  });
});

describe('no smartphone: security key or trusted platform', () => {
  it('registers a key with a name and then signs in with it', async () => {
    const r = await rehearse({ journey: 'noSmartphone' });
    expect(r.step()).toBe('noSmartphone.options');
    await r.send({ type: 'user.chooseAlternative', option: 'trustedPlatform' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'password' });
    expect(r.step()).toBe('key.manage');
    await r.send({ type: 'user.addKey' });
    expect(r.view().values.key.kind).toBe('trustedPlatform');
    await r.send({ type: 'user.submitKey', values: { keyName: '', kind: 'trustedPlatform' } });
    expect(r.view().errorFor('keyName')?.rule).toBe('required');
    await r.send({ type: 'user.submitKey', values: { keyName: 'Windows Hello', kind: 'trustedPlatform' } });
    expect(r.step()).toBe('key.prompt');
    await r.send({ type: 'user.touchKey' });
    expect(r.step()).toBe('key.added');
    await r.send({ type: 'user.signOut' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'securityKey' });
    await r.send({ type: 'user.touchKey' });
    expect(r.step()).toBe('signIn.done');
    expect(r.view().progress?.complete).toBe(true);
  });

  it('explains a cancelled prompt and an already registered key', async () => {
    const r = await rehearse({ journey: 'noSmartphone', whatIfs: ['keyAlreadyRegistered'] });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'key.addForm' });
    await r.send({ type: 'user.submitKey', values: { keyName: 'YubiKey', kind: 'securityKey' } });
    await r.send({ type: 'user.cancelPrompt' });
    expect(r.step()).toBe('key.failed');
    expect(r.view().errorFor('keyName')?.rule).toBe('cancelled');
    await r.send({ type: 'user.tryAgain' });
    expect(r.view().values.key.keyName).toBe('YubiKey');
    await r.send({ type: 'user.submitKey', values: { keyName: 'YubiKey', kind: 'securityKey' } });
    await r.send({ type: 'user.touchKey' });
    expect(r.step()).toBe('key.failed');
    expect(r.view().errorFor('keyName')?.rule).toBe('alreadyRegistered');
  });

  it('offers a tablet with the app as another way', async () => {
    const r = await rehearse({ journey: 'noSmartphone' });
    await r.send({ type: 'user.chooseAlternative', option: 'tablet' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'password' });
    expect(r.step()).toBe('device.list');
  });
});

describe('sign in with an eID', () => {
  it("signs in the eID's account even after a mistyped address, and says so when an eID is linked to none", async () => {
    const r = await rehearse({ journey: 'signInEid' });
    await r.send({ type: 'user.submitEmail', email: 'alex.rehersal@example.org' });
    expect(r.step()).toBe('signIn.userNotFound');
    await r.send({ type: 'user.useDifferentEmail' });
    await r.send({ type: 'user.signInWithEid' });
    await r.send({ type: 'user.chooseCountry', country: 'BE' });
    await r.send({ type: 'user.eidAuthenticate' });
    expect(r.step()).toBe('signIn.done');
    expect(r.view().data.email).toBe(r.world.persona.email);

    const other = await rehearse({ journey: 'signInEid' });
    await other.send({ type: 'user.signInWithEid' });
    await other.send({ type: 'user.chooseCountry', country: 'PT' });
    await other.send({ type: 'user.eidAuthenticate' });
    expect(other.step()).toBe('eid.failed');
    expect(other.view().errors).toEqual([{ field: 'country', rule: 'notLinked' }]);
  });
});
