// One simulated EU Login world per visitor, held in memory and bounded: the example server never grows without
// limit, however many sessions are opened (the oldest is dropped first).
import { randomInt, randomUUID } from 'node:crypto';
import type { CoachConfig } from '@eulogin-coach/machine';
import { createSimulatedWorld } from '@eulogin-coach/simulator';
import type { SimulatedWorld } from '@eulogin-coach/simulator';

export const MAX_SESSIONS = 200;

export interface Session {
  readonly world: SimulatedWorld;
  /**
   * Moves this world's clock on to the next mail's delivery, if one is on its way to `address`: the example's
   * stand-in mailbox does not make the person wait for a simulated delivery delay.
   */
  deliverNow(address: string): void;
}

export interface SessionStore {
  open(): string;
  get(id: string): Session | undefined;
  readonly size: number;
}

export function createSessionStore(config: Partial<CoachConfig>, max = MAX_SESSIONS): SessionStore {
  const sessions = new Map<string, Session>();
  return {
    open() {
      while (sessions.size >= max) {
        const oldest = sessions.keys().next().value;
        if (oldest === undefined) break;
        sessions.delete(oldest);
      }
      let skew = 0;
      const clock = { now: () => Date.now() + skew };
      const world = createSimulatedWorld({ clock, config, seed: randomInt(1, 2 ** 31) });
      const id = randomUUID();
      sessions.set(id, {
        world,
        deliverNow(address) {
          const due = world.nextDeliveryAt(address);
          if (due !== null && due > clock.now()) skew += due - clock.now();
        },
      });
      return id;
    },
    get: (id) => sessions.get(id),
    get size() {
      return sessions.size;
    },
  };
}
