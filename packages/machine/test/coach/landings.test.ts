import { SimulatedClock, createActor, waitFor } from 'xstate';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createSimulatedWorld } from '@eulogin-coach/simulator';
import { DEFAULT_CONFIG, connect, createCoachLogic } from '../../src/index.js';
import type { JourneyId, StepId } from '../../src/index.js';
import { JOURNEYS, JOURNEY_IDS, STEPS } from '../../src/registry/index.js';
import { decodeSave, encodeSave, toSavedProgress } from '../../src/persist/index.js';
import type { CoachEffects, EffectCall } from '../../src/index.js';
import { rehearse } from '../harness.js';
import { MAIL_WAIT } from '../happy-paths.js';

// Where jumps, resumes and returns land: the position shown, the world prepared, and what the coach keeps.

describe('the position on a journey where a step appears twice', () => {
  it('going back to the e-mail page from the registration form is the first e-mail page, not the last', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'user.createAccount' });
    await r.send({ type: 'user.cancel' });
    expect(r.step()).toBe('signIn.email');
    expect(r.view().progress).toMatchObject({ current: 1, total: 21 });
    expect(toSavedProgress(r.actor.getSnapshot()).journeyIndex).toBe(0);
  });

  it('changing the address on the first sign-in of "no smartphone" stays at the first sign-in', async () => {
    const r = await rehearse({ journey: 'noSmartphone' });
    await r.send({ type: 'user.chooseAlternative', option: 'securityKey' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.useDifferentEmail' });
    expect(r.view().progress).toMatchObject({ current: 2, total: 11 });
  });

  it('signing out from My Account after adding the phone is the sign-in at the end of the setup', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'device.added' });
    await r.send({ type: 'user.continue' });
    expect(r.step()).toBe('account.home');
    await r.send({ type: 'user.signOut' });
    expect(r.view().progress).toMatchObject({ current: 18, total: 21 });
    expect(toSavedProgress(r.actor.getSnapshot()).journeyIndex).toBe(17);
  });

  it('signing in again after adding the phone moves on to the sign-in at the end of the setup', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'device.added' });
    await r.send({ type: 'user.signOut' });
    expect(r.step()).toBe('signIn.email');
    expect(r.view().progress).toMatchObject({ current: 18, total: 21 });
  });
});

describe('a jump to a step that shows an outcome', () => {
  const P = 'alex.rehearsal@example.org';

  it.each([
    ['device.added', 'fullSetup', 'devices'],
    ['key.added', 'noSmartphone', 'keys'],
    ['eid.linked', 'linkEid', 'eids'],
  ] as const)('%s lands in a world where it happened', async (stepId, journey, factor) => {
    const r = await rehearse({ journey });
    await r.send({ type: 'helpdesk.jumpTo', stepId });
    expect(r.step()).toBe(stepId);
    expect(r.world.inspect().accounts[P]?.[factor]).toHaveLength(1);
    expect(r.view().data.account?.[factor]).toHaveLength(1);
  });

  it('eid.linked names the country of the eID the prepared account has', async () => {
    const r = await rehearse({ journey: 'linkEid' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'eid.linked' });
    const linked = r.view().data.account?.eids[0]?.country;
    expect(linked).toBeDefined();
    expect(r.view().data.eidCountry).toBe(linked);
  });

  it('register.done lands with the password set, so signing in afterwards finds the account', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'register.done' });
    expect(r.world.inspect().accounts[P]?.status).toBe('active');
    await r.send({ type: 'user.continue' });
    await r.send({ type: 'user.signOut' });
    await r.send({ type: 'user.submitEmail', email: P });
    expect(r.step()).toBe('signIn.password');
  });

  it('key.added lands with the key registered, so it signs the person in', async () => {
    const r = await rehearse({ journey: 'noSmartphone' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'key.added' });
    await r.send({ type: 'user.signOut' });
    await r.send({ type: 'user.submitEmail', email: P });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'securityKey' });
    await r.send({ type: 'user.touchKey' });
    expect(r.step()).toBe('signIn.done');
  });
});

