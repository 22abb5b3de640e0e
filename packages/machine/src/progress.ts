import type { Navigation } from './coach.types.js';
import { JOURNEYS, pathIndexOf } from './registry/journeys.js';
import type { JourneyId } from './registry/journeys.js';
import { STEPS } from './registry/steps.registry.js';
import { WHAT_IFS } from './registry/what-ifs.js';
import type { StepId } from './registry/step-ids.js';

export interface Progress {
  /** 1-based position on the journey's path ("step N of M"). */
  readonly current: number;
  readonly total: number;
  readonly percent: number;
  /** Estimated minutes left, rounded up; 0 once complete. */
  readonly minutesLeft: number;
  readonly complete: boolean;
}

/** Progress along a journey's happy path. A detour step keeps the position reached before it. */
export function progressOf(journey: JourneyId, journeyIndex: number, stepId: StepId): Progress {
  const path = JOURNEYS[journey].path;
  const total = path.length;
  const index = Math.min(Math.max(0, journeyIndex), total - 1);
  const complete = index === total - 1 && path[index] === stepId && !!STEPS[stepId].terminal;
  return {
    current: index + 1,
    total,
    percent: complete ? 100 : Math.round((100 * index) / total),
    minutesLeft: complete ? 0 : Math.max(1, Math.ceil(path.slice(index).reduce((sum, s) => sum + STEPS[s].minutes, 0))),
    complete,
  };
}

/**
 * The current step's position on the journey, found from the furthest position reached (a detour keeps that).
 * It lives here, with progress, rather than with the context helpers: saved progress needs it, and the start page,
 * which reads saved progress, should not have to load the context's defaults.
 */
/**
 * Per journey, then per step: the step on the path it stands at (itself, or a detour's anchor), or null for none.
 * Two plain lookups, not one by a joined `journey + stepId` key: every step change asks, and joining a key each time
 * measured about 5 % of a transition.
 */
const anchors = new Map<JourneyId, Map<StepId, StepId | null>>();

export function journeyIndexAt({ journey, journeyIndex }: Navigation, stepId: StepId): number {
  if (!journey) return journeyIndex;
  let known = anchors.get(journey);
  if (!known) anchors.set(journey, (known = new Map<StepId, StepId | null>()));
  let at = known.get(stepId);
  if (at === undefined) {
    const path = JOURNEYS[journey].path;
    // A detour off the path (an expired QR code) stands at the step it belongs to: the first step on the path that
    // a what-if leads from to it (the QR code's page, not the PIN typed after it). Found once: every step change asks.
    at = path.includes(stepId)
      ? stepId
      : (path.find((s) => Object.values(WHAT_IFS).some((w) => w.at[s] === stepId)) ?? null);
    known.set(stepId, at);
  }
  return at ? pathIndexOf(journey, at, journeyIndex) : journeyIndex;
}
