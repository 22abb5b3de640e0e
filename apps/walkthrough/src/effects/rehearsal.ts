import { EMAIL_LANGUAGES, isOneOf } from '@eulogin-coach/machine/registry';
import type { CoachMachine, EmailLanguage } from '@eulogin-coach/react';
import { createCoachLogic } from '@eulogin-coach/react';
import type { LazyWorld } from './lazy-world.js';
import { createLazyWorld } from './lazy-world.js';
import type { PracticeSwitch } from './practice-switch.js';
import { createPracticeSwitch } from './practice-switch.js';
import type { RehearsalClock } from './rehearsal-clock.js';
import { createRehearsalClock } from './rehearsal-clock.js';
import type { WorldStore } from './world-store.js';
import { createWorldStore, cryptoSeed } from './world-store.js';

/** Everything a rehearsal runs on: one clock shared by the simulated world and the coach actor. */
export interface Rehearsal {
  readonly clock: RehearsalClock;
  readonly world: LazyWorld;
  readonly logic: CoachMachine;
  /** "Practise with my own authenticator app" (off unless the person turns it on, on the enrolment QR page). */
  readonly ownAuthenticator: PracticeSwitch;
  /**
   * Tells the world the interface's language: EU Login then writes in it to the accounts a journey starts with, as
   * the registration form defaults the mail language to it. A language EU Login does not write in is ignored.
   */
  readonly setInterfaceLanguage: (locale: string) => void;
}

export interface RehearsalOptions {
  /** A fixed seed, for tests. Otherwise the stored rehearsal's, or a new one from `randomSeed`. */
  readonly seed?: number;
  readonly clock?: RehearsalClock;
  /** Where a new rehearsal's seed comes from: the browser's `crypto.getRandomValues` unless given. */
  readonly randomSeed?: () => number;
  /** Where the seed and the security ledger are kept: localStorage unless given. */
  readonly store?: WorldStore;
}

export function createRehearsal(options: RehearsalOptions = {}): Rehearsal {
  const clock = options.clock ?? createRehearsalClock();
  let language: EmailLanguage = 'en';
  const world = createLazyWorld(clock, {
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    randomSeed: options.randomSeed ?? cryptoSeed,
    store: options.store ?? createWorldStore(),
    mailLanguage: () => language,
  });
  return {
    clock,
    world,
    logic: createCoachLogic(world.effects),
    ownAuthenticator: createPracticeSwitch(),
    setInterfaceLanguage(locale) {
      if (isOneOf(EMAIL_LANGUAGES, locale)) language = locale;
    },
  };
}
