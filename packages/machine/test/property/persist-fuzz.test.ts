import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { JOURNEYS, isJourneyId, isStepId, isWhatIfId } from '../../src/registry/index.js';
import { checkEmail } from '../../src/rules/index.js';
import { decodeSave, decodeShareCode, encodeSave, encodeShareCode, validateProgress } from '../../src/persist/index.js';
import type { DecodeResult, SavedProgress } from '../../src/index.js';
import { MAX_SAVE_LENGTH, MAX_SHARE_CODE_INPUT } from '../../src/persist/limits.js';
import { rehearse } from '../harness.js';
import { ERROR_CODES, saved, validSave } from '../persist/save-samples.js';
import { ALPHABET, withCheck } from '../persist/share-code-format.js';

// Everything a save or a share code can be, thrown at the decoders: random text, valid ones damaged, objects with
// traps, keys that name the prototype, deep nesting and huge values. Whatever comes in, a decoder answers with a
// value that passes the rules typed input passes and resumes to a step, or with a typed refusal; it never throws.

/** Inputs of each kind: `npm run test:property` asks for 100,000; the default run keeps to a few seconds. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
/** A fixed seed for the default run; `FUZZ_SEED` with the same `FUZZ_RUNS` replays a failure. */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? undefined : 20_261_207;
const OPTIONS = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };
/** Time for each property: the default run takes a second or two; 100,000 inputs take minutes on a busy machine. */
const TIMEOUT = 30_000 + RUNS * 10;
/** How many of the distinct accepted positions are resumed on a real coach afterwards. */
const RESUMES = Math.min(400, Math.max(40, Math.round(RUNS / 50)));

/** Accepted positions, by their text, to resume on a real coach once the decoders have been fuzzed. */
const accepted = new Map<string, SavedProgress>();

/** A decoder's answer, checked: a refusal from `source` with a known code, or a position the rules accept. */
function expectAnswer(result: DecodeResult, source: 'save' | 'shareCode'): void {
  if (!result.ok) {
    expect(result.error.source).toBe(source);
    expect(ERROR_CODES).toContain(result.error.code);
    expect(typeof result.error.detail).toBe('string');
    if (source === 'save') expect(result.error.code).not.toBe('checksum');
    return;
  }
  const p = result.value;
  expect(Object.keys(p).sort()).toEqual(['email', 'journey', 'journeyIndex', 'phone', 'stepId', 'v', 'whatIfs']);
  expect(p.v).toBe(1);
  expect(isStepId(p.stepId)).toBe(true);
  expect(p.journey === null || isJourneyId(p.journey)).toBe(true);
  const positions = p.journey ? JOURNEYS[p.journey].path.length : 1;
  expect(Number.isInteger(p.journeyIndex) && p.journeyIndex >= 0 && p.journeyIndex < positions).toBe(true);
  expect(Array.isArray(p.whatIfs) && p.whatIfs.every(isWhatIfId)).toBe(true);
  expect(new Set(p.whatIfs).size).toBe(p.whatIfs.length);
  if (source === 'shareCode') expect(p.email).toBeNull();
  if (p.email !== null) {
    expect(checkEmail(p.email)).toEqual({ ok: true });
    expect(p.email).toBe(p.email.trim());
  }
  expect(Object.keys(p.phone).sort()).toEqual([
    'app',
    'appInForeground',
    'camera',
    'notifications',
    'online',
    'screenLock',
  ]);
  // What was accepted writes back to the same position, as a save and as a code.
  expect(decodeSave(encodeSave(p))).toEqual({ ok: true, value: p });
  expect(decodeShareCode(encodeShareCode(p))).toEqual({ ok: true, value: { ...p, email: null } });
  if (accepted.size < RESUMES * 4) accepted.set(encodeSave(p), p);
}

// --- Values that are not what they seem ------------------------------------------------------------------------

const trap = () => {
  throw new Error('trap');
};

/**
 * Values a decoder must not coerce, call or trust: they throw, change, or lie about what they are. Made afresh for
 * each run inside the property (fast-check itself would trip over a proxy it generated).
 */
const TREACHEROUS: readonly (() => unknown)[] = [
  () => ({ toString: 1 }),
  () => ({ toString: 1, valueOf: 1 }),
  () => ({ toString: trap, valueOf: trap }),
  () => ({ [Symbol.toPrimitive]: trap }),
  () => Object.create(null) as unknown,
  () => new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap }),
  () => new Proxy([], { get: trap }),
  () => Object.assign(['mailInSpam'], { [Symbol.iterator]: trap }),
  () => new Array<unknown>(1_000_000),
  () => Object.defineProperty({}, 'app', { get: trap, enumerable: true }),
  () => Number.NaN,
  () => Infinity,
  () => -0,
  () => 2 ** 53,
  () => 10n,
  () => Symbol('s'),
  () => () => 'signIn.email',
  () => new String('signIn.email'),
];

