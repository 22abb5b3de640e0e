import { SimulatedClock, createActor, waitFor } from 'xstate';
import { createSimulatedWorld } from '@eulogin-coach/simulator';
import type { SimulatedWorld, WorldSnapshot } from '@eulogin-coach/simulator';
import { EFFECT_NAMES, connect, createCoachLogic, currentStepId } from '../../src/index.js';
import type { CoachConfig, CoachEffects, EffectName } from '../../src/index.js';
import type { Rehearsal } from '../harness.js';

/** The calls whose checks read the world just before them: the others skip the copy, which costs. */
const NEEDS_BEFORE: ReadonlySet<EffectName> = new Set<EffectName>([
  'signIn',
  'verifyAppCredentials',
  'confirmEnrolmentPin',
  'approvePinRequest',
]);

/**
 * One call the coach made to the world: its input, how it ended, and copies of the world just before it (for the
 * calls in NEEDS_BEFORE) and after it (for `prepare`); undefined for the others.
 */
export interface EffectCall<K extends EffectName = EffectName> {
  readonly name: K;
  readonly input: Parameters<CoachEffects[K]>[0];
  /** Simulated time of the call. */
  readonly at: number;
  readonly before: WorldSnapshot | undefined;
  readonly after: WorldSnapshot | undefined;
  readonly output: Awaited<ReturnType<CoachEffects[K]>> | undefined;
  /** Set when the world rejected the call. */
  readonly error: unknown;
}

interface LooseCall {
  name: EffectName;
  input: unknown;
  at: number;
  before: WorldSnapshot | undefined;
  after: WorldSnapshot | undefined;
  output: unknown;
  error: unknown;
}

/** A rehearsal (as in `../harness.ts`) whose world logs every call the coach makes to it. */
export interface RecordedRehearsal extends Rehearsal {
  /** Every effect call so far, oldest first. */
  readonly calls: readonly EffectCall[];
}

/** The world just before `call`: only kept for the calls in NEEDS_BEFORE. */
export function worldBefore(call: EffectCall): WorldSnapshot {
  if (!call.before) throw new Error(`The world before ${call.name} is not kept: add it to NEEDS_BEFORE.`);
  return call.before;
}

function recording(world: SimulatedWorld, clock: SimulatedClock, calls: LooseCall[]): CoachEffects {
  const effects = world.effects as unknown as Record<EffectName, (input: unknown) => Promise<unknown>>;
  const wrapped = Object.fromEntries(
    EFFECT_NAMES.map((name) => [
      name,
      (input: unknown) => {
        const call: LooseCall = {
          name,
          input,
          at: clock.now(),
          before: NEEDS_BEFORE.has(name) ? world.inspect() : undefined,
          after: undefined,
          output: undefined,
          error: undefined,
        };
        calls.push(call);
        const settled = (): void => {
          if (name === 'prepare') call.after = world.inspect();
        };
        return effects[name].call(world.effects, input).then(
          (output) => {
            settled();
            call.output = output;
            return output;
          },
          (error: unknown) => {
            settled();
            call.error = error ?? 'rejected';
            return Promise.reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      },
    ]),
  );
  return wrapped as unknown as CoachEffects;
}

/** A coach on the simulated world and clock, as `rehearse` in `../harness.ts` builds it, with its calls logged. */
export function rehearseRecorded(config: Partial<CoachConfig>, seed: number): RecordedRehearsal {
  const clock = new SimulatedClock();
  clock.set(Date.UTC(2026, 10, 27, 9, 0, 0));
  const world = createSimulatedWorld({ clock, seed, config });
  const calls: LooseCall[] = [];
  const actor = createActor(createCoachLogic(recording(world, clock, calls)), { clock, input: { config } });
  actor.start();
  const settle = () => waitFor(actor, (s) => !s.hasTag('busy'), { timeout: 2000 }).then(() => undefined);
  return {
    clock,
    world,
    actor,
    calls: calls as readonly EffectCall[],
    async send(event) {
      actor.send(event);
      await settle();
    },
    async advance(ms) {
      clock.increment(ms);
      await settle();
    },
    step: () => currentStepId(actor.getSnapshot()),
    view: () => connect(actor.getSnapshot(), actor.send.bind(actor)),
    mailToken(kind) {
      const mails = world.mailbox(world.persona.email).filter((m) => !kind || m.kind === kind);
      return mails[0]?.token;
    },
  };
}
