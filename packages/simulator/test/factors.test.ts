import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '@eulogin-coach/machine';
import { ACTIVE, WITH_APP, deliverAll, preparedWorld } from './world-fixture.js';

describe('deleting a device', () => {
  it('removes it from the account and from this phone’s app', async () => {
    const f = await preparedWorld(WITH_APP);
    const account = await f.effects.deleteDevice({ email: f.email, deviceId: 'device-1' });
    expect(account.devices).toEqual([]);
    expect(f.world.appAccount()).toBeNull();
    await expect(f.effects.deleteDevice({ email: f.email, deviceId: 'device-1' })).rejects.toThrow(/unknownDevice/);
  });

  it('deleting the old phone leaves this phone alone', async () => {
    const f = await preparedWorld([...WITH_APP, 'oldDeviceEnrolled']);
    const account = await f.effects.deleteDevice({ email: f.email, deviceId: 'device-1' });
    expect(account.devices.map((d) => d.name)).toEqual(['My phone']);
    expect(f.world.appAccount()).toBe(f.email);
  });
});

describe('PANIC', () => {
  it('removes every device and eID, keeps keys, unlinks the app and mails a security notice', async () => {
    const f = await preparedWorld([...WITH_APP, 'oldDeviceEnrolled', 'eidLinked', 'keyRegistered']);
    const account = await f.effects.panic({ email: f.email });
    expect(account).toMatchObject({ devices: [], eids: [], keys: [{ name: 'My security key' }] });
    expect(f.world.appAccount()).toBeNull();
    deliverAll(f, f.email);
    expect(f.world.mailbox(f.email)).toMatchObject([
      { kind: 'securityNotice', language: 'en', url: 'https://webgate.ec.europa.eu/cas/login' },
    ]);
    expect(f.world.mailbox(f.email)[0]?.token).toBeUndefined();
    const password = f.world.persona.password;
    expect(await f.effects.signIn({ email: f.email, password, method: 'appPin' })).toEqual({
      kind: 'methodUnavailable',
    });
    expect(await f.effects.signIn({ email: f.email, password, method: 'password' })).toMatchObject({ kind: 'ok' });
  });
});

describe('eID', () => {
  it('links a supported country, which then signs the person in', async () => {
    const f = await preparedWorld(ACTIVE);
    expect(await f.effects.completeEid({ email: f.email, country: 'IT', purpose: 'signIn' })).toEqual({
      kind: 'notLinked',
    });
    const linked = await f.effects.completeEid({ email: f.email, country: 'IT', purpose: 'link' });
    expect(linked).toMatchObject({ kind: 'ok', account: { eids: [{ country: 'IT' }] } });
    expect(await f.effects.completeEid({ email: f.email, country: 'IT', purpose: 'link' })).toMatchObject({
      account: { eids: [{ country: 'IT' }] },
    });
    expect(await f.effects.completeEid({ email: f.email, country: 'IT', purpose: 'signIn' })).toMatchObject({
      kind: 'ok',
    });
  });

  it('signs in the account the eID is linked to, whatever address was typed before', async () => {
    const f = await preparedWorld([...ACTIVE, 'eidLinked']);
    const signedIn = await f.effects.completeEid({ email: 'typo@example.org', country: 'BE', purpose: 'signIn' });
    expect(signedIn).toMatchObject({ kind: 'ok', account: { email: f.email, eids: [{ country: 'BE' }] } });
  });

  it('fails for an unknown account', async () => {
    const f = await preparedWorld([]);
    expect(await f.effects.completeEid({ email: f.email, country: 'BE', purpose: 'link' })).toEqual({ kind: 'failed' });
  });
});

describe('security keys', () => {
  it('registers a key that then answers the sign-in prompt', async () => {
    const f = await preparedWorld(ACTIVE);
    expect(await f.effects.assertSecurityKey({ email: f.email })).toEqual({ kind: 'notRegistered' });
    const added = await f.effects.registerSecurityKey({ email: f.email, keyName: 'YubiKey', kind: 'securityKey' });
    expect(added).toMatchObject({ kind: 'ok', account: { keys: [{ name: 'YubiKey', kind: 'securityKey' }] } });
    expect(await f.effects.assertSecurityKey({ email: f.email })).toEqual({ kind: 'ok' });
    const signIn = await f.effects.signIn({
      email: f.email,
      password: f.world.persona.password,
      method: 'securityKey',
    });
    expect(signIn).toMatchObject({ kind: 'ok' });
  });

  it('refuses the same authenticator twice, on any account', async () => {
    const f = await preparedWorld([...ACTIVE, 'keyRegistered']);
    const again = { email: f.email, keyName: 'Again', kind: 'securityKey', credentialId: 'practice-key-1' } as const;
    expect(await f.effects.registerSecurityKey(again)).toEqual({ kind: 'duplicate' });
    const other = { ...again, credentialId: 'windows-hello-1', kind: 'trustedPlatform' } as const;
    expect(await f.effects.registerSecurityKey(other)).toMatchObject({ kind: 'ok' });
  });

  it('matches the credential id when the browser gives one', async () => {
    const f = await preparedWorld([...ACTIVE, 'keyRegistered']);
    expect(await f.effects.assertSecurityKey({ email: f.email, credentialId: 'practice-key-1' })).toEqual({
      kind: 'ok',
    });
    expect(await f.effects.assertSecurityKey({ email: f.email, credentialId: 'someone-elses' })).toEqual({
      kind: 'notRegistered',
    });
  });
});

describe('app settings: forgot PIN', () => {
  it('checks the credentials of the account the app holds, then sets a new PIN', async () => {
    const f = await preparedWorld(WITH_APP);
    const password = f.world.persona.password;
    expect(await f.effects.verifyAppCredentials({ email: f.email, password })).toEqual({ kind: 'ok' });
    await f.effects.resetAppPin({ email: f.email, pin: '9753' });
    const { requestId } = await f.effects.startPinRequest({ email: f.email });
    expect(await f.effects.approvePinRequest({ requestId, pin: '2468' })).toMatchObject({ kind: 'wrongPin' });
    expect(await f.effects.approvePinRequest({ requestId, pin: '9753' })).toEqual({ kind: 'ok' });
  });

  it('wrong passwords share the sign-in counter and lockout', async () => {
    const f = await preparedWorld(WITH_APP);
    const password = f.world.persona.password;
    await f.effects.signIn({ email: f.email, password: 'Not-the-one-1', method: 'password' });
    expect(await f.effects.verifyAppCredentials({ email: f.email, password: 'Not-the-one-1' })).toEqual({
      kind: 'wrongPassword',
      attemptsLeft: DEFAULT_CONFIG.maxPasswordAttempts - 2,
    });
    for (let i = 2; i < DEFAULT_CONFIG.maxPasswordAttempts; i++) {
      await f.effects.verifyAppCredentials({ email: f.email, password: 'Not-the-one-1' });
    }
    const locked = await f.effects.signIn({ email: f.email, password, method: 'password' });
    expect(locked).toEqual({ kind: 'locked', until: f.clock.now() + DEFAULT_CONFIG.lockoutMs });
  });

  it('an account the app does not hold never matches', async () => {
    const f = await preparedWorld(ACTIVE);
    const outcome = await f.effects.verifyAppCredentials({ email: f.email, password: f.world.persona.password });
    expect(outcome).toMatchObject({ kind: 'wrongPassword' });
    await expect(f.effects.resetAppPin({ email: f.email, pin: '9753' })).rejects.toThrow(/noDeviceOnPhone/);
  });
});
