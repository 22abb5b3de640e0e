import type { AnyActorLogic } from 'xstate';
import { coachMachine } from './coach.machine.js';
import { EFFECT_NAMES, fromPromise } from './coach.setup.js';
import type { EffectName } from './coach.setup.js';
import type { EffectCall, EffectsFor } from './effects.types.js';
import { switchedOff } from './registry/features.js';
import type { Features } from './registry/features.js';

type ProvidedActors = Record<EffectName, AnyActorLogic>;

/**
 * The coach with its effects plugged in: rehearsal passes the simulated world, guide mode the person's answers,
 * an embedding portal its own backend. Start it with `createActor(createCoachLogic(effects), { input: { config } })`;
 * pass a `clock` (e.g. xstate's SimulatedClock) to `createActor` to control time in tests.
 *
 * Pass the config's `features` too when it switches a feature off: the effects only that feature needs
 * (`EffectFeatures`) may then be left out, in the types and here.
 *
 * @throws TypeError naming every effect that is not a function, at once rather than at the step that needs it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no switches: every effect is needed
export function createCoachLogic<const F extends Features = {}>(
  effects: EffectsFor<F>,
  features?: F,
): typeof coachMachine {
  // Object() turns null, undefined or a primitive into an object without effects, so each is reported missing.
  const given = Object(effects) as Partial<Record<EffectName, unknown>>;
  // An effect only a switched-off feature needs (`EffectFeatures`, which the feature's naming rule agrees with) may
  // be left out.
  const missing = EFFECT_NAMES.filter((name) => typeof given[name] !== 'function' && !switchedOff(features, [name]));
  if (missing.length > 0) {
    throw new TypeError(`Missing coach effects: ${missing.join(', ')}`);
  }
  const actors = Object.fromEntries(
    EFFECT_NAMES.map((name) => [
      name,
      // Called as a method of the effects object, so an effects class keeps its `this`.
      fromPromise(({ input, signal }: { input: unknown; signal: AbortSignal }) =>
        (given as Record<EffectName, (arg: unknown, call: EffectCall) => Promise<unknown>>)[name](input, { signal }),
      ),
    ]),
  ) as ProvidedActors;
  return coachMachine.provide({ actors });
}
