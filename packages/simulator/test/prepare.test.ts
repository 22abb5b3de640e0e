import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, DEFAULT_PHONE } from '@eulogin-coach/machine';
import { OTHER_ACCOUNT } from '../src/index.js';
import { ACTIVE, WITH_APP, deliverAll, makeWorld, preparedWorld } from './world-fixture.js';

describe('prepare: facts', () => {
  it('with no facts, the person has no account and a phone without the app', async () => {
    const f = makeWorld();
    const prepared = await f.effects.prepare({
      journey: 'fullSetup',
      stepId: 'signIn.email',
      facts: [],
      whatIfs: [],
      email: null,
    });
    expect(prepared).toEqual({ email: f.email, account: null, phone: DEFAULT_PHONE, lockedUntil: null });
    expect(await f.effects.lookupAccount({ email: f.email })).toEqual({ kind: 'unknown' });
    expect(f.world.appAccount()).toBeNull();
  });

  it('signIn.locked: the address is locked out, even against the right password, until the time it reports', async () => {
    const f = makeWorld();
    const prepared = await f.effects.prepare({
      journey: 'signInAppPin',
      stepId: 'signIn.locked',
      facts: ACTIVE,
      whatIfs: [],
      email: null,
    });
    expect(prepared.lockedUntil).toBe(f.clock.now() + DEFAULT_CONFIG.lockoutMs);
    const password = f.world.persona.password;
    expect(await f.effects.signIn({ email: f.email, password, method: 'password' })).toEqual({
      kind: 'locked',
      until: prepared.lockedUntil,
    });
    f.clock.increment(DEFAULT_CONFIG.lockoutMs);
    expect(await f.effects.signIn({ email: f.email, password, method: 'password' })).toMatchObject({ kind: 'ok' });
  });

  it('uses the address the person has been using, if any', async () => {
    const f = makeWorld();
    const prepared = await f.effects.prepare({
      journey: 'forgotPassword',
      stepId: 'signIn.email',
      facts: ACTIVE,
      whatIfs: [],
      email: 'my.own@example.net',
    });
    expect(prepared.email).toBe('my.own@example.net');
    expect(prepared.account?.email).toBe('my.own@example.net');
    expect(await f.effects.lookupAccount({ email: f.email })).toEqual({ kind: 'unknown' });
  });

  it('accountRegistered: a pending account with a working confirmation link in the mailbox', async () => {
    const f = await preparedWorld(['accountRegistered']);
    expect(f.world.inspect().accounts[f.email]?.status).toBe('pending');
    expect(await f.effects.lookupAccount({ email: f.email })).toEqual({ kind: 'unknown' });
    deliverAll(f, f.email);
    const [mail] = f.world.mailbox(f.email);
    expect(mail).toMatchObject({ kind: 'confirmation', folder: 'inbox', language: 'en' });
    const opened = await f.effects.openLink({ token: mail?.token ?? '' });
    expect(opened).toMatchObject({ kind: 'valid', purpose: 'register', email: f.email });
  });

  it('passwordSet: an active account whose password is the persona’s, changed long enough ago', async () => {
    const f = await preparedWorld(ACTIVE);
    const signedIn = await f.effects.signIn({ email: f.email, password: f.world.persona.password, method: 'password' });
    expect(signedIn).toMatchObject({
      kind: 'ok',
      account: { email: f.email, firstName: 'Alex', lastName: 'Rehearsal' },
    });
    const changedAt = f.world.inspect().accounts[f.email]?.passwordChangedAt ?? 0;
    expect(f.clock.now() - changedAt).toBeGreaterThan(DEFAULT_CONFIG.passwordChangeIntervalMs);
    expect(f.world.mailbox(f.email)).toEqual([]);
  });

  it('appInstalled and appReady set the app’s stage with notifications allowed', async () => {
    const installed = await preparedWorld([...ACTIVE, 'appInstalled']);
    expect(installed.world.inspect().phone.facts).toMatchObject({ app: 'installed', notifications: 'allowed' });
    const ready = await preparedWorld([...ACTIVE, 'appInstalled', 'appReady']);
    expect(ready.world.inspect().phone.facts).toMatchObject({ app: 'waitingForQr', notifications: 'allowed' });
    expect(ready.world.appAccount()).toBeNull();
  });

  it('deviceEnrolled: "My phone" on the account, on this phone, with the persona’s PIN', async () => {
    const f = makeWorld();
    const prepared = await f.effects.prepare({
      journey: 'signInAppPin',
      stepId: 'signIn.email',
      facts: WITH_APP,
      whatIfs: [],
      email: null,
    });
    expect(prepared.account?.devices).toEqual([{ id: 'device-1', name: 'My phone' }]);
    expect(prepared.phone.app).toBe('initialised');
    expect(f.world.appAccount()).toBe(f.email);
    const request = await f.effects.startPinRequest({ email: f.email });
    expect(await f.effects.approvePinRequest({ requestId: request.requestId, pin: '2468' })).toEqual({ kind: 'ok' });
  });

  it('oldDeviceEnrolled: "Old phone" on the account but not on this phone, whose app is not installed', async () => {
    const f = makeWorld();
    const prepared = await f.effects.prepare({
      journey: 'newPhone',
      stepId: 'recovery.options',
      facts: [...ACTIVE, 'oldDeviceEnrolled', 'keyRegistered'],
      whatIfs: [],
      email: null,
    });
    expect(prepared.account?.devices.map((d) => d.name)).toEqual(['Old phone']);
    expect(prepared.phone.app).toBe('notInstalled');
    expect(f.world.appAccount()).toBeNull();
    const challenge = await f.effects.startQrChallenge({ email: f.email });
    expect(await f.effects.readQrChallenge({ payload: challenge.qrPayload })).toEqual({ kind: 'notInitialised' });
  });

  it('keyRegistered: "My security key" with the practice credential id', async () => {
    const f = await preparedWorld([...ACTIVE, 'keyRegistered']);
    const lookup = await f.effects.lookupAccount({ email: f.email });
    expect(lookup).toMatchObject({
      kind: 'known',
      account: { keys: [{ name: 'My security key', kind: 'securityKey' }] },
    });
    expect(await f.effects.assertSecurityKey({ email: f.email, credentialId: 'practice-key-1' })).toEqual({
      kind: 'ok',
    });
  });

  it('eidLinked: a Belgian eID signs the person in', async () => {
    const f = await preparedWorld([...ACTIVE, 'eidLinked']);
    const outcome = await f.effects.completeEid({ email: f.email, country: 'BE', purpose: 'signIn' });
    expect(outcome).toMatchObject({ kind: 'ok', account: { eids: [{ country: 'BE' }] } });
  });

  it('a jump to a "mail sent" step finds that mail; to a "link expired" step, an expired one', async () => {
    const sent = await preparedWorld([], { stepId: 'register.mailSent' });
    const token = sent.world.inspect().mails[0]?.token ?? '';
    expect(await sent.effects.openLink({ token })).toMatchObject({ kind: 'valid', purpose: 'register' });

    const expired = await preparedWorld(ACTIVE, { journey: 'forgotPassword', stepId: 'passwordReset.linkExpired' });
    deliverAll(expired, expired.email);
    const [mail] = expired.world.mailbox(expired.email);
    expect(mail?.kind).toBe('reset');
    expect(await expired.effects.openLink({ token: mail?.token ?? '' })).toEqual({ kind: 'expired', purpose: 'reset' });
  });
  it('finds the mail every mail step of the step registry shows, fresh or expired, of its flow', async () => {
    const cases = [
      { stepId: 'register.mailSent', facts: [], kind: 'confirmation', outcome: 'valid' },
      { stepId: 'register.linkExpired', facts: [], kind: 'confirmation', outcome: 'expired' },
      { stepId: 'passwordReset.mailSent', facts: ACTIVE, kind: 'reset', outcome: 'valid' },
      { stepId: 'passwordReset.linkExpired', facts: ACTIVE, kind: 'reset', outcome: 'expired' },
    ] as const;
    for (const c of cases) {
      const f = await preparedWorld(c.facts, {
        journey: c.kind === 'reset' ? 'forgotPassword' : 'fullSetup',
        stepId: c.stepId,
      });
      deliverAll(f, f.email);
      const [mail] = f.world.mailbox(f.email);
      expect({ step: c.stepId, kind: mail?.kind }).toEqual({ step: c.stepId, kind: c.kind });
      expect(await f.effects.openLink({ token: mail?.token ?? '' })).toMatchObject({ kind: c.outcome });
    }
  });

  it('writes to the accounts it makes in the language asked when preparing, greeting their registered first name', async () => {
    let language: 'en' | 'pt' = 'pt';
    const f = await preparedWorld([], { stepId: 'register.mailSent' }, { mailLanguage: () => language });
    deliverAll(f, f.email);
    expect(f.world.mailbox(f.email)[0]).toMatchObject({ language: 'pt', firstName: f.world.persona.firstName });
    language = 'en';
    await f.effects.prepare({
      journey: 'forgotPassword',
      stepId: 'passwordReset.mailSent',
      facts: ACTIVE,
      whatIfs: [],
      email: null,
    });
    deliverAll(f, f.email);
    expect(f.world.mailbox(f.email)[0]).toMatchObject({ kind: 'reset', language: 'en' });
  });
});

