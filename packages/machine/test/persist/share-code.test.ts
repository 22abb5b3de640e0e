import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PHONE } from '../../src/index.js';
import { JOURNEY_IDS, STEP_IDS, WHAT_IF_IDS } from '../../src/registry/index.js';
import { decodeShareCode, encodeShareCode } from '../../src/persist/index.js';
import type { DecodeResult } from '../../src/index.js';
import { MAX_SHARE_CODE_INPUT } from '../../src/persist/limits.js';
import { ERROR_CODES, refusedAs, saved, validSave } from './save-samples.js';
import { ALPHABET, checkCharacters, codeWith, hex, numbersOf } from './share-code-format.js';

const PART = { version: 0, step: 1, journey: 2, position: 3, whatIfs: 4, phone: 5 } as const;

function withPart(part: keyof typeof PART, value: number): string {
  const numbers = numbersOf(encodeShareCode(saved));
  numbers[PART[part]] = value;
  return codeWith(numbers);
}

const readable = { ...saved, email: null };

describe('share codes', () => {
  it('are groups of four characters with nothing that sounds or looks like another (no I, L, O or U)', () => {
    fc.assert(
      fc.property(validSave, (progress) => {
        const code = encodeShareCode(progress);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4})*(-[0-9A-HJKMNP-TV-Z]{1,3})?$/);
        expect(code.length).toBeLessThanOrEqual(29);
      }),
      { numRuns: 300 },
    );
    // A position with no what-if: three short groups.
    expect(encodeShareCode({ ...readable, whatIfs: [] })).toMatch(/^\w{4}-\w{4}-\w{1,4}$/);
  });

  it('round-trips every valid save, without its address', () => {
    fc.assert(
      fc.property(validSave, (progress) => {
        expect(decodeShareCode(encodeShareCode(progress))).toEqual({ ok: true, value: { ...progress, email: null } });
      }),
      { numRuns: 300 },
    );
  });

  // How a code comes back after being read out over the phone and typed in.
  const heard: readonly [string, (code: string) => string][] = [
    ['in lower case', (code) => code.toLowerCase()],
    ['with spaces for dashes', (code) => code.replace(/-/g, ' ')],
    ['run together', (code) => code.replace(/-/g, '')],
    ['with spaces and dashes around it', (code) => ` ${code.replace(/-/g, ' - ')}\t`],
    ['with the letter O for zero', (code) => code.replace(/0/g, 'O')],
    ['with a lower-case o for zero', (code) => code.replace(/0/g, 'o')],
    ['with I or L for one', (code) => code.replace(/1/g, (_, i: number) => (i % 2 ? 'I' : 'l'))],
    ['split into different groups', (code) => code.replace(/-/g, '').replace(/.{3}(?=.)/g, '$& ')],
  ];

  it.each(heard)('reads a code %s as the same position', (_label, variant) => {
    fc.assert(
      fc.property(validSave, (progress) => {
        expect(decodeShareCode(variant(encodeShareCode(progress)))).toEqual({
          ok: true,
          value: { ...progress, email: null },
        });
      }),
      { numRuns: 100 },
    );
  });

  it('round-trips every journey, and no journey at all', () => {
    for (const journey of [...JOURNEY_IDS, null]) {
      const position = { ...saved, journey, journeyIndex: 0, stepId: 'account.home' as const, email: null };
      expect(decodeShareCode(encodeShareCode(position)), String(journey)).toEqual({ ok: true, value: position });
    }
  });

  it('keeps reading a code once made, whatever steps, journeys or what-ifs are added later', () => {
    // Written by version 2 at account.home with no journey chosen.
    expect(decodeShareCode('2H70-00HW-00Y')).toEqual({
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
    expect(codeWith([2, 23, 0, 0, 0, 448])).toBe('2H70-00HW-00Y');
    fc.assert(
      fc.property(validSave, (progress) => {
        const code = encodeShareCode(progress);
        expect(codeWith(numbersOf(code))).toBe(code);
      }),
      { numRuns: 200 },
    );
  });

  it('explains any one character changed (a typo) as a failed check', () => {
    fc.assert(
      fc.property(validSave, fc.nat(), fc.nat(30), (progress, at, by) => {
        const chars = [...encodeShareCode(progress).replace(/-/g, '')];
        const i = at % chars.length;
        chars[i] = ALPHABET.charAt((ALPHABET.indexOf(chars[i] ?? '0') + 1 + by) % 32);
        expect(decodeShareCode(chars.join(''))).toEqual(refusedAs('checksum', 'shareCode'));
      }),
      { numRuns: 500 },
    );
  });

  it('explains two neighbouring characters swapped as a failed check', () => {
    fc.assert(
      fc.property(validSave, fc.nat(), (progress, at) => {
        const chars = [...encodeShareCode(progress).replace(/-/g, '')];
        const i = at % (chars.length - 1);
        fc.pre(chars[i] !== chars[i + 1]);
        [chars[i], chars[i + 1]] = [chars[i + 1] ?? '', chars[i] ?? ''];
        expect(decodeShareCode(chars.join(''))).toEqual(refusedAs('checksum', 'shareCode'));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    [' - - ', 'empty'],
    ['hello', 'malformed'],
    ['2H70', 'malformed'],
    ['2H70-00HW-00Y!', 'malformed'],
    ['2H70-00HU-00Y', 'malformed'],
    ['2H70_00HW_00Y', 'malformed'],
    ['2H70-00HW-00Z', 'checksum'],
    ['2H70-00HW-00Y-0', 'checksum'],
    ['X'.repeat(MAX_SHARE_CODE_INPUT + 1), 'tooLarge'],
    [`${' '.repeat(MAX_SHARE_CODE_INPUT)}2H70-00HW-00Y`, 'tooLarge'],
  ] as const)('explains the code %j as %s', (code, expected) => {
    expect(decodeShareCode(code)).toEqual(refusedAs(expected, 'shareCode'));
  });

  it(`reads a code with spaces around it up to ${MAX_SHARE_CODE_INPUT} characters`, () => {
    expect(decodeShareCode('2H70-00HW-00Y'.padEnd(MAX_SHARE_CODE_INPUT)).ok).toBe(true);
  });

  it.each(['1-Q-0-B-0-CM-J0', '1-N-B-0-0-CG-YT', '1 q 0 b 0 cm j0', ' 1-1K-0-B-0-5XT-Q7'])(
    'explains a code of the first version, %j, as made by another version',
    (code) => {
      expect(decodeShareCode(code)).toEqual({
        ok: false,
        error: { source: 'shareCode', code: 'unsupportedVersion', detail: 'v' },
      });
    },
  );

  // Codes whose check is right but which name something this version cannot place.
  it.each([
    ['version 3', withPart('version', 3), 'unsupportedVersion', 'v'],
    ['version 0', withPart('version', 0), 'unsupportedVersion', 'v'],
    ['step 999', withPart('step', 999), 'unknownStep', 'stepId'],
    ['the first step number not in use', withPart('step', STEP_IDS.length), 'unknownStep', 'stepId'],
    ['journey 999', withPart('journey', 999), 'invalidValue', 'journey'],
    // Journeys are numbered from 1 (0 is none): the number after the last one is free.
    ['the first journey number not in use', withPart('journey', JOURNEY_IDS.length + 1), 'invalidValue', 'journey'],
    ['a position past the end of the journey', withPart('position', 99), 'invalidValue', 'journeyIndex'],
    ['a what-if beyond the list', withPart('whatIfs', 2 ** WHAT_IF_IDS.length), 'invalidValue', 'whatIfs'],
    ['phone state 512', withPart('phone', 512), 'invalidValue', 'phone'],
    ['a notifications permission numbered 3', withPart('phone', 3 << 2), 'invalidValue', 'phone'],
  ] as const)('explains a well-checked code with %s', (_label, code, expectedCode, detail) => {
    expect(decodeShareCode(code)).toEqual({ ok: false, error: { source: 'shareCode', code: expectedCode, detail } });
  });

  it('explains a well-checked code with too few or too many numbers as unreadable', () => {
    const five = numbersOf(encodeShareCode(saved)).slice(0, 5);
    expect(decodeShareCode(codeWith(five))).toEqual(refusedAs('malformed', 'shareCode'));
    expect(decodeShareCode(codeWith([...five, 0, 0]))).toEqual(refusedAs('malformed', 'shareCode'));
    // A number cut short: its last character is one that says more follows.
    const body = `${numbersOf(encodeShareCode(saved)).map(hex).join('')}G`;
    expect(decodeShareCode(body + checkCharacters(body))).toEqual(refusedAs('malformed', 'shareCode'));
  });

  it('rejects every truncation of a valid code', () => {
    const code = encodeShareCode(saved);
    for (let cut = 0; cut < code.length; cut++) expect(decodeShareCode(code.slice(0, cut)).ok).toBe(false);
  });

  it('answers arbitrary text with a typed error about the code, never a throw', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = decodeShareCode(text);
        expect(result.ok).toBe(false);
        expect(!result.ok && result.error.source).toBe('shareCode');
        expect(ERROR_CODES).toContain(!result.ok && result.error.code);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads any well-checked code either as a position that encodes back to it, or as a typed error', () => {
    const outcomes = { read: 0, refused: 0 };
    const anyNumbers = fc.tuple(
      fc.oneof(fc.constant(2), fc.nat(40)),
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
      fc.property(anyNumbers, (numbers) => {
        const code = codeWith(numbers);
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
