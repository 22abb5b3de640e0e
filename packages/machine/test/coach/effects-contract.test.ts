import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { createSimulatedWorld } from '@eulogin-coach/simulator';
import { createCoachLogic } from '../../src/index.js';
import type { CoachEffects } from '../../src/index.js';

describe('createCoachLogic', () => {
  const world = createSimulatedWorld({ clock: new SimulatedClock(), seed: 7 });

  it('accepts a complete set of effects', () => {
    expect(() => createCoachLogic(world.effects)).not.toThrow();
  });

  it('names every missing effect at once, instead of failing later at the step that needs it', () => {
    const partial = Object.fromEntries(
      Object.entries(world.effects).filter(([name]) => name !== 'lookupAccount' && name !== 'panic'),
    ) as unknown as CoachEffects;
    expect(() => createCoachLogic(partial)).toThrow(TypeError);
    expect(() => createCoachLogic(partial)).toThrow(/^Missing coach effects: lookupAccount, panic$/);
  });

  it('refuses an effect that is not a function, naming it', () => {
    const broken = { ...world.effects, prepare: 'not a function' } as unknown as CoachEffects;
    expect(() => createCoachLogic(broken)).toThrow(TypeError);
    expect(() => createCoachLogic(broken)).toThrow(/^Missing coach effects: prepare$/);
  });

  it('explains an effects argument that is not an object, as plain JavaScript callers may pass', () => {
    expect(() => createCoachLogic(null as unknown as CoachEffects)).toThrow(/^Missing coach effects: prepare, /);
  });
});
