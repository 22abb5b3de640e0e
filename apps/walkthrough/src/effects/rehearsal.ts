import type { CoachMachine } from '@eulogin-coach/react';
import { createCoachLogic } from '@eulogin-coach/react';
import type { LazyWorld } from './lazy-world.js';
import { createLazyWorld } from './lazy-world.js';
import type { RehearsalClock } from './rehearsal-clock.js';
import { createRehearsalClock } from './rehearsal-clock.js';

/** Everything a rehearsal runs on: one clock shared by the simulated world and the coach actor. */
export interface Rehearsal {
  readonly clock: RehearsalClock;
  readonly world: LazyWorld;
  readonly logic: CoachMachine;
}

export function createRehearsal(options: { readonly seed?: number; readonly clock?: RehearsalClock } = {}): Rehearsal {
  const clock = options.clock ?? createRehearsalClock();
  const world = createLazyWorld(clock, options.seed);
  return { clock, world, logic: createCoachLogic(world.effects) };
}
