import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '@eulogin-coach/machine';
import { JOURNEYS, JOURNEY_IDS, WHAT_IFS, WHAT_IF_IDS, isOfferedOn } from '@eulogin-coach/machine/registry';
import type { CoachEvent, CoachView, JourneyId, StepId, WhatIfId } from '@eulogin-coach/machine';
import {
  GUIDE_ACTIONS,
  GUIDE_ANSWERS,
  GUIDE_PLACEHOLDERS,
  createGuideEffects,
  guideChoices,
  performGuideChoice,
} from '../src/index.js';
import type { GuideChoice } from '../src/index.js';
import { guidedSession, journeyByChoices, shortestRun } from './guided-session.js';

const runs = new Map<JourneyId, Promise<string[]>>();
/** Each journey's run of choices, worked out once. */
function runOf(journey: JourneyId): Promise<string[]> {
  let run = runs.get(journey);
  if (!run) {
    run = journeyByChoices(journey);
    runs.set(journey, run);
  }
  return run;
}

/** The steps the run passes: the step after each choice, the start first. */
async function stepsOf(journey: JourneyId, run: readonly string[]): Promise<StepId[]> {
  const s = await guidedSession(journey);
  const steps: StepId[] = [s.step()];
  for (const id of run) {
    await s.choose(id);
    steps.push(s.step());
  }
  s.stop();
  return steps;
}

describe('guide choices: a journey by answers alone', () => {
  it.each(JOURNEY_IDS)('%s: from its start through every step of its path to its end', async (journey) => {
    const run = await runOf(journey);
    const steps = await stepsOf(journey, run);
    const path = JOURNEYS[journey].path;
    // Every step of the path is passed, in order.
    let k = 0;
    for (const step of steps) if (step === path[k]) k++;
    expect(k).toBe(path.length);
    expect(steps.at(-1)).toBe(path.at(-1));
    const s = await guidedSession(journey);
    for (const id of run) await s.choose(id);
    expect(s.view().progress).toMatchObject({ current: path.length, total: path.length });
    s.stop();
  });
});

/** A what-if and a step where it happens, with the journey to practise it on. */
interface Happening {
  readonly whatIf: WhatIfId;
  readonly at: StepId;
  readonly leadsTo: StepId;
  readonly journey: JourneyId;
}

// Decided by the coach, not reported: the step-up follows from the account having a second factor (tested below).
const DECIDED_BY_THE_COACH: readonly WhatIfId[] = ['stepUpRequired'];
/** Off every journey's path; reached from the sign-in page. */
const FROM_SIGN_IN: readonly StepId[] = ['signIn.pinWait', 'signIn.appNotification', 'signIn.locked'];

const happenings: Happening[] = WHAT_IF_IDS.filter((id) => !DECIDED_BY_THE_COACH.includes(id)).flatMap((id) =>
  WHAT_IFS[id].steps.flatMap((at): Happening[] => {
    const onPath = FROM_SIGN_IN.includes(at) ? 'signIn.password' : at;
    const journey = JOURNEY_IDS.find((j) => isOfferedOn(WHAT_IFS[id], j) && JOURNEYS[j].path.includes(onPath));
    const leadsTo = WHAT_IFS[id].at[at];
    return journey && leadsTo ? [{ whatIf: id, at, leadsTo, journey }] : [];
  }),
);

/** The choices from the journey's start to the first time it stands on `at`. */
async function runTo(journey: JourneyId, at: StepId): Promise<string[]> {
  const run = await runOf(journey);
  const steps = await stepsOf(journey, run);
  const onPath = FROM_SIGN_IN.includes(at) ? 'signIn.password' : at;
  const prefix = run.slice(0, steps.indexOf(onPath));
  return onPath === at ? prefix : [...prefix, ...(await shortestRun(journey, prefix, (s) => s === at, 1))];
}

/** Time-limited what-ifs that, at these steps, happen by themselves: the coach's own timer runs out with EU Login's. */
const BY_TIMER: readonly string[] = ['requestExpired@signIn.qrScan', 'qrExpired@device.qrShown'];

