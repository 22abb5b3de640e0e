import type { WorldSnapshot } from '@eulogin-coach/simulator';
import type { CoachEvent, CoachView, EffectName } from '../../src/index.js';
import type { EffectCall, RecordedRehearsal } from './recorded-rehearsal.js';

/** One thing the random person does: send an event (even one the coach would ignore), or let time pass. */
export type Step =
  { readonly kind: 'event'; readonly event: CoachEvent } | { readonly kind: 'wait'; readonly ms: number };

/** Everything an invariant may look at around one step. */
export interface Observation {
  readonly step: Step;
  /** Whether the coach said it would act on the event (`can`) before it was sent. */
  readonly accepted: boolean;
  readonly viewBefore: CoachView;
  readonly viewAfter: CoachView;
  readonly worldBefore: WorldSnapshot;
  readonly worldAfter: WorldSnapshot;
  /** The calls the coach made to the world during the step, in order. */
  readonly calls: readonly EffectCall[];
}

/** An invariant with the memory it needs across a run: it throws (through `expect`) when broken. */
export interface Check {
  observe(o: Observation): void;
}

export function isCall<K extends EffectName>(call: EffectCall, name: K): call is EffectCall<K> {
  return call.name === name;
}

/** The key EU Login files an address under: trimmed and lower-cased. */
export function addressKey(email: string): string {
  return email.trim().toLowerCase();
}

/** The PIN of the device this phone's app holds for `email`, if any. */
export function pinOnPhone(world: WorldSnapshot, email: string): string | undefined {
  const key = addressKey(email);
  const link = world.phone.links.find((l) => l.email === key);
  return world.accounts[key]?.devices.find((d) => d.id === link?.deviceId)?.pin;
}

/**
 * Take `step` and hand what happened to every check. `worldBefore` is the world now (the previous observation's
 * `worldAfter`: nothing changes the world between steps).
 */
export async function perform(
  r: RecordedRehearsal,
  step: Step,
  checks: readonly Check[],
  worldBefore: WorldSnapshot = r.world.inspect(),
): Promise<Observation> {
  const viewBefore = r.view();
  const from = r.calls.length;
  const accepted = step.kind === 'event' && r.actor.getSnapshot().can(step.event);
  if (step.kind === 'event') await r.send(step.event);
  else await r.advance(step.ms);
  const o: Observation = {
    step,
    accepted,
    viewBefore,
    viewAfter: r.view(),
    worldBefore,
    worldAfter: r.world.inspect(),
    calls: r.calls.slice(from),
  };
  for (const check of checks) check.observe(o);
  return o;
}
