import { useSelector } from '@xstate/react';
import type { CoachSnapshot } from '@eulogin-coach/machine';
import { useCoachActor } from './use-coach-actor.js';

/**
 * A slice of the coach's snapshot; the component re-renders only when the slice changes (by `compare`, default
 * `===`). Select narrowly: never `(s) => s` in a leaf.
 */
export function useCoachSelector<T>(selector: (snapshot: CoachSnapshot) => T, compare?: (a: T, b: T) => boolean): T {
  return useSelector(useCoachActor(), selector, compare);
}