describe('guide choices: every troubleshooting branch is reported by an answer', () => {
  it('covers every what-if the person can run into', () => {
    const covered = new Set(happenings.map((h) => h.whatIf));
    expect(WHAT_IF_IDS.filter((id) => !covered.has(id) && !DECIDED_BY_THE_COACH.includes(id))).toEqual([]);
  });

  const cases: [string, Happening][] = happenings.map((h) => [`${h.whatIf} at ${h.at} → ${h.leadsTo}`, h]);
  it.each(cases)('%s', async (_, h) => {
    const prefix = await runTo(h.journey, h.at);
    const s = await guidedSession(h.journey);
    for (const id of prefix) await s.choose(id);
    expect(s.step()).toBe(h.at);
    const wait = WHAT_IFS[h.whatIf].wait;
    if (BY_TIMER.includes(`${h.whatIf}@${h.at}`) && wait) {
      await s.wait(DEFAULT_CONFIG[wait]);
      expect(s.step()).toBe(h.leadsTo);
      s.stop();
      return;
    }
    // The person reports it (at most twice: "nothing arrived", then "the page says it expired"); the coach follows.
    for (let i = 0; i < 2 && (i === 0 || s.step() !== h.leadsTo); i++) {
      const report = s.choices().find((c) => c.whatIf === h.whatIf);
      expect(report, `${h.whatIf} is reported at ${s.step()}`).toBeDefined();
      if (report) await s.choose(report.id);
    }
    expect(s.step()).toBe(h.leadsTo);
    s.stop();
  });

  it('asks for the step-up itself once the account has a second factor', async () => {
    const run = await runOf('fullSetup');
    const steps = await stepsOf('fullSetup', run);
    const s = await guidedSession('fullSetup');
    for (const id of run.slice(0, steps.indexOf('device.added'))) await s.choose(id);
    await s.choose('continue');
    expect(s.step()).toBe('account.home');
    await s.choose('openDevices');
    expect(s.step()).toBe(WHAT_IFS.stepUpRequired.at['account.home']);
    expect(s.view().notice).toBe('stepUpRequired');
    s.stop();
  });
});

describe('guide choices: when the coach asks something else, or nothing', () => {
  it('offers the answers of a question already waiting, and a choice whose question is not asked answers nothing', async () => {
    const s = await guidedSession('signInAppPin');
    const guide = createGuideEffects();
    // The e-mail sent without a choice: the coach asks whether EU Login knows it, and only its answers are on offer.
    await s.send({ type: 'user.submitEmail', email: GUIDE_PLACEHOLDERS.email });
    expect(s.choices().map((c) => c.id)).toEqual(GUIDE_ANSWERS.lookupAccount.map((a) => `answer.lookupAccount.${a}`));
    await s.choose('answer.lookupAccount.known');
    expect(s.step()).toBe('signIn.password');
    // A choice whose question never comes sends its events and reports that nothing was answered.
    const sent: CoachEvent[] = [];
    const choice: GuideChoice = {
      id: 'test',
      action: null,
      events: [{ type: 'user.lostPassword' }],
      answer: { effect: 'signIn', answer: 'ok' },
      whatIf: null,
    };
    expect(performGuideChoice(choice, { send: (e) => sent.push(e), guide })).toBe(false);
    expect(sent).toEqual([{ type: 'user.lostPassword' }]);
    s.stop();
  });

  it('offers nothing while the coach is busy, and only what the coach accepts on the step', async () => {
    const s = await guidedSession('fullSetup');
    const view: CoachView = s.view();
    expect(guideChoices({ ...view, busy: true }, null)).toEqual([]);
    for (const choice of s.choices()) expect(choice.events.every((e) => view.can(e))).toBe(true);
    // An action limited to some steps is not offered elsewhere.
    expect(s.choices().some((c) => c.action === 'signInAppPin')).toBe(false);
    expect(Object.keys(GUIDE_ACTIONS)).toContain('signInAppPin');
    s.stop();
  });
});
