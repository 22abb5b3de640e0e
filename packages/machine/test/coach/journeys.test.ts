import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { JOURNEYS, JOURNEY_IDS, STEP_IDS, stepInfo } from '../../src/registry/index.js';
import { connect, createCoachLogic, currentStepId } from '../../src/index.js';
import type { StepId } from '../../src/index.js';
import { rehearse } from '../harness.js';

/**
 * The steps a jump cannot land on, because they show something live that cannot be made up (a sign-in request, an
 * enrolment QR code, a key prompt…), and the step it lands on instead. Every other step is landed on as asked.
 */
const LANDS_INSTEAD: Partial<Record<StepId, StepId>> = {
  'signIn.pinWait': 'signIn.password',
  'signIn.appNotification': 'signIn.password',
  'signIn.appPin': 'signIn.password',
  'signIn.qrScan': 'signIn.password',
  'signIn.qrCode': 'signIn.password',
  'signIn.securityKey': 'signIn.password',
  'password.set': 'signIn.email',
  'device.qrShown': 'device.addForm',
  'device.qrExpired': 'device.addForm',
  'device.deleteConfirm': 'device.list',
  'app.cameraPermission': 'device.addForm',
  'app.cameraDenied': 'device.addForm',
  'app.scanner': 'device.addForm',
  'app.foreignScanner': 'device.addForm',
  'app.scanError': 'device.addForm',
  'app.enrolPin': 'device.addForm',
  'app.deviceInUse': 'device.list',
  'app.enrolled': 'device.list',
  'pin.new': 'pin.credentials',
  'key.prompt': 'key.addForm',
  'eid.national': 'eid.country',
};

/** A coach on the rehearsal's simulated clock with some effects replaced, and a bounded wait for it to settle. */
function coachWith(r: Awaited<ReturnType<typeof rehearse>>, effects: Parameters<typeof createCoachLogic>[0]) {
  const actor = createActor(createCoachLogic(effects), { clock: r.clock, input: {} }).start();
  return {
    actor,
    settle: () => waitFor(actor, (s) => !s.hasTag('busy'), { timeout: 2000 }),
    view: () => connect(actor.getSnapshot(), actor.send.bind(actor)),
  };
}

