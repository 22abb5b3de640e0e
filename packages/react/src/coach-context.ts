import { createContext } from 'react';
import type { ActorOptions, ActorRefFrom } from 'xstate';
import type { CoachMachine } from '@eulogin-coach/machine';

/** The running coach actor. */
export type CoachActorRef = ActorRefFrom<CoachMachine>;

/** Xstate's clock (setTimeout/clearTimeout), e.g. a `SimulatedClock` or the walkthrough's rehearsal clock. */
export type CoachClock = NonNullable<ActorOptions<CoachMachine>['clock']>;

/** Holds the actor created by `CoachProvider`; `null` outside a provider. */
export const CoachActorContext = createContext<CoachActorRef | null>(null);
CoachActorContext.displayName = 'CoachActorContext';
