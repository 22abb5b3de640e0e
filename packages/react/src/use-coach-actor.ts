import { useContext } from 'react';
import type { CoachActorRef } from './coach-context.js';
import { CoachActorContext } from './coach-context.js';

/** The coach actor of the nearest `CoachProvider`. Throws outside one, so a wiring mistake is loud. */
export function useCoachActor(): CoachActorRef {
  const actor = useContext(CoachActorContext);
  if (!actor) throw new Error('useCoachActor: no CoachProvider above this component.');
  return actor;
}
