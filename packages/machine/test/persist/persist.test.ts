import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PHONE,
  JOURNEYS,
  JOURNEY_IDS,
  STEP_IDS,
  WHAT_IF_IDS,
  decodeSave,
  decodeShareCode,
  encodeSave,
  encodeShareCode,
  toSavedProgress,
} from '../../src/index.js';
import type {
  AppStage,
  DecodeErrorCode,
  DecodeResult,
  JourneyId,
  Permission,
  PhoneFacts,
  SavedProgress,
} from '../../src/index.js';
import { rehearse } from '../harness.js';

const saved: SavedProgress = {
  v: 1,
  stepId: 'device.addForm',
  journey: 'fullSetup',
  journeyIndex: 10,
  whatIfs: ['mailInSpam', 'noScreenLock'],
  email: 'ana@example.org',
  phone: { ...DEFAULT_PHONE, app: 'waitingForQr', notifications: 'allowed', screenLock: false },
};

const ERROR_CODES: readonly DecodeErrorCode[] = [
  'empty',
  'malformed',
  'checksum',
  'unsupportedVersion',
  'unknownStep',
  'invalidValue',
];

/** A refusal with `code`, whatever its detail says. */
const refusedAs = (code: DecodeErrorCode) => ({ ok: false, error: { code, detail: expect.any(String) as string } });

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
const validSave: fc.Arbitrary<SavedProgress> = fc
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
  readonly expected: { readonly code: DecodeErrorCode; readonly detail: unknown };
}

/** A patch setting `field` to each of `values`, refused with `code` and a detail naming the field (or `detail`). */
const spoil = <T>(
  field: string,
  values: fc.Arbitrary<T>,
  code: DecodeErrorCode,
  detail: (value: T) => unknown = () => field,
) => values.map((value): Spoiled => ({ patch: { [field]: value }, expected: { code, detail: detail(value) } }));

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