describe('prepare: conditions', () => {
  it('mailInSpam files the person’s mails in spam', async () => {
    const f = await preparedWorld(['accountRegistered'], { whatIfs: ['mailInSpam'] });
    deliverAll(f, f.email);
    expect(f.world.mailbox(f.email).map((m) => m.folder)).toEqual(['spam']);
  });

  it('mailDelayed holds the person’s mails back 10 to 20 minutes', async () => {
    const f = await preparedWorld(['accountRegistered'], { whatIfs: ['mailDelayed'] });
    const next = f.world.nextDeliveryAt(f.email) ?? 0;
    expect(next).toBeGreaterThanOrEqual(10 * 60_000);
    expect(next).toBeLessThanOrEqual(DEFAULT_CONFIG.maxMailDelayMs);
  });

  it('emailAlreadyRegistered makes an active account at the person’s address', async () => {
    const f = await preparedWorld([], { whatIfs: ['emailAlreadyRegistered'] });
    expect(await f.effects.lookupAccount({ email: f.email })).toMatchObject({ kind: 'known' });
  });

  it('passwordChangedRecently makes the last change now', async () => {
    const f = await preparedWorld(ACTIVE, { whatIfs: ['passwordChangedRecently'] });
    expect(f.world.inspect().accounts[f.email]?.passwordChangedAt).toBe(f.clock.now());
  });

  it('noScreenLock, appInBackground and phoneOffline set the phone’s facts', async () => {
    const f = await preparedWorld(WITH_APP, { whatIfs: ['noScreenLock', 'appInBackground', 'phoneOffline'] });
    expect(f.world.inspect().phone.facts).toMatchObject({ screenLock: false, appInForeground: false, online: false });
  });

  it('deviceUsedByOtherAccount puts someone else’s account on this phone’s app', async () => {
    const f = await preparedWorld([...ACTIVE, 'appInstalled', 'appReady'], { whatIfs: ['deviceUsedByOtherAccount'] });
    expect(f.world.appAccount()).toBe(OTHER_ACCOUNT.email);
    expect(await f.effects.lookupAccount({ email: OTHER_ACCOUNT.email })).toMatchObject({ kind: 'known' });
  });

  it('eidFailed makes the national sign-in fail', async () => {
    const f = await preparedWorld([...ACTIVE, 'eidLinked'], { whatIfs: ['eidFailed'] });
    expect(await f.effects.completeEid({ email: f.email, country: 'BE', purpose: 'signIn' })).toEqual({
      kind: 'failed',
    });
    expect(await f.effects.completeEid({ email: f.email, country: 'AT', purpose: 'link' })).toEqual({ kind: 'failed' });
  });

  it('keyAlreadyRegistered refuses the next key as a duplicate, once', async () => {
    const f = await preparedWorld(ACTIVE, { whatIfs: ['keyAlreadyRegistered'] });
    const add = () => f.effects.registerSecurityKey({ email: f.email, keyName: 'YubiKey', kind: 'securityKey' });
    expect(await add()).toEqual({ kind: 'duplicate' });
    expect(await add()).toMatchObject({ kind: 'ok' });
  });

  it('ignores what-ifs that are the person’s actions', async () => {
    const f = await preparedWorld(ACTIVE, { whatIfs: ['wrongPassword', 'mailInSpam', 'mailInSpam'] });
    expect(f.world.inspect().conditions).toEqual(['mailInSpam']);
  });
});
