import { describe, expect, it } from 'vitest';
import type { JourneyId } from '@eulogin-coach/machine';
import { JOURNEYS } from '@eulogin-coach/machine/registry';
import { decodeSave, encodeSave, toSavedProgress } from '@eulogin-coach/machine/persist';
import { watchLifecycle } from '../src/index.js';
import type { LifecycleEvent } from '../src/index.js';
// The machine's own rehearsal harness: a coach driven by the simulated world on a simulated clock.
import { rehearse } from '../../machine/test/harness.js';
import type { Rehearsal } from '../../machine/test/harness.js';
import { walkHappyPath } from '../../machine/test/happy-paths.js';

// The lifecycle events a portal counts for analytics (`watchLifecycle(actor, listener)`), in the order they happen.

function listen(r: Rehearsal): LifecycleEvent[] {
  const heard: LifecycleEvent[] = [];
  watchLifecycle(r.actor, (event) => heard.push(event));
  return heard;
}

/** One line per event, so a failure shows the whole sequence. */
const line = (e: LifecycleEvent): string =>
  [e.type, e.stepId, e.journey ?? '-', 'whatIfId' in e ? e.whatIfId : ''].join(' ').trim();

describe('lifecycle events', () => {
  // The steps a person sees, in order: the happy path (the wait for the app, passed through within one transition
  // when the phone is ready, is never shown and not reported); and the what-if branch a journey is made of
  // (forgetting the password).
  it.each<[JourneyId, Record<string, string>]>([
    ['linkEid', {}],
    ['fullSetup', {}],
    ['forgotPassword', { 'passwordReset.request': 'forgotPassword' }],
  ])('%s: each step entered and left in order, then the journey finished', async (journey, whatIfAt) => {
    const r = await rehearse();
    const heard = listen(r);
    await walkHappyPath(r, journey);
    const path = JOURNEYS[journey].path;
    const expected = [
      'step.left coach.journeys -',
      ...path.flatMap((stepId, i) => [
        ...(i > 0 ? [`step.left ${path[i - 1]} ${journey}`] : []),
        `step.entered ${stepId} ${journey}`,
        ...(whatIfAt[stepId] ? [`whatIf.taken ${stepId} ${journey} ${whatIfAt[stepId]}`] : []),
      ]),
      `journey.finished ${path[path.length - 1]} ${journey}`,
    ];
    expect(heard.map(line)).toEqual(expected);
  });

  it('reports a what-if branch the person took, but not a Back over it', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    const heard = listen(r);
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    expect(r.step()).toBe('signIn.userNotFound');
    await r.send({ type: 'coach.back' });
    await r.send({ type: 'user.createAccount' });
    expect(heard.map(line)).toEqual([
      'step.left signIn.email fullSetup',
      'step.entered signIn.userNotFound fullSetup',
      'whatIf.taken signIn.userNotFound fullSetup unknownEmail',
      'step.left signIn.userNotFound fullSetup',
      'step.entered signIn.email fullSetup',
      'step.left signIn.email fullSetup',
      'step.entered register.form fullSetup',
    ]);
  });

  it('does not report a what-if for a helpdesk jump to its outcome', async () => {
    const r = await rehearse({ journey: 'fullSetup' });
    const heard = listen(r);
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'signIn.userNotFound' });
    expect(r.step()).toBe('signIn.userNotFound');
    expect(heard.map(line)).toEqual(['step.left signIn.email fullSetup', 'step.entered signIn.userNotFound fullSetup']);
  });

  it('reports a restart before the end as abandoned, and not after the end', async () => {
    const r = await rehearse({ journey: 'linkEid' });
    const heard = listen(r);
    await r.send({ type: 'coach.restart' });
    expect(heard.map(line)).toEqual([
      'step.left signIn.email linkEid',
      'journey.abandoned signIn.email linkEid',
      'step.entered coach.journeys -',
    ]);

    const done = await rehearse();
    await walkHappyPath(done, 'linkEid');
    const after = listen(done);
    await done.send({ type: 'coach.restart' });
    expect(after.map((e) => e.type)).toEqual(['step.left', 'step.entered']);
  });

  it('reports a resume with its step and journey, before the step it lands on', async () => {
    const r = await rehearse({ journey: 'linkEid' });
    await r.send({ type: 'helpdesk.jumpTo', stepId: 'eid.country' });
    const saved = decodeSave(encodeSave(toSavedProgress(r.actor.getSnapshot())));
    if (!saved.ok) throw new Error(saved.error.detail);
    const resumed = await rehearse();
    const heard = listen(resumed);
    await resumed.send({ type: 'coach.resume', progress: saved.value });
    expect(heard.map(line)).toEqual([
      'step.left coach.journeys -',
      'journey.resumed eid.country linkEid',
      'step.entered eid.country linkEid',
    ]);
  });

  it('carries ids only: nothing the person typed, and no name, address, password or PIN', async () => {
    const r = await rehearse();
    const heard = listen(r);
    await walkHappyPath(r, 'fullSetup');
    await r.send({ type: 'coach.restart' });
    await walkHappyPath(r, 'forgotPin');
    const { email, firstName, lastName, password, pin } = r.world.persona;
    const typed = [email, firstName, lastName, password, pin, 'Quiet-Harbour-42', '1357', '9753'];
    expect(heard.length).toBeGreaterThan(40);
    for (const event of heard) {
      expect(Object.keys(event).every((key) => ['type', 'stepId', 'journey', 'whatIfId'].includes(key))).toBe(true);
      const payload = JSON.stringify(event).toLowerCase();
      expect(typed.filter((value) => payload.includes(value.toLowerCase()))).toEqual([]);
    }
  });

  it('reports a resume into another journey as the first one abandoned', async () => {
    const saved = await rehearse({ journey: 'linkEid' });
    await saved.send({ type: 'helpdesk.jumpTo', stepId: 'eid.country' });
    const progress = decodeSave(encodeSave(toSavedProgress(saved.actor.getSnapshot())));
    if (!progress.ok) throw new Error(progress.error.detail);
    const r = await rehearse({ journey: 'fullSetup' });
    const heard = listen(r);
    await r.send({ type: 'coach.resume', progress: progress.value });
    expect(heard.map(line)).toEqual([
      'step.left signIn.email fullSetup',
      'journey.abandoned signIn.email fullSetup',
      'journey.resumed eid.country linkEid',
      'step.entered eid.country linkEid',
    ]);
  });

  it('reports nothing once stopped, and stopping reports nothing', async () => {
    const r = await rehearse({ journey: 'linkEid' });
    const heard: LifecycleEvent[] = [];
    const stop = watchLifecycle(r.actor, (event) => heard.push(event));
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    const before = heard.length;
    expect(before).toBeGreaterThan(0);
    stop();
    await r.send({ type: 'coach.restart' });
    expect(heard).toHaveLength(before);
  });
});
