import { isOneOf } from './choices.js';
import type { Fact } from './facts.js';
import type { StepId } from './step-ids.js';
import type { WhatIfDefinition, WhatIfId } from './what-ifs.js';
import { WHAT_IFS } from './what-ifs.js';
import { STEPS } from './steps.registry.js';

/** Where the person goes once signed in. */
export type AfterAuth = 'service' | 'account' | 'devices' | 'eids' | 'keys';

export interface JourneyDefinition {
  readonly id: JourneyId;
  /** Facts true in the person's world before the journey starts. */
  readonly facts: readonly Fact[];
  /** The happy path, in order. Progress counts along it; a step may appear more than once. */
  readonly path: readonly StepId[];
  /** Where a sign-in during this journey leads. */
  readonly afterAuth: AfterAuth;
}

const enrolOnPhone: readonly StepId[] = [
  'app.install',
  'app.notifications',
  'app.welcome',
  'device.addForm',
  'device.qrShown',
  'app.cameraPermission',
  'app.scanner',
  'app.enrolPin',
  'app.enrolled',
  'device.added',
];
const active: readonly Fact[] = ['accountRegistered', 'passwordSet'];
const withApp: readonly Fact[] = [...active, 'appInstalled', 'appReady', 'deviceEnrolled'];

// The order is append-only: share codes number the journeys by it.
const definitions = {
  fullSetup: {
    facts: [],
    afterAuth: 'service',
    path: [
      'signIn.email',
      'register.form',
      'register.mailSent',
      'password.set',
      'register.done',
      'account.home',
      'device.list',
      ...enrolOnPhone,
      'signIn.email',
      'signIn.password',
      'signIn.appPin',
      'signIn.done',
    ],
  },
  forgotPassword: {
    facts: active,
    afterAuth: 'service',
    path: [
      'signIn.email',
      'signIn.password',
      'passwordReset.request',
      'passwordReset.mailSent',
      'password.set',
      'passwordReset.done',
    ],
  },
  forgotPin: {
    facts: withApp,
    afterAuth: 'service',
    path: [
      'pin.settings',
      'pin.credentials',
      'pin.new',
      'pin.changed',
      'signIn.email',
      'signIn.password',
      'signIn.appPin',
      'signIn.done',
    ],
  },
  signInAppPin: {
    facts: withApp,
    afterAuth: 'service',
    path: ['signIn.email', 'signIn.password', 'signIn.appPin', 'signIn.done'],
  },
  signInAppQr: {
    facts: withApp,
    afterAuth: 'service',
    path: ['signIn.email', 'signIn.password', 'signIn.qrScan', 'signIn.qrCode', 'signIn.done'],
  },
  signInSecurityKey: {
    facts: [...active, 'keyRegistered'],
    afterAuth: 'service',
    path: ['signIn.email', 'signIn.password', 'signIn.securityKey', 'signIn.done'],
  },
  signInEid: {
    facts: [...active, 'eidLinked'],
    afterAuth: 'service',
    path: ['signIn.email', 'eid.country', 'eid.national', 'signIn.done'],
  },
  linkEid: {
    facts: active,
    afterAuth: 'account',
    path: [
      'signIn.email',
      'signIn.password',
      'account.home',
      'eid.manage',
      'eid.country',
      'eid.national',
      'eid.linked',
    ],
  },
  noSmartphone: {
    facts: active,
    afterAuth: 'keys',
    path: [
      'noSmartphone.options',
      'signIn.email',
      'signIn.password',
      'key.manage',
      'key.addForm',
      'key.prompt',
      'key.added',
      'signIn.email',
      'signIn.password',
      'signIn.securityKey',
      'signIn.done',
    ],
  },
  newPhone: {
    facts: [...active, 'oldDeviceEnrolled', 'keyRegistered'],
    afterAuth: 'devices',
    path: [
      'recovery.options',
      'signIn.email',
      'signIn.password',
      'signIn.securityKey',
      'device.list',
      'device.deleteConfirm',
      'device.list',
      ...enrolOnPhone,
    ],
  },
  lostPhone: {
    facts: [...active, 'oldDeviceEnrolled'],
    afterAuth: 'account',
    path: [
      'recovery.options',
      'signIn.email',
      'signIn.password',
      'account.home',
      'panic.confirm',
      'panic.done',
      'device.list',
      ...enrolOnPhone,
    ],
  },
} satisfies Record<string, Omit<JourneyDefinition, 'id'>>;

export type JourneyId = keyof typeof definitions;

export const JOURNEY_IDS = Object.keys(definitions) as readonly JourneyId[];

export const JOURNEYS: Readonly<Record<JourneyId, JourneyDefinition>> = Object.fromEntries(
  JOURNEY_IDS.map((id): [JourneyId, JourneyDefinition] => [id, { id, ...definitions[id] }]),
) as Record<JourneyId, JourneyDefinition>;

export function isJourneyId(value: unknown): value is JourneyId {
  return isOneOf(JOURNEY_IDS, value);
}

/** Whether a what-if can be rehearsed on a journey: the world it starts from has what the what-if needs. */
export function isOfferedOn(whatIf: WhatIfDefinition, journey: JourneyId): boolean {
  const facts = JOURNEYS[journey].facts;
  if (whatIf.notOn?.includes(journey)) return false;
  return !whatIf.needsAnyFact || whatIf.needsAnyFact.some((f) => facts.includes(f));
}

/** The what-ifs a person can switch on for a journey: those that can happen on one of its steps. */
export function whatIfsForJourney(journey: JourneyId): readonly WhatIfDefinition[] {
  const steps = new Set<StepId>(JOURNEYS[journey].path);
  return Object.values(WHAT_IFS).filter((w) => w.steps.some((s) => steps.has(s)) && isOfferedOn(w, journey));
}

/**
 * The facts true when a person reaches position `index` of a journey's path: the journey's starting facts plus
 * everything the steps before it established. A `landing` that is a terminal step shows an outcome (the device
 * added, the key registered), so what it establishes already holds on it.
 */
export function factsAt(journey: JourneyId, index: number, landing?: StepId): Fact[] {
  const def = JOURNEYS[journey];
  const facts = new Set<Fact>(def.facts);
  const passed = def.path.slice(0, Math.max(0, index));
  for (const step of landing && STEPS[landing].terminal ? [...passed, landing] : passed) {
    for (const fact of STEPS[step].establishes ?? []) facts.add(fact);
  }
  return [...facts];
}

/**
 * The position on the journey's path for `stepId`, given the furthest position reached so far: the occurrence
 * nearest to `from` (the later one of two as near), else `from` unchanged (a detour off the path). A step can appear
 * twice on a path: leaving the registration form for the e-mail page is the first e-mail page, and signing out after
 * adding the phone (from My Account, earlier on the path) is the one at the end of the setup.
 */
export function pathIndexOf(journey: JourneyId, stepId: StepId, from: number): number {
  const path = JOURNEYS[journey].path;
  for (let d = 0; d <= path.length; d++) {
    if (path[from + d] === stepId) return from + d;
    if (path[from - d] === stepId) return from - d;
  }
  return from;
}

export type { WhatIfId };
