import { SimulatedClock, createActor, waitFor } from 'xstate';
import { EFFECT_NAMES, connect, createCoachLogic } from '@eulogin-coach/machine';
import { JOURNEYS } from '@eulogin-coach/machine/registry';
import type { CoachEffects, CoachEvent, CoachView, JourneyId, StepId } from '@eulogin-coach/machine';
import { createGuideEffects, guideChoices, performGuideChoice } from '../src/index.js';
import type { GuideChoice, GuideEffects } from '../src/index.js';

/**
 * Building the coach's logic takes a while, and the searches below start thousands of sessions, so the logic is
 * built once, on effects that forward to the guide effects of the session started last. Sessions are used one at a
 * time: each is stopped before the next starts.
 */
let active: GuideEffects = createGuideEffects();
const forwarding = Object.fromEntries(
  EFFECT_NAMES.map((name) => [
    name,
    (...args: never[]) => (active.effects[name] as (...a: never[]) => unknown)(...args),
  ]),
) as unknown as CoachEffects;
const logic = createCoachLogic(forwarding);

/** A coach on guide effects, driven only by guide choices: what a guide-mode screen does, without the screen. */
export interface GuidedSession {
  readonly view: () => CoachView;
  readonly step: () => StepId;
  readonly choices: () => readonly GuideChoice[];
  /** Performs the choice with this id (it must be on offer) and waits until the coach is at rest again. */
  readonly choose: (id: string) => Promise<GuideChoice>;
  readonly send: (event: CoachEvent) => Promise<void>;
  /** Lets time pass on the coach's clock (its timers: QR codes and requests that expire). */
  readonly wait: (ms: number) => Promise<void>;
  readonly stop: () => void;
}

export async function guidedSession(journey?: JourneyId): Promise<GuidedSession> {
  const guide = createGuideEffects({ now: () => 0 });
  active = guide;
  const clock = new SimulatedClock();
  const actor = createActor(logic, { input: {}, clock }).start();
  const settle = async () => {
    await waitFor(actor, (s) => !s.hasTag('busy') || guide.pending() !== null, { timeout: 2000 });
  };
  const view = () => connect(actor.getSnapshot(), (e) => actor.send(e));
  const choices = () => guideChoices(view(), guide.pending());
  const session: GuidedSession = {
    view,
    step: () => view().stepId,
    choices,
    async choose(id) {
      const choice = choices().find((c) => c.id === id);
      if (!choice)
        throw new Error(
          `No choice "${id}" at ${view().stepId}: ${choices()
            .map((c) => c.id)
            .join(', ')}`,
        );
      performGuideChoice(choice, { send: (e) => actor.send(e), guide });
      await settle();
      return choice;
    },
    async send(event) {
      actor.send(event);
      await settle();
    },
    async wait(ms) {
      clock.increment(ms);
      await settle();
    },
    stop: () => actor.stop(),
  };
  if (journey) await session.send({ type: 'coach.chooseJourney', journey });
  return session;
}

/** Whether a choice jumps (a helpdesk jump): journeys are completed without them. */
export function isJump(choice: GuideChoice): boolean {
  return choice.events.some((e) => e.type === 'helpdesk.jumpTo');
}

/**
 * The choices that take a journey from its start through every step of its path, in order: for each next step on
 * the path, the shortest run of choices (no jumps) that reaches it. Throws when a step cannot be reached.
 */
export async function journeyByChoices(journey: JourneyId): Promise<string[]> {
  const path = JOURNEYS[journey].path;
  const taken: string[] = [];
  for (let k = 1; k < path.length; k++) {
    const target = path[k];
    taken.push(...(await shortestRun(journey, taken, (s) => s === target, 4)));
  }
  return taken;
}

/** Replays `prefix` from the journey start, then searches breadth-first for the shortest run reaching `goal`. */
export async function shortestRun(
  journey: JourneyId,
  prefix: readonly string[],
  goal: (step: StepId) => boolean,
  maxDepth: number,
  allowJumps = false,
): Promise<string[]> {
  let frontier: string[][] = [[]];
  for (let depth = 0; depth < maxDepth; depth++) {
    const next: string[][] = [];
    for (const run of frontier) {
      const s = await guidedSession(journey);
      for (const id of [...prefix, ...run]) await s.choose(id);
      const offered = s.choices().filter((c) => allowJumps || !isJump(c));
      s.stop();
      for (const choice of offered) {
        const t = await guidedSession(journey);
        for (const id of [...prefix, ...run]) await t.choose(id);
        await t.choose(choice.id);
        const reached = t.step();
        t.stop();
        if (goal(reached)) return [...run, choice.id];
        next.push([...run, choice.id]);
      }
    }
    frontier = next;
  }
  throw new Error(`${journey}: no run of choices reaches the goal after ${prefix.join(' → ')}`);
}
