import { describe, expect, expectTypeOf, it } from 'vitest';
import { EVENT_TYPES } from '../../src/index.js';
import type { CoachEvent, CoachEventType, EventOf, StepId } from '../../src/index.js';
import { JOURNEY_IDS } from '../../src/registry/index.js';
import { rehearse } from '../harness.js';
import { nextAction, walkHappyPath } from '../happy-paths.js';

/** Every event type, written out: the typecheck holds this list to the `CoachEvent` union both ways. */
const ALL = [
  'coach.chooseJourney',
  'coach.restart',
  'coach.back',
  'coach.resume',
  'helpdesk.jumpTo',
  'user.submitEmail',
  'user.createAccount',
  'user.useDifferentEmail',
  'user.signInWithEid',
  'user.submitSignIn',
  'user.lostPassword',
  'user.lostPhone',
  'user.tryAgain',
  'user.chooseOtherMethod',
  'user.submitOtp',
  'user.touchKey',
  'user.cancelPrompt',
  'user.continue',
  'user.signOut',
  'user.submitRegistration',
  'user.refreshCaptcha',
  'user.cancel',
  'user.confirm',
  'user.back',
  'user.resendMail',
  'user.registerAgain',
  'user.submitNewPassword',
  'user.submitResetRequest',
  'user.openPage',
  'user.addDevice',
  'user.deleteDevice',
  'user.submitDevice',
  'user.linkEid',
  'user.chooseCountry',
  'user.eidAuthenticate',
  'user.eidCancel',
  'user.addKey',
  'user.submitKey',
  'user.noSmartphone',
  'user.chooseAlternative',
  'user.chooseRecovery',
  'mail.linkOpened',
  'phone.installApp',
  'phone.allowNotifications',
  'phone.denyNotifications',
  'phone.tapInitialise',
  'phone.setScreenLock',
  'phone.tapNext',
  'phone.allowCamera',
  'phone.denyCamera',
  'phone.scan',
  'phone.scanWithCameraApp',
  'phone.openApp',
  'phone.tryAgain',
  'phone.submitPin',
  'phone.unlinkOtherAccount',
  'phone.continue',
  'phone.openNotification',
  'phone.decline',
  'phone.forgotPin',
  'phone.submitCredentials',
  'phone.submitNewPin',
  'phone.setForeground',
  'phone.setOnline',
] as const satisfies readonly CoachEventType[];

describe('what the current step accepts', () => {
  it('lists every event type once in EVENT_TYPES, exactly the CoachEvent union', () => {
    expectTypeOf<(typeof ALL)[number]>().toEqualTypeOf<CoachEventType>();
    expectTypeOf(EVENT_TYPES).toEqualTypeOf<readonly CoachEventType[]>();
    expect([...EVENT_TYPES].sort()).toEqual([...ALL].sort());
    expect(new Set(EVENT_TYPES).size).toBe(EVENT_TYPES.length);
  });

  it('types one event with EventOf', () => {
    expectTypeOf<EventOf<'user.submitEmail'>>().toEqualTypeOf<{ type: 'user.submitEmail'; email: string }>();
    expectTypeOf<EventOf<'helpdesk.jumpTo'>['stepId']>().toEqualTypeOf<StepId>();
    expectTypeOf<EventOf<'coach.back'>>().toExtend<CoachEvent>();
  });

  it.each(JOURNEY_IDS)(
    '%s: at every step of the happy path, view.events is what can() accepts and holds the next move',
    async (journey) => {
      const r = await rehearse();
      const mismatches: string[] = [];
      r.actor.subscribe((snapshot) => {
        const view = r.view();
        const accepted = EVENT_TYPES.filter((type) => snapshot.can({ type } as CoachEvent));
        if ([...view.events].sort().join() !== accepted.sort().join()) mismatches.push(view.stepId);
        if (view.busy && view.events.some((type) => type.startsWith('user.') || type === 'coach.back'))
          mismatches.push(`${view.stepId} busy`);
        if (view.busy || view.progress?.complete) return;
        const next = nextAction(r, journey, view.stepId);
        if (next === 'waitForMail') return;
        // deleting a device is taken for a listed device only, so it is asked with the device (see the last test)
        const taken = next.type === 'user.deleteDevice' ? view.can(next) : view.events.includes(next.type);
        if (!taken) mismatches.push(`${view.stepId} ${next.type}`);
      });
      await walkHappyPath(r, journey);
      expect(mismatches).toEqual([]);
    },
  );

  it('offers Back only where there is somewhere to go back to', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    expect(r.view().stepId).toBe('signIn.email');
    expect(r.view().events).toContain('user.submitEmail');
    expect(r.view().events).not.toContain('user.submitSignIn');
    expect(r.view().events).not.toContain('coach.back');
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    expect(r.view().stepId).toBe('signIn.password');
    expect(r.view().events).toEqual(expect.arrayContaining(['user.submitSignIn', 'user.lostPassword', 'coach.back']));
    expect(r.view().events).not.toContain('user.submitEmail');
  });

  it('leaves out an event whose answer depends on what it carries: deleting a device asks can() with the device', async () => {
    const r = await rehearse({ journey: 'newPhone' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'device.list' });
    const device = r.view().data.account?.devices[0];
    expect(r.view().stepId).toBe('device.list');
    expect(device).toBeDefined();
    expect(r.view().events).not.toContain('user.deleteDevice');
    expect(r.view().can({ type: 'user.deleteDevice', deviceId: device?.id ?? '' })).toBe(true);
  });
});

describe("the view's data", () => {
  it('shows the account, the phone and what EU Login issued, never the person’s name or a mail link’s token', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'user.createAccount' });
    expect(Object.keys(r.view().data).sort()).toEqual(
      [
        ...['email', 'account', 'auth', 'afterAuth', 'phone', 'lockedUntil', 'config'],
        ...['captcha', 'enrolment', 'pinRequest', 'challenge', 'otp'],
        ...['linkPurpose', 'eidPurpose', 'eidCountry', 'keyKind', 'pendingDeviceId'],
      ].sort(),
    );
  });
});