const FIELDS = ['v', 'stepId', 'journey', 'journeyIndex', 'whatIfs', 'email', 'phone'] as const;

/**
 * A valid save with some fields replaced by a treacherous value, or read through getters that throw, or that give
 * the valid value the first time and the treacherous one after; or the treacherous value itself.
 */
const trappedCase = fc.record({
  save: validSave,
  fields: fc.subarray([...FIELDS]),
  value: fc.nat(TREACHEROUS.length - 1),
  how: fc.constantFrom('replaced', 'throwing', 'changing', 'whole'),
});

function trapped({ save, fields, value, how }: typeof trappedCase extends fc.Arbitrary<infer T> ? T : never): unknown {
  const make = TREACHEROUS[value] ?? (() => null);
  if (how === 'whole') return make();
  if (how === 'replaced') return { ...save, ...Object.fromEntries(fields.map((f) => [f, make()])) };
  const getters = fields.map((f): [string, PropertyDescriptor] => {
    if (how === 'throwing') return [f, { get: trap, enumerable: true }];
    let reads = 0;
    return [f, { get: () => (reads++ === 0 ? save[f] : make()), enumerable: true }];
  });
  return Object.defineProperties({ ...save }, Object.fromEntries(getters));
}

// --- Texts for decodeSave --------------------------------------------------------------------------------------

/** A text with one random edit: a character replaced, inserted or removed, or a slice cut out. */
const mutated = (text: fc.Arbitrary<string>, alphabet: fc.Arbitrary<string>) =>
  fc
    .tuple(text, fc.nat(), fc.nat(), alphabet, fc.constantFrom('replace', 'insert', 'delete', 'cut'))
    .map(([t, a, b, c, edit]) => {
      const i = a % (t.length + 1);
      const j = i + (b % 12);
      if (edit === 'replace') return t.slice(0, i) + c + t.slice(i + 1);
      if (edit === 'insert') return t.slice(0, i) + c + t.slice(i);
      if (edit === 'delete') return t.slice(0, i) + t.slice(i + 1);
      return t.slice(0, i) + t.slice(j);
    });

const jsonChars = fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '\\', '0', '1', '-', 'e', 'n', ' ', 'x', '\u0000');

/** Valid save text with a key or value swapped for something hostile, written as JSON text (so `__proto__` stays a key). */
const hostileJson: fc.Arbitrary<string> = fc
  .tuple(
    validSave,
    fc.constantFrom('v', 'stepId', 'journey', 'journeyIndex', 'whatIfs', 'email', 'phone', '__proto__', 'constructor'),
    fc.constantFrom(
      '{"toString":1}',
      '{"toString":1,"valueOf":1}',
      '[{"toString":1}]',
      '{"__proto__":{"v":1}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      '"__proto__"',
      '"toString"',
      '"constructor"',
      '1e999',
      '-0',
      '123456789012345678901234567890',
      '"\\ud800"',
      'null',
      'true',
      '[]',
      '{}',
    ),
  )
  .map(([save, key, value]) => {
    const text = encodeSave(save);
    return text.includes(`"${key}":`)
      ? text.replace(new RegExp(`"${key}":(\\{[^{}]*\\}|\\[[^\\]]*\\]|"[^"]*"|[^,}]*)`), `"${key}":${value}`)
      : `${text.slice(0, -1)},"${key}":${value}}`;
  });

/** Nesting as deep as the size bound allows, and deeper. */
const deep: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: MAX_SAVE_LENGTH }), fc.constantFrom('[', '{"a":'), fc.boolean())
  .map(([depth, open, closed]) => {
    const close = open === '[' ? ']' : '}';
    return `${open.repeat(depth)}1${closed ? close.repeat(depth) : ''}`;
  });

/** Huge values: around the size bound, and far past it. */
const huge: fc.Arbitrary<string> = fc
  .tuple(
    validSave,
    fc.oneof(
      fc.integer({ min: MAX_SAVE_LENGTH - 400, max: MAX_SAVE_LENGTH + 10 }),
      fc.integer({ min: 0, max: 100_000 }),
    ),
    fc.constantFrom('email', 'stepId', 'pad', 'space'),
  )
  .map(([save, size, where]) => {
    if (where === 'space') return encodeSave(save) + ' '.repeat(size);
    if (where === 'pad') return `${encodeSave(save).slice(0, -1)},"pad":"${'a'.repeat(size)}"}`;
    if (where === 'stepId') return encodeSave({ ...save, stepId: 'x'.repeat(size) as SavedProgress['stepId'] });
    return encodeSave({ ...save, email: `${'a'.repeat(size)}@example.org` });
  });

