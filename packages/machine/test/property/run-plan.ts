import fc from 'fast-check';
import { JOURNEY_IDS, STEP_IDS, whatIfsForJourney } from '../../src/registry/index.js';
import type { CoachConfig, JourneyId, StepId, WhatIfId } from '../../src/index.js';
import type { ActionDraw } from './attacks.js';

/** How a run begins: a journey with what-ifs switched on, or a helpdesk jump from the journey list. */
export type Start =
  | { readonly kind: 'journey'; readonly journey: JourneyId; readonly whatIfs: readonly WhatIfId[] }
  | { readonly kind: 'jump'; readonly stepId: StepId };

/** Everything one random run is made of. */
export interface RunPlan {
  readonly config: Pick<CoachConfig, 'multiAccount' | 'maxPasswordAttempts' | 'maxPinAttempts' | 'maxOtpAttempts'>;
  readonly seed: number;
  /** Out of 100 actions, how many try to break something (see `chooseSteps`). */
  readonly attackShare: number;
  readonly start: Start;
  readonly actions: readonly ActionDraw[];
}

/** Journeys that pass the invariants' steps (app PIN or QR code, enrolment, lockout in the app) come up more often. */
const JOURNEY_WEIGHTS: Partial<Record<JourneyId, number>> = {
  signInAppQr: 6,
  signInAppPin: 2,
  forgotPin: 4,
  fullSetup: 2,
  newPhone: 2,
  lostPhone: 2,
};

const journey = fc.oneof(...JOURNEY_IDS.map((j) => ({ weight: JOURNEY_WEIGHTS[j] ?? 1, arbitrary: fc.constant(j) })));

const journeyStart: fc.Arbitrary<Start> = journey.chain((journey) => {
  const offered = whatIfsForJourney(journey).map((w) => w.id);
  return fc
    .uniqueArray(fc.constantFrom(...offered), { maxLength: 2 })
    .map((whatIfs): Start => ({ kind: 'journey', journey, whatIfs }));
});

/** A journey that enrols the phone, which already holds someone else's account. */
const secondAccountStart: fc.Arbitrary<Start> = fc
  .constantFrom(...JOURNEY_IDS.filter((j) => whatIfsForJourney(j).some((w) => w.id === 'deviceUsedByOtherAccount')))
  .map((journey): Start => ({ kind: 'journey', journey, whatIfs: ['deviceUsedByOtherAccount'] }));

const jumpStart: fc.Arbitrary<Start> = fc.constantFrom(...STEP_IDS).map((stepId): Start => ({ kind: 'jump', stepId }));

const actionDraw: fc.Arbitrary<ActionDraw> = fc.record({
  mode: fc.integer({ min: 0, max: 99 }),
  pick: fc.nat(),
  param: fc.nat(),
  burst: fc.integer({ min: 1, max: 7 }),
});

/** Random runs of `minActions` to `maxActions` actions, each under a random config. */
export function runPlans(minActions: number, maxActions: number): fc.Arbitrary<RunPlan> {
  return fc.record({
    config: fc.record({
      multiAccount: fc.boolean(),
      maxPasswordAttempts: fc.integer({ min: 2, max: 6 }),
      maxPinAttempts: fc.integer({ min: 2, max: 5 }),
      maxOtpAttempts: fc.integer({ min: 2, max: 5 }),
    }),
    seed: fc.nat(),
    attackShare: fc.integer({ min: 4, max: 30 }),
    start: fc.oneof(
      { weight: 5, arbitrary: journeyStart },
      { weight: 3, arbitrary: secondAccountStart },
      { weight: 1, arbitrary: jumpStart },
    ),
    actions: fc.array(actionDraw, { minLength: minActions, maxLength: maxActions, size: 'max' }),
  });
}
