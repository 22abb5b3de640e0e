import { useMemo } from 'react';
import type { CoachSnapshot, CoachView } from '@eulogin-coach/machine';
import { connect } from '@eulogin-coach/machine';
import { useCoachActor } from './use-coach-actor.js';
import { useCoachSelector } from './use-coach-selector.js';

const whole = (snapshot: CoachSnapshot): CoachSnapshot => snapshot;

/** The coach's view-model, `connect(snapshot, send)`, recomputed once per snapshot. */
export function useCoachView(): CoachView {
  const actor = useCoachActor();
  const snapshot = useCoachSelector(whole);
  return useMemo(() => connect(snapshot, actor.send), [snapshot, actor]);
}
