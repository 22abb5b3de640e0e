import { SimulatedClock, createActor, waitFor } from 'xstate';
import type { Actor } from 'xstate';
import { createSimulatedWorld } from '@eulogin-coach/simulator';
import type { SimulatedWorld } from '@eulogin-coach/simulator';
import { EFFECT_FEATURES, connect, createCoachLogic, currentStepId } from '../src/index.js';
import type {
  CoachConfig,
  EffectsFor,
  Feature,
  Features,
  CoachEvent,
  CoachView,
  JourneyId,
  StepId,
  WhatIfId,
} from '../src/index.js';

export interface Rehearsal {
  readonly clock: SimulatedClock;
  readonly world: SimulatedWorld;
  readonly actor: Actor<ReturnType<typeof createCoachLogic>>;
  /** Send an event and wait until no effect is running. */
  send(event: CoachEvent): Promise<void>;
  /** Move simulated time on (timers fire) and let the coach settle. */
  advance(ms: number): Promise<void>;
  step(): StepId;
  view(): CoachView;
  /** The link token of the newest mail of `kind` in the person's mailbox (inbox or spam). */
  mailToken(kind?: string): string | undefined;
}

async function settle(actor: Rehearsal['actor']): Promise<void> {
  await waitFor(actor, (s) => !s.hasTag('busy'), { timeout: 2000 });
}

/** A coach driven by the simulated EU Login world on a simulated clock: nothing sleeps. */
export async function rehearse(
  options: { journey?: JourneyId; whatIfs?: WhatIfId[]; config?: Partial<CoachConfig>; seed?: number } = {},
): Promise<Rehearsal> {
  const clock = new SimulatedClock();
  clock.set(Date.UTC(2026, 10, 27, 9, 0, 0));
  const world = createSimulatedWorld({ clock, seed: options.seed ?? 7, config: options.config ?? {} });
  // The effects of a feature the config switches off are left out: the coach must not need them.
  const features = options.config?.features ?? {};
  const effects = Object.fromEntries(
    Object.entries(world.effects).filter(
      ([name]) => features[(EFFECT_FEATURES as Partial<Record<string, Feature>>)[name] as Feature] !== false,
    ),
  ) as EffectsFor<Features>;
  const actor = createActor(createCoachLogic(effects, features), { clock, input: { config: options.config ?? {} } });
  actor.start();
  const r: Rehearsal = {
    clock,
    world,
    actor,
    async send(event) {
      actor.send(event);
      await settle(actor);
    },
    async advance(ms) {
      clock.increment(ms);
      await settle(actor);
    },
    step: () => currentStepId(actor.getSnapshot()),
    view: () => connect(actor.getSnapshot(), actor.send.bind(actor)),
    mailToken(kind) {
      const mails = world.mailbox(world.persona.email).filter((m) => !kind || m.kind === kind);
      return mails[0]?.token;
    },
  };
  if (options.journey)
    await r.send({ type: 'coach.chooseJourney', journey: options.journey, whatIfs: options.whatIfs ?? [] });
  return r;
}

export const PERSONA_REGISTRATION = {
  firstName: 'Alex',
  lastName: 'Rehearsal',
  email: 'alex.rehearsal@example.org',
  emailConfirm: 'alex.rehearsal@example.org',
  emailLanguage: 'en',
  privacy: true,
} as const;