describe('a resume on a step that shows what cannot be shown again', () => {
  /** The position saved on `stepId`, the `index`th step of `journey`, with the phone as a new rehearsal has it. */
  const savedAt = async (journey: JourneyId, stepId: StepId) => {
    const index = JOURNEYS[journey].path.indexOf(stepId);
    const r = await rehearse({ journey });
    await r.send({ type: 'helpdesk.jumpTo', stepId: JOURNEYS[journey].path[0] ?? 'signIn.email' });
    return { ...toSavedProgress(r.actor.getSnapshot()), stepId, journeyIndex: index };
  };

  it('the password page of the setup resumes at the mail, whose link leads back to it', async () => {
    const r = await rehearse();
    await r.send({ type: 'coach.resume', progress: await savedAt('fullSetup', 'password.set') });
    // Not the e-mail page at the start, where the unfinished account would be "not found".
    expect(r.step()).toBe('register.mailSent');
    expect(r.view().progress).toMatchObject({ current: 3, total: 21 });
    // The mail arrives as a sent one does (a moment later), at the address the rehearsal registered.
    await r.advance(MAIL_WAIT);
    const token = r.world.mailbox(r.view().data.email)[0]?.token;
    expect(token).toBeDefined();
    await r.send({ type: 'mail.linkOpened', token: token ?? '' });
    expect(r.step()).toBe('password.set');
  });

  it('the password page of a reset resumes at the reset mail, on the same journey', async () => {
    const r = await rehearse();
    await r.send({ type: 'coach.resume', progress: await savedAt('forgotPassword', 'password.set') });
    expect(r.step()).toBe('passwordReset.mailSent');
    expect(r.view().journey).toBe('forgotPassword');
    expect(r.view().progress).toMatchObject({ current: 4 });
  });

  it('a QR code or a request resumes at the step where it is made again, as before', async () => {
    const r = await rehearse();
    await r.send({ type: 'coach.resume', progress: await savedAt('fullSetup', 'app.enrolPin') });
    expect(r.step()).toBe('device.addForm');
    await r.send({ type: 'coach.resume', progress: await savedAt('signInAppPin', 'signIn.appPin') });
    expect(r.step()).toBe('signIn.password');
  });

  it('every journey starts on a step that can be shown again, where such a resume stops at the latest', () => {
    for (const journey of JOURNEY_IDS) {
      const first = JOURNEYS[journey].path[0] ?? 'signIn.email';
      expect(STEPS[first].resumeAt, journey).toBeUndefined();
    }
  });
});

describe('what-ifs across jumps and resumes', () => {
  it('a jump to a detour step switches on its condition for that landing only', async () => {
    const r = await rehearse({ journey: 'fullSetup', whatIfs: ['mailInSpam'] });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'app.noScreenLock' });
    expect(r.step()).toBe('app.noScreenLock');
    expect(r.view().activeWhatIfs).toEqual(['mailInSpam', 'noScreenLock']);
    expect(r.view().data.phone.screenLock).toBe(false);

    await r.send({ type: 'helpdesk.jumpTo', stepId: 'app.welcome' });
    expect(r.view().activeWhatIfs).toEqual(['mailInSpam']);
    expect(r.view().data.phone.screenLock).toBe(true);
    // The person's own choice is what a share code or save carries.
    expect(toSavedProgress(r.actor.getSnapshot()).whatIfs).toEqual(['mailInSpam']);
  });

  it('a save made after cancelling the eID page resumes without making every eID fail', async () => {
    const r = await rehearse({ journey: 'signInEid' });
    await r.send({ type: 'user.signInWithEid' });
    await r.send({ type: 'user.chooseCountry', country: 'BE' });
    await r.send({ type: 'user.eidCancel' });
    expect(r.step()).toBe('eid.failed');

    const saved = decodeSave(encodeSave(toSavedProgress(r.actor.getSnapshot())));
    if (!saved.ok) throw new Error(saved.error.detail);
    const resumed = await rehearse();
    await resumed.send({ type: 'coach.resume', progress: saved.value });
    expect(resumed.step()).toBe('eid.failed');
    expect(resumed.view().activeWhatIfs).toEqual([]);
    await resumed.send({ type: 'user.tryAgain' });
    await resumed.send({ type: 'user.chooseCountry', country: 'BE' });
    await resumed.send({ type: 'user.eidAuthenticate' });
    expect(resumed.step()).toBe('signIn.done');
  });

  it('a jump to a step where the request expired does not take the phone offline for later', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'signIn.expired' });
    expect(r.view().data.phone.online).toBe(true);
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'signIn.password' });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'appPin' });
    expect(r.step()).toBe('signIn.appPin');
  });
});

describe('what-ifs a journey does not offer', () => {
  it('are dropped when a jump, a journey start or a resume lands on that journey', async () => {
    const r = await rehearse({ journey: 'signInAppPin', whatIfs: ['appReinstalled', 'mailInSpam'] });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'pin.settings' });
    expect(r.view().journey).toBe('forgotPin');
    expect(r.view().activeWhatIfs).toEqual(['mailInSpam']);
    expect(r.view().data.phone.app).toBe('initialised');

    const started = await rehearse({ journey: 'forgotPin', whatIfs: ['appReinstalled'] });
    expect(started.view().activeWhatIfs).toEqual([]);
  });
});

describe('the task a jump lands in', () => {
  it('an eID chosen after a jump into "link my eID" is linked, not used to sign in', async () => {
    const r = await rehearse({ journey: 'linkEid' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'eid.country' });
    await r.send({ type: 'user.chooseCountry', country: 'PT' });
    await r.send({ type: 'user.eidAuthenticate' });
    expect(r.step()).toBe('eid.linked');
  });

  it('"send the mail again" after a jump into a password reset sends a reset mail', async () => {
    const r = await rehearse({ journey: 'forgotPassword' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'passwordReset.mailSent' });
    const mails = () => r.world.mailbox(r.world.persona.email);
    await r.advance(2 * 60_000);
    const before = mails().length;
    await r.send({ type: 'user.resendMail' });
    await r.advance(2 * 60_000);
    expect(mails()).toHaveLength(before + 1);
    expect(mails()[0]?.kind).toBe('reset');
  });
});

