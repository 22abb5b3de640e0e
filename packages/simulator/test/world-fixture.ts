import { expect } from 'vitest';
import { SimulatedClock } from 'xstate';
import type { Fact, JourneyId, RegistrationValues, StepId, WhatIfId } from '@eulogin-coach/machine';
import { createSimulatedWorld } from '../src/index.js';
import type { SimulatedWorld, SimulatedWorldOptions } from '../src/index.js';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

export interface Fixture {
  readonly clock: SimulatedClock;
  readonly world: SimulatedWorld;
  readonly effects: SimulatedWorld['effects'];
  readonly email: string;
}

export function makeWorld(options: Omit<SimulatedWorldOptions, 'clock'> = {}): Fixture {
  const clock = new SimulatedClock();
  const world = createSimulatedWorld({ clock, ...options });
  return { clock, world, effects: world.effects, email: world.persona.email };
}

export interface PrepareOptions {
  readonly whatIfs?: readonly WhatIfId[];
  readonly journey?: JourneyId;
  readonly stepId?: StepId;
  readonly email?: string | null;
}

/** A world prepared with `facts` for the persona's address. */
export async function preparedWorld(
  facts: readonly Fact[],
  prepare: PrepareOptions = {},
  options: Omit<SimulatedWorldOptions, 'clock'> = {},
): Promise<Fixture> {
  const fixture = makeWorld(options);
  await fixture.effects.prepare({
    journey: prepare.journey ?? 'fullSetup',
    stepId: prepare.stepId ?? 'signIn.email',
    facts,
    whatIfs: prepare.whatIfs ?? [],
    email: prepare.email ?? null,
  });
  return fixture;
}

export const ACTIVE: readonly Fact[] = ['accountRegistered', 'passwordSet'];
export const WITH_APP: readonly Fact[] = [...ACTIVE, 'appInstalled', 'appReady', 'deviceEnrolled'];

export function registration(email: string, captcha: string, overrides: Partial<RegistrationValues> = {}) {
  return {
    firstName: 'Alex',
    lastName: 'Rehearsal',
    email,
    emailConfirm: email,
    emailLanguage: 'fr',
    captcha,
    privacy: true,
    ...overrides,
  };
}

/** Registers `email` with a solved captcha and returns the outcome. */
export async function register(fixture: Fixture, email: string, overrides: Partial<RegistrationValues> = {}) {
  const captcha = await fixture.effects.issueCaptcha();
  return fixture.effects.registerAccount({
    ...registration(email, captcha.challenge, overrides),
    captchaId: captcha.id,
  });
}

/** Moves the clock on until every mail on its way to `email` has arrived. */
export function deliverAll(fixture: Fixture, email: string): void {
  for (let next = fixture.world.nextDeliveryAt(email); next !== null; next = fixture.world.nextDeliveryAt(email)) {
    fixture.clock.increment(next - fixture.clock.now());
  }
}

/** The token of the last mail sent to `email`, once it has arrived (mails may overtake each other). */
export function latestToken(fixture: Fixture, email: string): string {
  deliverAll(fixture, email);
  const sent = fixture.world.inspect().mails.filter((m) => m.to === email.toLowerCase() && m.token !== undefined);
  const token = sent.at(-1)?.token;
  if (token === undefined) throw new Error('no mail with a token');
  expect(fixture.world.mailbox(email).some((m) => m.token === token)).toBe(true);
  return token;
}
