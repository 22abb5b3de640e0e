import type { CoachEffects } from '@eulogin-coach/react';
import { EFFECT_NAMES } from '@eulogin-coach/react';
import type { SimulatedWorld } from '@eulogin-coach/simulator';
import type { RehearsalClock } from './rehearsal-clock.js';

/**
 * The simulated EU Login world, loaded on demand so the first screen does not wait for it. Its effects can be
 * handed to the coach at once: each call waits for the world, then plays against it.
 */
export interface LazyWorld {
  readonly effects: CoachEffects;
  readonly load: () => Promise<SimulatedWorld>;
  /** The world once loaded, else null. */
  readonly current: () => SimulatedWorld | null;
  readonly subscribe: (listener: () => void) => () => void;
}

export function createLazyWorld(clock: RehearsalClock, seed?: number): LazyWorld {
  let world: SimulatedWorld | null = null;
  let loading: Promise<SimulatedWorld> | null = null;
  const listeners = new Set<() => void>();
  const load = () =>
    (loading ??= import('@eulogin-coach/simulator').then(({ createSimulatedWorld }) => {
      world = createSimulatedWorld({ clock, ...(seed === undefined ? {} : { seed }) });
      for (const listener of [...listeners]) listener();
      return world;
    }));
  const effects = Object.fromEntries(
    EFFECT_NAMES.map((name) => [
      name,
      async (input: unknown) => {
        const loaded = await load();
        return (loaded.effects[name] as (arg: unknown) => Promise<unknown>)(input);
      },
    ]),
  ) as unknown as CoachEffects;
  return {
    effects,
    load,
    current: () => world,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
