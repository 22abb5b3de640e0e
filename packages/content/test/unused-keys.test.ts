import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStepId } from '@eulogin-coach/machine/registry';
import { defaultContent } from '../src/eager.js';

// A key in English that no code reads is a text nobody sees, that every translator still translates. Each
// interface and console key must be read somewhere in the code that shows texts: its name must appear in the
// source of the app or of a package, outside the language folders. (A key read only through a computed name, such
// as `surfaceNames[surface]`, has its name among the values the code computes it from, so it is found too.)
// Keys missing from a locale, or extra in one, fail the typecheck and coverage.test.ts.

const ROOT = new URL('../../../', import.meta.url).pathname;
const LANGUAGE_FOLDER = /\/packages\/content\/src\/[a-z]{2}\//;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(entry.name) && !LANGUAGE_FOLDER.test(path) ? [path] : [];
  });
}

const CODE = [
  ...sources(join(ROOT, 'apps/walkthrough/src')),
  ...readdirSync(join(ROOT, 'packages')).flatMap((p) => sources(join(ROOT, 'packages', p, 'src'))),
]
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const NAMES = new Set(CODE.match(/[A-Za-z_$][\w$]*/g));

/** The path of every leaf key in `value` ("pc.signIn.heading"); an array is one leaf. */
function leafPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [path];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, [...path, key]));
}

describe('unused English keys', () => {
  const en = defaultContent('en');
  it.each([
    ['ui', en.ui],
    ['console', en.console],
    ['guideMode', en.guideMode],
    ['helpCentre', en.helpCentre],
    ['survey', en.survey],
  ] as const)('every %s key is read by some code', (_part, texts) => {
    const unused = leafPaths(texts)
      // A StepId key (guide mode's `realSteps`) is read by the step shown, not by name.
      .filter((path) => !path.some((key) => isStepId(key)) && !NAMES.has(path[path.length - 1] ?? ''))
      .map((path) => path.join('.'));
    expect(unused).toEqual([]);
  });
});
