import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import type { SimulatedWorld } from '@eulogin-coach/simulator';
import type { Rehearsal } from './rehearsal.js';

export const RehearsalContext = createContext<Rehearsal | null>(null);

export function useRehearsal(): Rehearsal {
  const rehearsal = useContext(RehearsalContext);
  if (!rehearsal) throw new Error('useRehearsal: no RehearsalContext above this component.');
  return rehearsal;
}

/** The simulated world once it has loaded (it starts loading on first use), else null. */
export function useWorld(): SimulatedWorld | null {
  const { world } = useRehearsal();
  useEffect(() => {
    void world.load();
  }, [world]);
  return useSyncExternalStore(world.subscribe, world.current);
}

/** The rehearsal clock's time, refreshed every `everyMs` and whenever the clock is fast-forwarded. */
export function useRehearsalNow(everyMs = 1000): number {
  const { clock } = useRehearsal();
  return useSyncExternalStore(
    (notify) => {
      const id = globalThis.setInterval(notify, everyMs);
      const stop = clock.subscribe(notify);
      return () => {
        globalThis.clearInterval(id);
        stop();
      };
    },
    () => Math.floor(clock.now() / everyMs) * everyMs,
  );
}
