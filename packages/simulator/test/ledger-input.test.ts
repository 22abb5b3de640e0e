import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '@eulogin-coach/machine';
import { LEDGER_LIMITS, emptyLedger, readLedger } from '../src/index.js';
import { ACTIVE, preparedWorld } from './world-fixture.js';

const record = { passwordFailures: 2, pinFailures: 0, otpFailures: 1, lockedUntil: null, usedCodes: [] };

describe('readLedger (a ledger from storage is untrusted)', () => {
  it('reads back what a world wrote, as a copy', async () => {
    const f = await preparedWorld(ACTIVE);
    await f.effects.signIn({ email: f.email, password: 'Not-the-one-1', method: 'password' });
    const kept: unknown = JSON.parse(JSON.stringify(f.world.ledger()));
    expect(readLedger(kept)).toEqual(f.world.ledger());
    expect(readLedger(kept)).not.toBe(kept);
    expect(readLedger(emptyLedger())).toEqual(emptyLedger());
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'ledger'],
    ['an array', []],
    ['no accounts', { worlds: 1 }],
    ['a negative count', { worlds: -1, accounts: {} }],
    ['a fractional count', { worlds: 0, accounts: { a: { ...record, pinFailures: 1.5 } } }],
    ['a text lockout', { worlds: 0, accounts: { a: { ...record, lockedUntil: 'soon' } } }],
    ['an infinite lockout', { worlds: 0, accounts: { a: { ...record, lockedUntil: Infinity } } }],
    ['a used code without its time', { worlds: 0, accounts: { a: { ...record, usedCodes: [{ code: 'x' }] } } }],
    ['a missing count', { worlds: 0, accounts: { a: { ...record, otpFailures: undefined } } }],
  ])('refuses %s', (_, value) => {
    expect(readLedger(value)).toBeNull();
  });

  it('refuses data past its bounds', () => {
    const many = Object.fromEntries(Array.from({ length: LEDGER_LIMITS.accounts + 1 }, (_, i) => [`a${i}`, record]));
    expect(readLedger({ worlds: 0, accounts: many })).toBeNull();
    const codes = Array.from({ length: LEDGER_LIMITS.usedCodes + 1 }, (_, i) => ({ code: `c${i}`, until: 1 }));
    expect(readLedger({ worlds: 0, accounts: { a: { ...record, usedCodes: codes } } })).toBeNull();
    const long = 'x'.repeat(LEDGER_LIMITS.codeLength + 1);
    expect(readLedger({ worlds: 0, accounts: { a: { ...record, usedCodes: [{ code: long, until: 1 }] } } })).toBeNull();
    expect(readLedger({ worlds: 0, accounts: { ['k'.repeat(LEDGER_LIMITS.keyLength + 1)]: record } })).toBeNull();
  });
});

describe('a kept ledger in a new world', () => {
  it('never keeps a lockout longer than lockoutMs from now', async () => {
    const account = { ...record, lockedUntil: Number.MAX_SAFE_INTEGER };
    const f = await preparedWorld(
      ACTIVE,
      {},
      { ledger: { worlds: 3, accounts: { 'alex.rehearsal@example.org': account } } },
    );
    const outcome = await f.effects.signIn({ email: f.email, password: f.world.persona.password, method: 'password' });
    expect(outcome).toEqual({ kind: 'locked', until: f.clock.now() + DEFAULT_CONFIG.lockoutMs });
  });
});

describe('ledger()', () => {
  it('keeps what readLedger accepts, however many addresses were tried, locked ones first', async () => {
    const f = await preparedWorld(ACTIVE);
    for (let i = 0; i < LEDGER_LIMITS.accounts + 10; i++) {
      await f.effects.signIn({ email: `guess${i}@example.org`, password: 'Not-the-one-1', method: 'password' });
    }
    for (let i = 0; i < DEFAULT_CONFIG.maxPasswordAttempts; i++) {
      await f.effects.signIn({ email: f.email, password: 'Not-the-one-1', method: 'password' });
    }
    const kept = f.world.ledger();
    expect(Object.keys(kept.accounts)).toHaveLength(LEDGER_LIMITS.accounts);
    expect(kept.accounts[f.email]?.lockedUntil).toBe(f.clock.now() + DEFAULT_CONFIG.lockoutMs);
    expect(readLedger(kept)).toEqual(kept);
  });

  it('leaves out a lockout that has ended', async () => {
    const f = await preparedWorld(ACTIVE);
    for (let i = 0; i < DEFAULT_CONFIG.maxPasswordAttempts; i++) {
      await f.effects.signIn({ email: f.email, password: 'Not-the-one-1', method: 'password' });
    }
    f.clock.increment(DEFAULT_CONFIG.lockoutMs);
    expect(f.world.ledger().accounts).toEqual({});
  });
});
