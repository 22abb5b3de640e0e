import type { SecurityLedger } from '@eulogin-coach/simulator';

/** Where the rehearsal's world state lives in the browser: one per browser profile, shared by its tabs. */
export const WORLD_KEY = 'eulogin-coach.world';

const VERSION = 1;
/** The longest stored text that is read at all: a real rehearsal's ledger is a few hundred characters. */
export const MAX_WORLD_TEXT = 100_000;

/**
 * What the rehearsal keeps across restarts, resumes and page loads: the seed its worlds draw from and the security
 * ledger (failed tries, lockouts, used codes) that no restart undoes.
 */
export interface StoredWorld {
  readonly seed: number;
  readonly ledger: SecurityLedger;
}

export interface WorldStore {
  /** The stored world, if there is one that passes the checks; `checkLedger` is the simulator's `readLedger`. */
  read(checkLedger: (value: unknown) => SecurityLedger | null): StoredWorld | null;
  write(world: StoredWorld): void;
}

function isSeed(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffff_ffff;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * The world store in `storage` (the browser's localStorage unless given). What it reads is untrusted: too long,
 * not JSON, another version or the wrong shape, and it is ignored (the next write replaces it). A blocked or full
 * storage means nothing is kept; nothing here throws.
 */
export function createWorldStore(storage: () => Storage | undefined = () => globalThis.localStorage): WorldStore {
  return {
    read(checkLedger) {
      let text: string | null | undefined;
      try {
        text = storage()?.getItem(WORLD_KEY);
      } catch {
        return null;
      }
      if (typeof text !== 'string' || text.length > MAX_WORLD_TEXT) return null;
      const value = parse(text);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
      const { v, seed, ledger } = value as Record<string, unknown>;
      if (v !== VERSION || !isSeed(seed)) return null;
      const checked = checkLedger(ledger);
      return checked ? { seed, ledger: checked } : null;
    },
    write(world) {
      try {
        storage()?.setItem(WORLD_KEY, JSON.stringify({ v: VERSION, seed: world.seed, ledger: world.ledger }));
      } catch {
        // Storage full or blocked: lockouts then last only as long as the page.
      }
    },
  };
}

/** A fresh seed from the browser's cryptographic generator, so no two visitors' worlds share a secret. */
export function cryptoSeed(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}
