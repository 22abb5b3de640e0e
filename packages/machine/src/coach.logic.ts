import { fromPromise } from 'xstate';
import type { AnyActorLogic } from 'xstate';
import { coachMachine } from './coach.machine.js';
import { EFFECT_NAMES } from './coach.setup.js';
import type { EffectName } from './coach.setup.js';
import type { CoachEffects, EffectCall } from './effects.types.js';

type ProvidedActors = Record<EffectName, AnyActorLogic>;

/**
 * The coach with its effects plugged in: rehearsal passes the simulated world, guide mode the person's answers,
 * an embedding portal its own backend. Start it with `createActor(createCoachLogic(effects), { input: { config } })`;
 * pass a `clock` (e.g. xstate's SimulatedClock) to `createActor` to control time in tests.
 *
 * @throws TypeError naming every effect that is not a function, at once rather than at the step that needs it.
 */
export function createCoachLogic(effects: CoachEffects): typeof coachMachine {
  // Object() turns null, undefined or a primitive into an object without effects, so each is reported missing.
  const given = Object(effects) as Partial<Record<EffectName, unknown>>;
  const missing = EFFECT_NAMES.filter((name) => typeof given[name] !== 'function');
  if (missing.length > 0) {
    throw new TypeError(
      `The coach effects are missing or not functions: ${missing.join(', ')}. Provide every name in EFFECT_NAMES.`,
    );
  }
  const actors = Object.fromEntries(
    EFFECT_NAMES.map((name) => [
      name,
      fromPromise(({ input, signal }: { input: unknown; signal: AbortSignal }) =>
        (effects[name] as (arg: unknown, call: EffectCall) => Promise<unknown>).call(effects, input, { signal }),
      ),
    ]),
  ) as ProvidedActors;
  return coachMachine.provide({ actors });
}
