export * from '@eulogin-coach/machine';
export { CoachActorContext } from './coach-context.js';
export type { CoachActorRef, CoachClock } from './coach-context.js';
export { CoachProvider } from './coach-provider.js';
export type { CoachProviderProps } from './coach-provider.js';
export { useCoachActor } from './use-coach-actor.js';
export { useCoachSelector } from './use-coach-selector.js';
export { useCoachView } from './use-coach-view.js';
