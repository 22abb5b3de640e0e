import type { CoachConfig, EmailLanguage, WhatIfId } from '@eulogin-coach/machine';
import type { Persona } from './persona.js';
import type { Prng } from './prng.js';
import type { SecurityLedger } from './security-ledger.js';
import type { WorldState } from './world-state.js';

/** The only time source the simulator reads. XState's `SimulatedClock` fits. */
export interface Clock {
  now(): number;
}

/**
 * What every part of the simulator works on: the world (replaced by `prepare`), the security ledger (which
 * `prepare` keeps) and their fixed surroundings.
 */
export interface SimContext {
  readonly clock: Clock;
  /** The clock of the person's own phone: a code from their own authenticator app follows it. */
  readonly deviceClock: Clock;
  readonly config: CoachConfig;
  readonly persona: Persona;
  /** The language of the mails to the accounts a prepared world starts with. */
  readonly mailLanguage: () => EmailLanguage;
  readonly seed: number;
  state: WorldState;
  readonly ledger: SecurityLedger;
  prng: Prng;
}

/** A fresh id such as `device-3`: readable in tests, unique within a world. */
export function nextId(ctx: SimContext, prefix: string): string {
  const n = (ctx.state.counters[prefix] ?? 0) + 1;
  ctx.state.counters[prefix] = n;
  return `${prefix}-${n}`;
}

export function hasCondition(ctx: SimContext, id: WhatIfId): boolean {
  return ctx.state.conditions.includes(id);
}
