import type { ReactNode } from 'react';
import { useActorRef } from '@xstate/react';
import type { CoachInput, CoachMachine } from '@eulogin-coach/machine';
import type { CoachClock } from './coach-context.js';
import { CoachActorContext } from './coach-context.js';

export interface CoachProviderProps {
  /** The coach logic, usually `createCoachLogic(effects)`. Read once: changing it later has no effect. */
  readonly logic: CoachMachine;
  /** Input for the coach (config overrides). Read once. */
  readonly input?: CoachInput;
  /** The clock for the coach's timers (QR and request expiry). Read once. */
  readonly clock?: CoachClock;
  readonly children?: ReactNode;
}

/**
 * Creates the coach actor once and starts it (like xstate's `createActorContext`); children reach it through
 * `useCoachActor`, `useCoachSelector` and `useCoachView`.
 */
export function CoachProvider({ logic, input, clock, children }: CoachProviderProps) {
  const actor = useActorRef(logic, { input, ...(clock === undefined ? {} : { clock }) });
  return <CoachActorContext.Provider value={actor}>{children}</CoachActorContext.Provider>;
}
