import { createActor } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as root from '../src/index.js';
import * as persist from '../src/persist/index.js';
import * as registry from '../src/registry/index.js';
import * as rules from '../src/rules/index.js';
import { connect, createCoachLogic, resolveConfig } from '../src/index.js';
import type {
  CoachConfig,
  CoachEffects,
  CoachEvent,
  CoachEventType,
  CoachMachine,
  CoachSnapshot,
  CoachView,
  DecodeResult,
  EffectCall,
  EventOf,
  FieldError,
  JourneyId,
  RuleResult,
  SavedProgress,
  StepId,
} from '../src/index.js';

/**
 * The public types a portal builds on, pinned: a change here is a change to what embedders compile against (see also
 * api/machine.api.md). Most assertions are checked by the typecheck (`tsc -b`); the export lists at run time.
 */
describe('the public API', () => {
  it('keeps the root to the coach: internals and the subpaths’ values are not exported there', () => {
    for (const internal of ['OK', 'fail', 'collectErrors', 'journeyIndexAt', 'pathIndexOf', 'coachMachine']) {
      expect(Object.keys(root)).not.toContain(internal);
      expect([...Object.keys(registry), ...Object.keys(rules), ...Object.keys(persist)]).not.toContain(internal);
    }
    expect(Object.keys(root)).not.toContain('STEPS');
    expect(Object.keys(root)).not.toContain('decodeShareCode');
    expect(Object.keys(root)).not.toContain('checkPassword');
    expect(Object.keys(registry)).toContain('STEPS');
    expect(Object.keys(persist)).toContain('decodeShareCode');
    expect(Object.keys(rules)).toContain('checkPassword');
  });

  it('types the coach a portal starts, its snapshot and its view', () => {
    // Without switches, every effect is needed: the effects are CoachEffects, both ways.
    expectTypeOf(createCoachLogic).parameter(0).toMatchTypeOf<CoachEffects>();
    expectTypeOf<CoachEffects>().toMatchTypeOf<Parameters<typeof createCoachLogic>[0]>();
    expectTypeOf(createCoachLogic).returns.toEqualTypeOf<CoachMachine>();
    expectTypeOf<SnapshotFrom<CoachMachine>>().toEqualTypeOf<CoachSnapshot>();
    expectTypeOf(connect).parameters.toEqualTypeOf<[CoachSnapshot, (event: CoachEvent) => void]>();
    expectTypeOf(connect).returns.toEqualTypeOf<CoachView>();
    expectTypeOf(resolveConfig).parameter(0).toEqualTypeOf<Partial<CoachConfig> | undefined>();
    expectTypeOf(resolveConfig).returns.toEqualTypeOf<CoachConfig>();
    expectTypeOf<ReturnType<typeof createActor<CoachMachine>>['send']>().parameter(0).toEqualTypeOf<CoachEvent>();
  });

  it('hands every effect the platform’s AbortSignal, always', () => {
    expectTypeOf<EffectCall>().toEqualTypeOf<{ readonly signal: AbortSignal }>();
    expectTypeOf<Parameters<CoachEffects['lookupAccount']>[1]>().toEqualTypeOf<EffectCall>();
    // what the embedding guide shows: the signal goes straight to fetch
    expectTypeOf<EffectCall['signal']>().toExtend<NonNullable<RequestInit['signal']>>();
  });

  it('names steps and journeys by literal ids, not strings', () => {
    expectTypeOf<string>().not.toExtend<StepId>();
    expectTypeOf<'signIn.email'>().toExtend<StepId>();
    expectTypeOf<'signInAppPin'>().toExtend<JourneyId>();
    expectTypeOf<Extract<CoachEvent, { type: 'coach.chooseJourney' }>['journey']>().toEqualTypeOf<JourneyId>();
    expectTypeOf<CoachView['stepId']>().toEqualTypeOf<StepId>();
    expectTypeOf<CoachView['events']>().toEqualTypeOf<readonly CoachEventType[]>();
    expectTypeOf<EventOf<'helpdesk.jumpTo'>>().toEqualTypeOf<{ type: 'helpdesk.jumpTo'; stepId: StepId }>();
  });

  it('answers untrusted saves and codes with a typed result, never a throw', () => {
    expectTypeOf(persist.decodeShareCode).returns.toEqualTypeOf<DecodeResult>();
    expectTypeOf<Extract<DecodeResult, { ok: true }>['value']>().toEqualTypeOf<SavedProgress>();
    expectTypeOf(rules.checkEmail).returns.toEqualTypeOf<RuleResult>();
    expectTypeOf<Extract<RuleResult, { ok: false }>>().toExtend<FieldError>();
    expect(persist.decodeShareCode('not a code').ok).toBe(false);
  });
});
