import { expect } from 'vitest';
import { STEP_IDS } from '../../../src/registry/index.js';
import type { RecordedRehearsal } from '../recorded-rehearsal.js';
import type { Check, Observation } from '../observation.js';

/**
 * Nothing breaks: the actor never stops with an error, the coach always stands on a known StepId, the world never
 * rejects a call (the simulator only does for a call the coach should never make), and so the coach never shows
 * `form.unavailable`.
 */
export class BasicsCheck implements Check {
  constructor(private readonly r: RecordedRehearsal) {}

  observe(o: Observation): void {
    expect(this.r.actor.getSnapshot().status).not.toBe('error');
    expect(STEP_IDS).toContain(o.viewAfter.stepId);
    const rejected = o.calls.filter((c) => c.error !== undefined).map((c) => `${c.name}: ${String(c.error)}`);
    expect(rejected).toEqual([]);
    expect(o.viewAfter.errorFor('form')?.rule).not.toBe('unavailable');
  }
}
