import { JOURNEYS, WHAT_IFS, whatIfsForJourney } from '@eulogin-coach/machine/registry';
import type { JourneyId, StepId, WhatIfId } from '@eulogin-coach/react';

/** Where a node of the map stands against the caller's position. */
export type MapState = 'done' | 'current' | 'next' | 'later';

export interface MapBranch {
  readonly whatIf: WhatIfId;
  /** The step the caller ends up on when this happens. */
  readonly to: StepId;
  /** The caller is on this side path now. */
  readonly current: boolean;
  /** The caller has been on this side path during the call. */
  readonly visited: boolean;
}

export interface MapNode {
  /** Position on the journey's path, from 0 (a step can appear twice on a path). */
  readonly index: number;
  readonly stepId: StepId;
  readonly state: MapState;
  readonly branches: readonly MapBranch[];
}

/**
 * The map of a journey, generated from the machine's registry rather than drawn by hand: the journey's path in order
 * (the spine), and at each step the what-ifs offered on this journey that lead off it (side paths). `position` is
 * the caller's index on the path (a detour keeps the position reached before it).
 */
export function journeyMap(
  journey: JourneyId,
  position: number,
  stepId: StepId,
  visited: ReadonlySet<StepId>,
): readonly MapNode[] {
  const offered = whatIfsForJourney(journey);
  return JOURNEYS[journey].path.map((s, index) => {
    const state: MapState =
      index < position ? 'done' : index === position ? 'current' : index === position + 1 ? 'next' : 'later';
    const branches = offered.flatMap((w): MapBranch[] => {
      const to = WHAT_IFS[w.id].at[s];
      if (!to || to === s) return [];
      return [{ whatIf: w.id, to, current: index === position && to === stepId, visited: visited.has(to) }];
    });
    return { index, stepId: s, state, branches };
  });
}