const saveTexts: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => new TextDecoder().decode(bytes)),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => String.fromCharCode(...bytes)),
  fc.json({ maxDepth: 4 }),
  validSave.map(encodeSave),
  mutated(validSave.map(encodeSave), jsonChars),
  mutated(mutated(validSave.map(encodeSave), jsonChars), fc.string({ unit: 'binary', maxLength: 3 })),
  hostileJson,
  deep,
  huge,
);

// --- Texts for decodeShareCode ---------------------------------------------------------------------------------

const codeChars = fc.constantFrom(...ALPHABET, 'O', 'I', 'L', 'U', 'o', 'i', 'l', 'a', 'z', '-', ' ', '\t', '_', '!');

/** How a person might read back a code: cases, separators, O for 0, I or L for 1. */
const heardAs = (code: string) =>
  fc
    .tuple(fc.boolean(), fc.constantFrom('-', ' ', '', ' - '), fc.boolean(), fc.boolean())
    .map(([lower, separator, oForZero, lForOne]) => {
      let text = code.replace(/-/g, separator);
      if (oForZero) text = text.replace(/0/g, 'O');
      if (lForOne) text = text.replace(/1/g, 'l');
      return lower ? text.toLowerCase() : text;
    });

const codeTexts: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: codeChars, maxLength: 40 }),
  fc.uint8Array({ maxLength: 40 }).map((bytes) => String.fromCharCode(...bytes)),
  // Any body with a correct check: the decoder reads numbers from it.
  fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 1, maxLength: 30 }).map(withCheck),
  validSave.map(encodeShareCode).chain(heardAs),
  mutated(validSave.map(encodeShareCode), codeChars),
  mutated(mutated(validSave.map(encodeShareCode), codeChars), codeChars),
  fc.constantFrom('1-Q-0-B-0-CM-J0', '1-N-B-0-0-CG-YT', '__proto__', 'toString', 'constructor', '-'.repeat(100)),
  fc
    .tuple(validSave.map(encodeShareCode), fc.integer({ min: 0, max: MAX_SHARE_CODE_INPUT * 3 }))
    .map(([code, pad]) => `${' '.repeat(pad)}${code}`),
  fc.integer({ min: MAX_SHARE_CODE_INPUT - 5, max: 200_000 }).map((n) => '2'.repeat(n)),
);

// --- The properties --------------------------------------------------------------------------------------------

describe(`fuzzed saves and share codes (${RUNS} of each)`, () => {
  afterAll(() => accepted.clear());

  it(
    'decodeSave answers every text with a position the rules accept or a typed refusal, never a throw',
    () => {
      fc.assert(
        fc.property(saveTexts, (text) => expectAnswer(decodeSave(text), 'save')),
        OPTIONS,
      );
    },
    TIMEOUT,
  );

  it(
    'validateProgress answers every value, traps and all, the same way',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            trappedCase.map((c) => () => trapped(c)),
            fc.anything().map((value) => () => value),
            validSave.map((value) => () => value),
          ),
          (make) => expectAnswer(validateProgress(make()), 'save'),
        ),
        OPTIONS,
      );
      // Nothing was written onto the shared prototype by a `__proto__` or `constructor` key.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).v).toBeUndefined();
    },
    TIMEOUT,
  );

  it(
    'decodeShareCode answers every text with a position the rules accept or a typed refusal, never a throw',
    () => {
      fc.assert(
        fc.property(codeTexts, (text) => expectAnswer(decodeShareCode(text), 'shareCode')),
        OPTIONS,
      );
    },
    TIMEOUT,
  );

  it(
    'refuses no valid save or code, however a code is read back',
    () => {
      fc.assert(
        fc.property(
          validSave.chain((save) => fc.tuple(fc.constant(save), heardAs(encodeShareCode(save)))),
          ([save, heard]) => {
            expect(decodeSave(encodeSave(save))).toEqual({ ok: true, value: save });
            expect(decodeShareCode(heard)).toEqual({ ok: true, value: { ...save, email: null } });
          },
        ),
        OPTIONS,
      );
    },
    TIMEOUT,
  );

  it(
    'resumes every distinct accepted position on a real coach, landing on a step',
    async () => {
      // Besides what the decoders accepted: a fixed save, and the journey list itself (a save made there resumes there).
      const atList = { ...saved, stepId: 'coach.journeys' as const, journey: null, journeyIndex: 0 };
      const positions = [saved, atList, ...accepted.values()].slice(0, RESUMES);
      expect(positions.length).toBeGreaterThan(10);
      const r = await rehearse();
      for (const progress of positions) {
        await r.send({ type: 'coach.resume', progress });
        expect(isStepId(r.step()), JSON.stringify(progress)).toBe(true);
        expect(r.view().notice).toBe('resumed');
      }
      r.actor.stop();
    },
    TIMEOUT,
  );
});
