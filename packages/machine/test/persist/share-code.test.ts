import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PHONE,
  JOURNEY_IDS,
  STEP_IDS,
  WHAT_IF_IDS,
  decodeShareCode,
  encodeShareCode,
} from '../../src/index.js';
import type { DecodeResult } from '../../src/index.js';
import { ERROR_CODES, refusedAs, saved, validSave } from './save-samples.js';

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

  it('reads a code written down with spaces instead of dashes, as it is read out over the phone', () => {
    const code = encodeShareCode(saved);
    expect(decodeShareCode(code.replace(/-/g, ' ').toLowerCase())).toEqual({
      ok: true,
      value: { ...saved, email: null },
    });
    expect(decodeShareCode(code.replace(/-/g, '  -\t'))).toEqual({ ok: true, value: { ...saved, email: null } });
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