describe('journeys, progress and the helpdesk jump', () => {
  it.each(JOURNEY_IDS)('starts the %s journey on its first step at "step 1 of N"', async (journey) => {
    const r = await rehearse({ journey });
    const path = JOURNEYS[journey].path;
    expect(r.step()).toBe(path[0]);
    expect(r.view().progress).toMatchObject({ current: 1, total: path.length, complete: false });
    expect(r.view().progress?.minutesLeft).toBeGreaterThan(0);
  });

  it('counts progress along the path and lowers the time left', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    const before = r.view().progress;
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    const after = r.view().progress;
    expect(after?.current).toBe(2);
    expect(after?.minutesLeft).toBeLessThanOrEqual(before?.minutesLeft ?? 0);
    expect(after?.percent).toBeGreaterThan(before?.percent ?? 0);
  });

  it.each(STEP_IDS.filter((id) => id !== 'coach.journeys'))(
    'jumps to %s (or the step it resumes at)',
    async (stepId) => {
      const r = await rehearse({ journey: 'fullSetup' });
      await r.send({ type: 'helpdesk.jumpTo', stepId });
      expect(r.step()).toBe(LANDS_INSTEAD[stepId] ?? stepId);
      expect(r.view().notice).toBe('jumped');
      expect(r.view().busy).toBe(false);
      r.actor.stop();
    },
  );

  it('keeps the journey when jumping along it, and picks a journey that passes through the step otherwise', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'device.addForm' });
    expect(r.view().journey).toBe('fullSetup');
    expect(r.view().data.auth).toBe('password');
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'eid.linked' });
    expect(r.view().journey).toBe('linkEid');
  });

  it('arranges the world a jumped-to step needs: an enrolled device before a PIN sign-in', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'signIn.password' });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'appPin' });
    expect(r.step()).toBe('signIn.appPin');
  });

  it('goes Back to the previous step with what was typed still there', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    await r.send({ type: 'user.createAccount' });
    await r.send({
      type: 'user.submitRegistration',
      values: {
        firstName: 'Ana',
        lastName: '',
        email: 'ana@example.org',
        emailConfirm: 'ana@example.org',
        emailLanguage: 'pt',
        captcha: '',
        privacy: false,
      },
    });
    await r.send({ type: 'user.cancel' });
    expect(r.step()).toBe('signIn.email');
    expect(r.view().canGoBack).toBe(true);
    await r.send({ type: 'coach.back' });
    expect(r.step()).toBe('register.form');
    expect(r.view().values.register.firstName).toBe('Ana');
  });

  it('cannot go Back from the first step', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    expect(r.view().canGoBack).toBe(false);
    expect(r.view().can({ type: 'coach.back' })).toBe(false);
  });

  it('offers Back only when there is a step to go back to, also after a jump that lands where the person is', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    // password.set shows a link that cannot be made up: the jump lands on the step the person is already on.
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'password.set' });
    expect(r.step()).toBe('signIn.email');
    await r.send({ type: 'user.submitEmail', email: 'ana@' });
    expect(r.view().errors).toHaveLength(1);
    expect(r.view().canGoBack).toBe(false);
    expect(r.view().can({ type: 'coach.back' })).toBe(false);
    await r.send({ type: 'coach.back' });
    expect(r.view().errors).toHaveLength(1);
    expect(r.view().values.signInEmail).toBe('ana@');
  });

  it('agrees with the view on Back at every step of a journey walked forward and back', async () => {
    const r = await rehearse({ journey: 'linkEid' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'account.home' });
    const visited: string[] = [r.step()];
    for (const event of [
      { type: 'user.openPage', page: 'devices' },
      { type: 'user.noSmartphone' },
      { type: 'coach.back' },
      { type: 'coach.back' },
      { type: 'coach.back' },
    ] as const) {
      expect(r.view().can({ type: 'coach.back' })).toBe(r.view().canGoBack);
      await r.send(event);
      visited.push(r.step());
    }
    expect(visited).toEqual([
      'account.home',
      'device.list',
      'noSmartphone.options',
      'device.list',
      'account.home',
      // The jump's landing is where Back stops: the steps before it showed another world.
      'account.home',
    ]);
  });

  it('restarts from any step to the journey picker with nothing kept', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'coach.restart' });
    expect(r.step()).toBe('coach.journeys');
    expect(r.view().journey).toBeNull();
    expect(r.view().values.signInEmail).toBe('');
    expect(r.view().progress).toBeNull();
  });

  it('marks which surface to act on for each step', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    expect(r.view().surface).toBe(stepInfo('signIn.email').surface);
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'app.install' });
    expect(r.view().surface).toBe('phone');
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'register.mailSent' });
    expect(r.view().surface).toBe('mail');
  });

  it('lists the what-ifs that can happen on the current step', async () => {
    const r = await rehearse({ journey: 'fullSetup', whatIfs: ['mailInSpam'] });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'register.mailSent' });
    const ids = r.view().whatIfs.map((w) => w.id);
    expect(ids).toEqual(expect.arrayContaining(['mailInSpam', 'mailDelayed', 'linkExpired', 'mistypedEmail']));
    expect(r.view().activeWhatIfs).toContain('mailInSpam');
  });

  it('goes back to the journey picker with an explanation when the world cannot be prepared', async () => {
    const r = await rehearse();
    const { actor, settle } = coachWith(r, { ...r.world.effects, prepare: () => Promise.reject(new Error('offline')) });
    actor.send({ type: 'coach.chooseJourney', journey: 'fullSetup' });
    await settle();
    expect(currentStepId(actor.getSnapshot())).toBe('coach.journeys');
    expect(actor.getSnapshot().context.notice).toBe('prepareFailed');
    actor.stop();
    r.actor.stop();
  });

  it('starts afresh on the journey picker when a jump mid-journey cannot be prepared, with no stale position', async () => {
    const r = await rehearse();
    let prepares = 0;
    const { actor, settle, view } = coachWith(r, {
      ...r.world.effects,
      prepare: (input) => (++prepares > 1 ? Promise.reject(new Error('offline')) : r.world.effects.prepare(input)),
    });
    actor.send({ type: 'coach.chooseJourney', journey: 'fullSetup' });
    await settle();
    actor.send({ type: 'user.submitEmail', email: 'nobody@example.org' });
    await settle();
    expect(view().stepId).toBe('signIn.userNotFound');

    actor.send({ type: 'helpdesk.jumpTo', stepId: 'device.addForm' });
    await settle();
    expect(view().stepId).toBe('coach.journeys');
    expect(view().notice).toBe('prepareFailed');
    // Nothing of the jump's plan is left behind: no journey, no position, no way Back into a world never set up.
    expect(view().journey).toBeNull();
    expect(view().canGoBack).toBe(false);
    expect(actor.getSnapshot().can({ type: 'coach.back' })).toBe(false);
    actor.stop();
    r.actor.stop();
  });

  it('shows a clear error and keeps values when an effect fails, and works on retry', async () => {
    let fail = true;
    const r = await rehearse();
    const { actor, settle } = coachWith(r, {
      ...r.world.effects,
      lookupAccount: (input) => (fail ? Promise.reject(new Error('network')) : r.world.effects.lookupAccount(input)),
    });
    actor.send({ type: 'coach.chooseJourney', journey: 'signInAppPin' });
    await settle();
    actor.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await settle();
    expect(actor.getSnapshot().context.errors).toEqual([{ field: 'form', rule: 'unavailable' }]);
    expect(actor.getSnapshot().context.forms.signInEmail).toBe(r.world.persona.email);
    fail = false;
    actor.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await settle();
    expect(currentStepId(actor.getSnapshot())).toBe('signIn.password');
    actor.stop();
    r.actor.stop();
  });
});

describe('the verification method on offer', () => {
  it.each([
    ['signInAppPin', 'appPin'],
    ['signInSecurityKey', 'securityKey'],
    ['linkEid', 'password'],
  ] as const)('is preselected from what the account has when %s starts', async (journey, method) => {
    const r = await rehearse({ journey });
    expect(r.view().values.signIn.method).toBe(method);
  });
});
