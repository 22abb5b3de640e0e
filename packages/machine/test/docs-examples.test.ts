import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeShareCode } from '../src/persist/index.js';
import { isJourneyId, isStepId } from '../src/registry/index.js';

/**
 * The example share codes in the docs must be real: each decodes, to the StepId (and journey, when one is named) that
 * the text next to it gives. Write an example as `CODE` followed, in the same sentence, by the step in backticks,
 * e.g. "`2HA1-B0HW-6FR` (… `device.qrShown` of `fullSetup` …)".
 */
const DOCS = ['docs/helpdesk.md', 'docs/architecture.md'] as const;

/** A share code in backticks: groups of four characters (the last may be shorter), the first one the version 2. */
const SHARE_CODE = /`(2[0-9A-Z]{3}(?:-[0-9A-Z]{4})*-[0-9A-Z]{1,4})`/g;
/** How far after a code the text naming its step may be. */
const WINDOW = 200;

function read(path: string): string {
  return readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
}

function examples(text: string) {
  return Array.from(text.matchAll(SHARE_CODE), (match) => {
    const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + WINDOW);
    const named = Array.from(after.matchAll(/`([A-Za-z.]+)`/g), (m) => m[1]);
    return {
      code: match[1] ?? '',
      stepId: named.find(isStepId),
      journey: named.find(isJourneyId),
    };
  });
}

describe.each(DOCS)('the example share codes in %s', (path) => {
  const found = examples(read(path));

  it('has at least one', () => {
    expect(found.length).toBeGreaterThan(0);
  });

  it.each(found)('$code decodes to the step the text names', ({ code, stepId, journey }) => {
    expect(stepId, `name the step of ${code} in backticks right after it`).toBeDefined();
    const decoded = decodeShareCode(code);
    expect(decoded).toMatchObject({ ok: true, value: { stepId } });
    if (journey && decoded.ok) expect(decoded.value.journey).toBe(journey);
  });
});

/**
 * Anything shaped like a share code, quoted or not, in every document and in the code's own comments: a version 2
 * code (not a date such as 2026-11-27, whose groups are not four characters), or a code of the first version
 * (seven base-36 parts, the first "1"), which no longer decodes and so must not be left as an example.
 */
const ANY_CODE = /\b(?:2[0-9A-Z]{3}(?:-[0-9A-Z]{4})*-[0-9A-Z]{1,4}(?![-\w])|\d+(?:-[0-9A-Z]{1,12}){6}\b)/g;
const EVERYWHERE = [
  'README.md',
  'docs/architecture.md',
  'docs/embedding.md',
  'docs/helpdesk.md',
  'packages/machine/README.md',
  'packages/machine/src/persist/share-code.ts',
] as const;

describe('every share code quoted anywhere in the docs', () => {
  it.each(EVERYWHERE)('decodes, in %s', (path) => {
    const codes = Array.from(read(path).matchAll(ANY_CODE), (m) => m[0]);
    const broken = codes.filter((code) => !decodeShareCode(code).ok);
    expect(broken).toEqual([]);
  });

  it('finds the examples it checks', () => {
    const all = EVERYWHERE.flatMap((path) => Array.from(read(path).matchAll(ANY_CODE), (m) => m[0]));
    expect(all.length).toBeGreaterThanOrEqual(3);
  });
});
