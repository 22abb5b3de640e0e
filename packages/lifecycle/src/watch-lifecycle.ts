import type { ActorRefFrom } from 'xstate';
import { currentStepId } from '@eulogin-coach/machine';
import type { CoachMachine, JourneyId, StepId, WhatIfId } from '@eulogin-coach/machine';
import { JOURNEYS, WHAT_IFS, WHAT_IF_IDS } from '@eulogin-coach/machine/registry';

/**
 * What `watchLifecycle` reports for analytics: where the person is and how a journey ends, by ids only. No event
 * carries an address, a name, a password, a PIN or a code.
 * - `step.entered` / `step.left`: a step is shown / left (a jump, a resume, a Back or a restart too);
 * - `whatIf.taken`: the person went forward from the step just left to a what-if's outcome (`WHAT_IFS[id].at`); a
 *   Back or a jump does not count, and two what-ifs with the same branch are both reported;
 * - `journey.finished`: the journey's last step is reached; `journey.abandoned`: the journey is left before its last
 *   step (a restart, or a jump or resume into another journey), at the step left;
 * - `journey.resumed`: a saved progress or a share code is resumed (the step and journey it lands on).
 */
export type LifecycleEvent =
  | { readonly type: 'step.entered' | 'step.left'; readonly stepId: StepId; readonly journey: JourneyId | null }
  | {
      readonly type: 'whatIf.taken';
      readonly whatIfId: WhatIfId;
      readonly stepId: StepId;
      readonly journey: JourneyId | null;
    }
  | { readonly type: 'journey.finished' | 'journey.abandoned'; readonly journey: JourneyId; readonly stepId: StepId }
  | { readonly type: 'journey.resumed'; readonly journey: JourneyId | null; readonly stepId: StepId };

/** The type of each lifecycle event. */
export type LifecycleEventType = LifecycleEvent['type'];

/**
 * Reports the coach's lifecycle events to `listener`, derived from consecutive snapshots of `actor` (a snapshot
 * observer: the statechart itself emits nothing, so a portal that does not listen pays nothing). The events of one
 * step change come in order: left, abandoned, resumed, entered, what-ifs taken, finished. Returns the function that
 * stops listening; stopping reports nothing (a journey under way is not abandoned by it).
 */
export function watchLifecycle(
  actor: ActorRefFrom<CoachMachine>,
  listener: (event: LifecycleEvent) => void,
): () => void {
  const report = (type: LifecycleEventType, stepId: StepId, journey: JourneyId | null) =>
    listener({ type, stepId, journey } as LifecycleEvent);
  const isLast = (journey: JourneyId, stepId: StepId) => JOURNEYS[journey].path.at(-1) === stepId;
  let last = actor.getSnapshot();
  let jumped = false;
  const subscription = actor.subscribe((snapshot) => {
    const { nav, notice } = snapshot.context;
    // A jump, a resume or a journey start passes through `jumping` while its world is prepared: the step it leaves
    // and the one it lands on are reported when it lands.
    if (snapshot.matches('jumping')) return void (jumped = true);
    const { journey } = last.context.nav;
    const stepId = currentStepId(last);
    const next = currentStepId(snapshot);
    if (next === stepId && !jumped) return;
    report('step.left', stepId, journey);
    if (journey && journey !== nav.journey && !isLast(journey, stepId)) report('journey.abandoned', stepId, journey);
    if (jumped && notice === 'resumed') report('journey.resumed', next, nav.journey);
    report('step.entered', next, nav.journey);
    // Forward: the step left is the last on Back's trail (Back trims the trail; a jump starts a new, empty one).
    if (nav.history.at(-1) === stepId)
      for (const id of WHAT_IF_IDS)
        if (WHAT_IFS[id].at[stepId] === next)
          listener({ type: 'whatIf.taken', stepId: next, journey: nav.journey, whatIfId: id });
    if (nav.journey && isLast(nav.journey, next)) report('journey.finished', next, nav.journey);
    last = snapshot;
    jumped = false;
  });
  return () => subscription.unsubscribe();
}