function spoiledSaves(save: SavedProgress): fc.Arbitrary<Spoiled> {
  const duplicate = save.whatIfs[0] ?? WHAT_IF_IDS[0];
  return fc.oneof(
    spoil(
      'v',
      fc.integer().filter((n) => n !== 1),
      'unsupportedVersion',
      (n) => expect.stringContaining(String(n)) as unknown,
    ),
    spoil('v', fc.constantFrom('1', null, true, undefined), 'malformed', anyDetail),
    spoil('stepId', notIn(STEP_IDS), 'unknownStep', (stepId) => stepId),
    spoil('stepId', fc.constantFrom(null, 42, undefined), 'unknownStep', anyDetail),
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

describe('saved progress', () => {
  it('round-trips through text and never contains a password or PIN', async () => {
    const r = await rehearse({ journey: 'signInAppPin' });
    await r.send({ type: 'user.submitEmail', email: r.world.persona.email });
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'appPin' });
    const text = encodeSave(toSavedProgress(r.actor.getSnapshot()));
    expect(text).not.toContain(r.world.persona.password);
    expect(text).not.toContain(r.world.persona.pin);
    const decoded = decodeSave(text);
    expect(decoded.ok && decoded.value.stepId).toBe('signIn.appPin');
    r.actor.stop();
  });

  it('resumes a saved position in a new session, on the step it saved (or its resume target)', async () => {
    const first = await rehearse({ journey: 'fullSetup', whatIfs: ['mailInSpam'] });
    await first.send({ type: 'helpdesk.jumpTo', stepId: 'device.addForm' });
    const text = encodeSave(toSavedProgress(first.actor.getSnapshot()));
    const second = await rehearse();
    const decoded = decodeSave(text);
    if (!decoded.ok) throw new Error(decoded.error.code);
    await second.send({ type: 'coach.resume', progress: decoded.value });
    expect(second.step()).toBe('device.addForm');
    expect(second.view().journey).toBe('fullSetup');
    expect(second.view().activeWhatIfs).toContain('mailInSpam');
    expect(second.view().notice).toBe('resumed');
    expect(second.view().progress?.current).toBe(first.view().progress?.current);
    first.actor.stop();
    second.actor.stop();
  });

  // A save edited by hand can name a step its journey does not pass at that position. The coach reads it the way
  // the helpdesk jump does: the step wins, and the journey and position are taken from where that step really is.
  it('resumes a save whose step is on another journey where that step is, counting progress along that journey', async () => {
    const edited: SavedProgress = { ...saved, stepId: 'eid.linked', journey: 'fullSetup', journeyIndex: 0 };
    const decoded = decodeSave(encodeSave(edited));
    expect(decoded).toEqual({ ok: true, value: edited });
    const r = await rehearse();
    await r.send({ type: 'coach.resume', progress: edited });
    expect(r.step()).toBe('eid.linked');
    expect(r.view().journey).toBe('linkEid');
    expect(r.view().progress).toMatchObject({ current: 7, total: 7, complete: true });
    // Saving again writes a consistent position.
    expect(toSavedProgress(r.actor.getSnapshot())).toMatchObject({
      stepId: 'eid.linked',
      journey: 'linkEid',
      journeyIndex: 6,
    });
    r.actor.stop();
  });

  it('resumes a save whose position does not match its step at that step on its journey, and carries on from there', async () => {
    // Position 3 of the full set-up is password.set; signIn.password comes at position 18 (step 19 of 21).
    const edited: SavedProgress = { ...saved, stepId: 'signIn.password', journey: 'fullSetup', journeyIndex: 3 };
    const r = await rehearse();
    await r.send({ type: 'coach.resume', progress: edited });
    expect(r.step()).toBe('signIn.password');
    expect(r.view().journey).toBe('fullSetup');
    expect(r.view().progress).toMatchObject({ current: 19, total: 21, complete: false });
    // The world was arranged for that position: the enrolled app can be used to sign in.
    await r.send({ type: 'user.submitSignIn', password: r.world.persona.password, method: 'appPin' });
    expect(r.step()).toBe('signIn.appPin');
    expect(r.view().progress).toMatchObject({ current: 20, total: 21 });
    r.actor.stop();
  });

  it.each([
    ['nothing', null, 'empty'],
    ['blank text', '   ', 'empty'],
    ['not JSON', '{"v":1,', 'malformed'],
    ['an array', '[]', 'malformed'],
    ['a number', '42', 'malformed'],
    ['no version', '{"stepId":"signIn.email"}', 'malformed'],
    ['an old version', JSON.stringify({ ...saved, v: 0 }), 'unsupportedVersion'],
    ['a future version', JSON.stringify({ ...saved, v: 2 }), 'unsupportedVersion'],
    ['an unknown step', JSON.stringify({ ...saved, stepId: 'signIn.teleport' }), 'unknownStep'],
    ['an unknown journey', JSON.stringify({ ...saved, journey: 'moonLanding' }), 'invalidValue'],
    ['a position off the path', JSON.stringify({ ...saved, journeyIndex: 99 }), 'invalidValue'],
    ['a negative position', JSON.stringify({ ...saved, journeyIndex: -1 }), 'invalidValue'],
    ['a fractional position', JSON.stringify({ ...saved, journeyIndex: 1.5 }), 'invalidValue'],
    ['an unknown what-if', JSON.stringify({ ...saved, whatIfs: ['alienAbduction'] }), 'invalidValue'],
    ['a repeated what-if', JSON.stringify({ ...saved, whatIfs: ['mailInSpam', 'mailInSpam'] }), 'invalidValue'],
    ['a bad address', JSON.stringify({ ...saved, email: 'not-an-address' }), 'invalidValue'],
    ['a bad phone', JSON.stringify({ ...saved, phone: { ...saved.phone, app: 'jailbroken' } }), 'invalidValue'],
    ['no phone', JSON.stringify({ ...saved, phone: null }), 'invalidValue'],
  ] as const)('explains %s as a typed error instead of throwing', (_label, text, code) => {
    expect(decodeSave(text)).toEqual(refusedAs(code));
  });

  it('refuses every truncation of a valid save', () => {
    const text = encodeSave(saved);
    for (let cut = 0; cut < text.length; cut++) {
      expect(decodeSave(text.slice(0, cut)).ok).toBe(false);
    }
  });

  it('round-trips every valid save through text', () => {
    fc.assert(
      fc.property(validSave, (progress) => {
        expect(decodeSave(encodeSave(progress))).toEqual({ ok: true, value: progress });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a valid save with any one field spoiled, naming that field', () => {
    fc.assert(
      fc.property(
        validSave.chain((progress) => fc.tuple(fc.constant(progress), spoiledSaves(progress))),
        ([progress, { patch, expected }]) => {
          expect(decodeSave(JSON.stringify({ ...progress, ...patch }))).toEqual({ ok: false, error: expected });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('answers arbitrary text or JSON with a typed error, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = decodeSave(text);
        expect(result.ok).toBe(false);
        expect(ERROR_CODES).toContain(!result.ok && result.error.code);
      }),
      { numRuns: 500 },
    );
  });
});

// --- Share codes ------------------------------------------------------------------------------------------------

/**
 * The share code's check characters, as its format defines them: the 32-bit FNV-1a hash of the six parts as
 * written (base 36, upper case, joined by "-"), modulo 36², as two upper-case base-36 digits. Written out here so a
 * test can make codes that pass the check but carry out-of-range parts; checked against encodeShareCode below.
 */
function checkCharacters(body: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) hash = Math.imul(hash ^ body.charCodeAt(i), 0x01000193) >>> 0;
  return (hash % 1296).toString(36).padStart(2, '0').toUpperCase();
}

/** A code with these six parts (version, step, journey, position, what-ifs, phone) and a correct check. */
function codeWith(parts: readonly number[]): string {
  const body = parts.map((n) => n.toString(36).toUpperCase()).join('-');
  return `${body}-${checkCharacters(body)}`;
}

/** The six numbers of a code, without its check. */
const partsOf = (code: string) =>
  code
    .split('-')
    .slice(0, 6)
    .map((p) => parseInt(p, 36));

const PART = { version: 0, step: 1, journey: 2, position: 3, whatIfs: 4, phone: 5 } as const;

function withPart(part: keyof typeof PART, value: number): string {
  const parts = partsOf(encodeShareCode(saved));
  parts[PART[part]] = value;
  return codeWith(parts);
}

describe('share codes', () => {
  it('round-trips a position (without the address) and tolerates spaces and lower case', () => {
    const code = encodeShareCode(saved);
    expect(code).toMatch(/^[0-9A-Z]+(-[0-9A-Z]+){6}$/);
    const decoded = decodeShareCode(` ${code.toLowerCase().replace(/-/g, ' - ')} `);
    expect(decoded).toEqual({ ok: true, value: { ...saved, email: null } });
  });

  it('round-trips every valid save, without its address', () => {
    fc.assert(
      fc.property(validSave, (progress) => {
        expect(decodeShareCode(encodeShareCode(progress))).toEqual({ ok: true, value: { ...progress, email: null } });
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips every journey, and no journey at all', () => {
    for (const journey of [...JOURNEY_IDS, null]) {
      const position = { ...saved, journey, journeyIndex: 0, stepId: 'account.home' as const, email: null };
      expect(decodeShareCode(encodeShareCode(position)), String(journey)).toEqual({ ok: true, value: position });
    }
  });

  it('keeps reading a code made with no journey chosen as no journey, whatever journeys are added later', () => {
    // Written by version 1 at account.home with no journey: "no journey" is the number B (11), reserved for good.
    const code = '1-N-B-0-0-CG-YT';
    expect(decodeShareCode(code)).toEqual({
      ok: true,
      value: {
        v: 1,
        stepId: 'account.home',
        journey: null,
        journeyIndex: 0,
        whatIfs: [],
        email: null,
        phone: DEFAULT_PHONE,
      },
    });
  });

  it('computes the check characters as the format states (so the codes made below pass the check)', () => {
    expect(checkCharacters('1-N-B-0-0-CG')).toBe('YT');
    fc.assert(
      fc.property(validSave, (progress) => {
        const code = encodeShareCode(progress);
        expect(codeWith(partsOf(code))).toBe(code);
      }),
      { numRuns: 200 },
    );
  });

  it('explains a code with one character changed (a typo or tampering) as a failed check', () => {
    const code = encodeShareCode(saved);
    const chars = [...code];
    for (let i = 0; i < chars.length; i++) {
      if (chars[i] === '-') continue;
      const changed = [...chars];
      changed[i] = chars[i] === 'Z' ? 'Y' : 'Z';
      expect(decodeShareCode(changed.join('')), changed.join('')).toEqual(refusedAs('checksum'));
    }
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['hello', 'malformed'],
    ['1-2-3', 'malformed'],
    ['1-1K-0-B-0-5XT-Q7-EXTRA', 'malformed'],
    ['1-1K-0-B-0-5X!-Q7', 'malformed'],
    ['1--0-B-0-5X-Q7', 'malformed'],
  ] as const)('explains the code %j as %s', (code, expected) => {
    expect(decodeShareCode(code)).toEqual(refusedAs(expected));
  });

  // Codes whose check is right but which name something this version cannot place.
  it.each([
    ['version 0', withPart('version', 0), 'unsupportedVersion', 'version 0'],
    ['version 2', withPart('version', 2), 'unsupportedVersion', 'version 2'],
    ['step 999', withPart('step', 999), 'unknownStep', 'step 999'],
    ['the first step number not in use', withPart('step', STEP_IDS.length), 'unknownStep', `step ${STEP_IDS.length}`],
    ['journey ZZ', withPart('journey', parseInt('ZZ', 36)), 'invalidValue', 'journey'],
    // Journeys are 0–10, 11 means none, and later journeys go on from 12: the number after the last one is free.
    ['the first journey number not in use', withPart('journey', JOURNEY_IDS.length + 1), 'invalidValue', 'journey'],
    ['a position past the end of the journey', withPart('position', 99), 'invalidValue', 'journeyIndex'],
    ['a what-if beyond the list', withPart('whatIfs', 2 ** WHAT_IF_IDS.length), 'invalidValue', 'whatIfs'],
    ['phone state 512', withPart('phone', 512), 'invalidValue', 'phone'],
    ['a notifications permission numbered 3', withPart('phone', 3 << 2), 'invalidValue', 'phone'],
  ] as const)('explains a well-checked code with %s', (_label, code, expectedCode, detail) => {
    expect(decodeShareCode(code)).toEqual({ ok: false, error: { code: expectedCode, detail } });
  });

  it('rejects every truncation of a valid code', () => {
    const code = encodeShareCode(saved);
    for (let cut = 0; cut < code.length; cut++) expect(decodeShareCode(code.slice(0, cut)).ok).toBe(false);
  });

  it('answers arbitrary text with a typed error, never a throw', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = decodeShareCode(text);
        expect(result.ok).toBe(false);
        expect(ERROR_CODES).toContain(!result.ok && result.error.code);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads any well-checked code either as a position that encodes back to it, or as a typed error', () => {
    const outcomes = { read: 0, refused: 0 };
    const anyParts = fc.tuple(
      fc.oneof(fc.constant(1), fc.nat(40)),
      fc.nat(STEP_IDS.length + 3),
      fc.nat(JOURNEY_IDS.length + 3),
      fc.nat(25),
      fc.oneof(
        fc.nat(),
        fc.nat(3).map((k) => 2 ** WHAT_IF_IDS.length + k),
      ),
      fc.nat(515),
    );
    fc.assert(
      fc.property(anyParts, (parts) => {
        const code = codeWith(parts);
        const result: DecodeResult = decodeShareCode(code);
        if (result.ok) {
          outcomes.read++;
          expect(encodeShareCode(result.value)).toBe(code);
        } else {
          outcomes.refused++;
          expect(['unsupportedVersion', 'unknownStep', 'invalidValue']).toContain(result.error.code);
        }
      }),
      { numRuns: 1000 },
    );
    // Both kinds of code were really tried.
    expect(outcomes.read).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });
});
