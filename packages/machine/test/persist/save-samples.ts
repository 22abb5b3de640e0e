import fc from 'fast-check';
import { expect } from 'vitest';
import { DEFAULT_PHONE } from '../../src/index.js';
import { JOURNEYS, JOURNEY_IDS, STEP_IDS, WHAT_IF_IDS } from '../../src/registry/index.js';
import type {
  AppStage,
  DecodeErrorCode,
  DecodeSource,
  JourneyId,
  Permission,
  PhoneFacts,
  SavedProgress,
} from '../../src/index.js';

// Saves for the saved-progress and share-code tests: one fixed example, valid saves generated from the real
// registries, and valid saves with one field spoiled, each with the refusal it must get.

export const saved: SavedProgress = {
  v: 1,
  stepId: 'device.addForm',
  journey: 'fullSetup',
  journeyIndex: 10,
  whatIfs: ['mailInSpam', 'noScreenLock'],
  email: 'ana@example.org',
  phone: { ...DEFAULT_PHONE, app: 'waitingForQr', notifications: 'allowed', screenLock: false },
};

export const ERROR_CODES: readonly DecodeErrorCode[] = [
  'empty',
  'tooLarge',
  'malformed',
  'checksum',
  'unsupportedVersion',
  'unknownStep',
  'invalidValue',
];

/** A refusal of a save (or, with `source`, of a share code) with `code`, whatever its detail says. */
export const refusedAs = (code: DecodeErrorCode, source: DecodeSource = 'save') => ({
  ok: false,
  error: { source, code, detail: expect.any(String) as string },
});

// --- Valid saves, generated from the real registries -------------------------------------------------------------

const APP_STAGES: readonly AppStage[] = ['notInstalled', 'installed', 'waitingForQr', 'initialised'];
const PERMISSIONS: readonly Permission[] = ['unknown', 'allowed', 'denied'];

const phoneFacts: fc.Arbitrary<PhoneFacts> = fc.record({
  app: fc.constantFrom(...APP_STAGES),
  notifications: fc.constantFrom(...PERMISSIONS),
  camera: fc.constantFrom(...PERMISSIONS),
  screenLock: fc.boolean(),
  appInForeground: fc.boolean(),
  online: fc.boolean(),
});

const address: fc.Arbitrary<string> = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{1,20}$/), fc.stringMatching(/^[a-z]{1,15}$/), fc.stringMatching(/^[a-z]{2,6}$/))
  .map(([local, domain, tld]) => `${local}.${local}@${domain}.${tld}`);

/** How many positions a save on `journey` may name: the journey's path, or the single position of no journey. */
const positions = (journey: JourneyId | null) => (journey ? JOURNEYS[journey].path.length : 1);

/**
 * A save the coach could have written: any step (a detour step is off every path, and a helpdesk jump may land
 * anywhere), a position on the journey's path, distinct what-ifs, an address or none, and any phone.
 */
export const validSave: fc.Arbitrary<SavedProgress> = fc
  .constantFrom<JourneyId | null>(...JOURNEY_IDS, null)
  .chain((journey) =>
    fc.record({
      v: fc.constant(1 as const),
      stepId: fc.constantFrom(...STEP_IDS),
      journey: fc.constant(journey),
      journeyIndex: fc.nat(positions(journey) - 1),
      whatIfs: fc.subarray([...WHAT_IF_IDS]),
      email: fc.option(address, { nil: null }),
      phone: phoneFacts,
    }),
  );

// --- One field of a valid save spoiled at a time, with the refusal it must get -----------------------------------

interface Spoiled {
  readonly patch: Readonly<Record<string, unknown>>;
  readonly expected: { readonly source: 'save'; readonly code: DecodeErrorCode; readonly detail: unknown };
}

/** A patch setting `field` to each of `values`, refused with `code` and a detail naming the field (or `detail`). */
const spoil = <T>(
  field: string,
  values: fc.Arbitrary<T>,
  code: DecodeErrorCode,
  detail: (value: T) => unknown = () => field,
) =>
  values.map((value): Spoiled => ({
    patch: { [field]: value },
    expected: { source: 'save', code, detail: detail(value) },
  }));

/** Any detail, for a value whose text would not say much. */
const anyDetail = () => expect.any(String) as unknown;

const notIn = (list: readonly string[]) => fc.string().filter((s) => !list.includes(s));

const badAddresses = fc.constantFrom(
  '',
  'plainaddress',
  'ana@',
  '@example.org',
  'ana@example',
  'ana silva@example.org',
  'ana..silva@example.org',
  'ana@@example.org',
  ' ana@example.org',
  // Longer than the 254 characters the e-mail rule allows, though every part of it has a valid shape.
  `ana@${`${'a'.repeat(60)}.`.repeat(5)}org`,
);

const badPhoneFacts: readonly (readonly [keyof PhoneFacts, unknown])[] = [
  ['app', 'jailbroken'],
  ['app', 0],
  ['notifications', 'maybe'],
  ['camera', true],
  ['screenLock', 'yes'],
  ['appInForeground', null],
  ['online', 1],
  ['online', undefined],
];

export function spoiledSaves(save: SavedProgress): fc.Arbitrary<Spoiled> {
  const duplicate = save.whatIfs[0] ?? WHAT_IF_IDS[0];
  return fc.oneof(
    spoil(
      'v',
      fc.integer().filter((n) => n !== 1),
      'unsupportedVersion',
    ),
    spoil('v', fc.constantFrom('1', null, true, undefined), 'malformed', anyDetail),
    spoil('stepId', notIn(STEP_IDS), 'unknownStep'),
    spoil('stepId', fc.constantFrom(null, 42, undefined, { toString: 1 }), 'unknownStep'),
    spoil('journey', fc.oneof(notIn(JOURNEY_IDS), fc.integer(), fc.boolean()), 'invalidValue'),
    spoil(
      'journeyIndex',
      fc.oneof(
        fc.integer({ min: positions(save.journey), max: 100_000 }),
        fc.integer({ min: -100_000, max: -1 }),
        fc.double({ min: -100, max: 100, noNaN: true }).filter((n) => !Number.isInteger(n)),
        fc.constantFrom('3', null, undefined),
      ),
      'invalidValue',
    ),
    spoil(
      'whatIfs',
      fc.oneof(
        fc.constantFrom('mailInSpam', null, undefined, {}),
        notIn(WHAT_IF_IDS).map((unknown) => [...save.whatIfs, unknown]),
        fc.constant(save.whatIfs.length > 0 ? [...save.whatIfs, duplicate] : [duplicate, duplicate]),
      ),
      'invalidValue',
    ),
    spoil('email', fc.oneof(badAddresses, fc.integer(), fc.boolean()), 'invalidValue'),
    spoil(
      'phone',
      fc.oneof(
        fc.constantFrom(null, undefined, 'phone', []),
        fc.constantFrom(...badPhoneFacts).map(([key, value]) => ({ ...save.phone, [key]: value })),
      ),
      'invalidValue',
    ),
  );
}
