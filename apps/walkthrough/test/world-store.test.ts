import { describe, expect, it } from 'vitest';
import { createRehearsal } from '../src/effects/rehearsal.js';
import { WORLD_KEY, createWorldStore, cryptoSeed } from '../src/effects/world-store.js';

const start = { journey: 'signInAppQr', stepId: 'signIn.email', whatIfs: [], email: null } as const;
const facts = ['accountRegistered', 'passwordSet', 'appInstalled', 'appReady', 'deviceEnrolled'] as const;

/** A rehearsal's first sign-in QR code, through its effects as the coach would ask for it. */
async function firstChallenge(randomSeed: () => number): Promise<string> {
  const { world } = createRehearsal({ randomSeed });
  const { effects } = await world.load();
  const prepared = await effects.prepare({ ...start, facts: [...facts] });
  return (await effects.startQrChallenge({ email: prepared.email })).qrPayload;
}

describe('the rehearsal’s seed', () => {
  it('comes from the injected generator for a new rehearsal, so visitors get different secrets', async () => {
    const a = await firstChallenge(() => 1);
    localStorage.clear();
    const b = await firstChallenge(() => 2);
    expect(b).not.toBe(a);
  });

  it('is stored with the world and reused by the next page of the same rehearsal', async () => {
    await firstChallenge(() => 1234);
    const stored = JSON.parse(localStorage.getItem(WORLD_KEY) ?? 'null') as { seed: number };
    expect(stored.seed).toBe(1234);
    let asked = 0;
    const { world } = createRehearsal({ randomSeed: () => ++asked });
    expect((await world.load()).inspect().seed).toBe(1234);
    expect(asked).toBe(0);
  });

  it('is a 32-bit number from the browser’s crypto by default', () => {
    const seeds = new Set(Array.from({ length: 8 }, cryptoSeed));
    expect(seeds.size).toBeGreaterThan(1);
    for (const seed of seeds) expect(seed >>> 0).toBe(seed);
  });
});

describe('the world store', () => {
  it('never throws when storage is blocked', () => {
    const blocked = createWorldStore(() => {
      throw new Error('SecurityError');
    });
    expect(blocked.read(() => null)).toBeNull();
    expect(() => blocked.write({ seed: 1, ledger: { worlds: 0, accounts: {} } })).not.toThrow();
  });

  it('refuses a seed out of range and a ledger its checker refuses', () => {
    const store = createWorldStore();
    const ledger = { worlds: 0, accounts: {} };
    for (const seed of [-1, 2 ** 32, 1.5, '7']) {
      localStorage.setItem(WORLD_KEY, JSON.stringify({ v: 1, seed, ledger }));
      expect(store.read(() => ledger)).toBeNull();
    }
    localStorage.setItem(WORLD_KEY, JSON.stringify({ v: 1, seed: 7, ledger }));
    expect(store.read(() => null)).toBeNull();
    expect(store.read(() => ledger)).toEqual({ seed: 7, ledger });
  });
});