describe('a jump to the lockout page', () => {
  it('lands on a real lockout, with the time it ends, that the right password does not get through', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'signIn.locked' });
    expect(r.view().data.lockedUntil).toBe(r.clock.now() + DEFAULT_CONFIG.lockoutMs);
    await r.send({ type: 'user.tryAgain' });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'appPin' });
    expect(r.step()).toBe('signIn.locked');
  });

  it('leaves no lockout time behind when the next jump lands elsewhere', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'signIn.locked' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'signIn.password' });
    expect(r.view().data.lockedUntil).toBeNull();
  });
});

describe('Back after a jump', () => {
  it('does not lead from another journey into the old one', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'device.addForm' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'eid.linked' });
    expect(r.view().journey).toBe('linkEid');
    expect(r.view().canGoBack).toBe(false);
  });

  it('does not lead back into the world before a jump within the same journey either', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'app.noScreenLock' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'signIn.password' });
    expect(r.view().canGoBack).toBe(false);
  });

  it('leads back along the steps taken since the jump', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'device.list' });
    await r.send({ type: 'user.addDevice' });
    await r.send({ type: 'coach.back' });
    expect(r.step()).toBe('device.list');
  });
});

describe('deleting a device', () => {
  it('offers only the devices the list shows', async () => {
    const r = await rehearse({ journey: 'newPhone' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'device.list' });
    const listed = r.view().data.account?.devices[0]?.id ?? '';
    expect(r.view().can({ type: 'user.deleteDevice', deviceId: 'no-such-device' })).toBe(false);
    expect(r.view().can({ type: 'user.deleteDevice', deviceId: listed })).toBe(true);
  });
});

describe('while an effect is under way', () => {
  it('offers neither Cancel nor Back, so the coach never loses track of what the effect changed', async () => {
    const clock = new SimulatedClock();
    const world = createSimulatedWorld({ clock, seed: 7 });
    let release = () => {};
    const effects: CoachEffects = {
      ...world.effects,
      deleteDevice: (input) =>
        new Promise((resolve, reject) => {
          release = () => void world.effects.deleteDevice(input).then(resolve, reject);
        }),
    };
    const actor = createActor(createCoachLogic(effects), { clock, input: {} }).start();
    const settle = () => waitFor(actor, (s) => !s.hasTag('busy'));
    actor.send({ type: 'coach.chooseJourney', journey: 'newPhone' });
    await settle();
    actor.send({ type: 'helpdesk.jumpTo', stepId: 'device.list' });
    await settle();
    const device = actor.getSnapshot().context.account?.devices[0];
    if (!device) throw new Error('the new-phone world has an old phone');
    actor.send({ type: 'user.deleteDevice', deviceId: device.id });
    actor.send({ type: 'user.confirm' });

    const view = connect(actor.getSnapshot(), actor.send.bind(actor));
    expect(view.busy).toBe(true);
    expect(view.can({ type: 'user.cancel' })).toBe(false);
    expect(view.can({ type: 'coach.back' })).toBe(false);
    expect(view.canGoBack).toBe(false);
    actor.send({ type: 'user.cancel' });
    // The rehearsal's phone switches still work.
    actor.send({ type: 'phone.setOnline', online: false });
    actor.send({ type: 'phone.setForeground', foreground: false });
    expect(actor.getSnapshot().context.phone).toMatchObject({ online: false, appInForeground: false });
    expect(actor.getSnapshot().hasTag('busy')).toBe(true);

    release();
    await settle();
    expect(actor.getSnapshot().context.account?.devices.map((d) => d.id)).toEqual([]);
    expect(world.inspect().accounts['alex.rehearsal@example.org']?.devices).toEqual([]);
    actor.stop();
  });

  it('tells the effect when it stops waiting for it, so a portal can cancel the request', async () => {
    const clock = new SimulatedClock();
    const world = createSimulatedWorld({ clock, seed: 7 });
    // The platform's AbortSignal, so a portal passes it straight on to fetch.
    expectTypeOf<EffectCall['signal']>().toEqualTypeOf<AbortSignal>();
    const signals: AbortSignal[] = [];
    const effects: CoachEffects = {
      ...world.effects,
      lookupAccount: (_input, call) => {
        signals.push(call.signal);
        return new Promise(() => {});
      },
    };
    const actor = createActor(createCoachLogic(effects), { clock, input: {} }).start();
    actor.send({ type: 'coach.chooseJourney', journey: 'signInAppPin' });
    await waitFor(actor, (s) => !s.hasTag('busy'));
    actor.send({ type: 'user.submitEmail', email: 'ana@example.org' });
    expect(signals.map((s) => s.aborted)).toEqual([false]);
    actor.send({ type: 'coach.restart' });
    expect(signals.map((s) => s.aborted)).toEqual([true]);
    actor.stop();
  });
});
