import type { CoachEffects, EmailLanguage } from '@eulogin-coach/react';
import { EFFECT_NAMES } from '@eulogin-coach/react';
import type { SimulatedWorld } from '@eulogin-coach/simulator';
import type { RehearsalClock } from './rehearsal-clock.js';
import type { WorldStore } from './world-store.js';

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

export interface LazyWorldOptions {
  /** A fixed seed (tests); otherwise the stored one, or a fresh one from `randomSeed`. */
  readonly seed?: number;
  readonly randomSeed: () => number;
  /** Keeps the seed and the security ledger across restarts, resumes and page loads. */
  readonly store: WorldStore;
  /** The language of the mails to the accounts a journey starts with: the interface's. */
  readonly mailLanguage?: () => EmailLanguage;
}

/**
 * On loading, the world picks up the stored seed and ledger (read and checked only now, inside the coach app), so
 * a lockout or a used code outlives a page load; after every call the ledger is stored again.
 */
export function createLazyWorld(clock: RehearsalClock, options: LazyWorldOptions): LazyWorld {
  let world: SimulatedWorld | null = null;
  let loading: Promise<SimulatedWorld> | null = null;
  let seed = 0;
  const listeners = new Set<() => void>();
  const keep = (loaded: SimulatedWorld) => options.store.write({ seed, ledger: loaded.ledger() });
  const load = () =>
    (loading ??= import('@eulogin-coach/simulator').then(({ createSimulatedWorld, readLedger }) => {
      const stored = options.store.read(readLedger);
      seed = options.seed ?? stored?.seed ?? options.randomSeed();
      world = createSimulatedWorld({
        clock,
        deviceClock: { now: () => clock.realNow() },
        seed,
        ...(options.mailLanguage ? { mailLanguage: options.mailLanguage } : {}),
        ...(stored ? { ledger: stored.ledger } : {}),
      });
      keep(world);
      for (const listener of [...listeners]) listener();
      return world;
    }));
  const effects = Object.fromEntries(
    EFFECT_NAMES.map((name) => [
      name,
      async (input: unknown) => {
        const loaded = await load();
        try {
          return await (loaded.effects[name] as (arg: unknown) => Promise<unknown>)(input);
        } finally {
          keep(loaded);
        }
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
