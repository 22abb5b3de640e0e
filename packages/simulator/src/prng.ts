/** A seeded pseudo-random number generator: the simulator's only source of randomness, so every run replays. */
export interface Prng {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** `length` characters drawn from `alphabet`. */
  string(alphabet: string, length: number): string;
  /** `length` random bytes. */
  bytes(length: number): Uint8Array;
}

/** mulberry32: small, fast and good enough for simulated tokens (not for real secrets). */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    string(alphabet, length) {
      let out = '';
      for (let i = 0; i < length; i++) out += alphabet.charAt(int(0, alphabet.length - 1));
      return out;
    },
    bytes(length) {
      const out = new Uint8Array(length);
      for (let i = 0; i < length; i++) out[i] = int(0, 255);
      return out;
    },
  };
}

/**
 * The seed of the `n`th world prepared from `seed`: the first is `seed` itself, the others are spread over the
 * 32-bit range, so no two worlds of a rehearsal draw the same tokens, codes and secrets.
 */
export function worldSeed(seed: number, n: number): number {
  if (n === 0) return seed >>> 0;
  let h = (seed ^ Math.imul(n, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
