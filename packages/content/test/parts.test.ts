import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { STEP_IDS } from '@eulogin-coach/machine/registry';
import type { FlowId } from '@eulogin-coach/machine';
import {
  CONTENT_PARTS,
  LOCALES,
  PART_KEYS,
  loadContent,
  loadContentPart,
  loadPageContent,
  loadStepTexts,
} from '../src/index.js';
import type { FlowStepTexts, StepText } from '../src/index.js';
import { objectKeys, textsByPath } from './helpers.js';

const SRC = new URL('../src/', import.meta.url);

describe('the parts of a locale', () => {
  it('together hold every key of the full texts, each key in one part only', async () => {
    const content = await loadContent('en');
    const keys = Object.values(PART_KEYS).flat();
    expect(new Set(keys).size).toBe(keys.length);
    // `helpdesk` is the steps' scripts: in the full texts they sit inside `steps`.
    expect(keys.filter((k) => k !== 'helpdesk').sort()).toEqual(Object.keys(content).sort());
    expect(Object.keys(PART_KEYS).sort()).toEqual([...CONTENT_PARTS].sort());
  });

  it.each(LOCALES)('%s: each part has exactly its keys, and loadContent is the parts put together', async (locale) => {
    const content = await loadContent(locale);
    for (const part of CONTENT_PARTS) {
      const texts = await loadContentPart(locale, part);
      expect(Object.keys(texts).sort()).toEqual([...PART_KEYS[part]].sort());
    }
    const steps = await loadStepTexts(locale);
    const { helpdesk } = await loadContentPart(locale, 'helpdesk');
    for (const id of STEP_IDS) {
      expect({ ...steps.steps[id], helpdesk: helpdesk[id] }).toEqual(content.steps[id]);
    }
    // The page's texts are a part of the full ones (the start page's ui groups, the what-ifs' labels).
    const page = await loadPageContent(locale);
    for (const [key, value] of Object.entries(page)) expect(content[key as keyof typeof content]).toMatchObject(value);
  });

  it('the steps part, all an own-interface portal loads, carries no helpdesk script and no interface text', async () => {
    const steps = await loadStepTexts('pt');
    for (const id of STEP_IDS) expect(Object.keys(steps.steps[id]).sort()).not.toContain('helpdesk');
    expect(Object.keys(steps)).not.toContain('ui');
    expect(Object.keys(steps)).not.toContain('console');
    // The steps part is well under half of all a locale's texts.
    const size = (v: unknown) => JSON.stringify(v).length;
    expect(size(steps)).toBeLessThan(size(await loadContent('pt')) / 2);
  });

  it('hands out the same frozen objects to every caller, and merges overrides over a copy', async () => {
    const a = await loadStepTexts('en');
    expect(await loadContentPart('en', 'steps')).toBe(a);
    expect(Object.isFrozen(a.steps['signIn.email'])).toBe(true);
    const custom = await loadStepTexts('en', { steps: { 'signIn.email': { title: 'Your work e-mail' } } });
    expect(custom.steps['signIn.email'].title).toBe('Your work e-mail');
    expect(a.steps['signIn.email'].title).not.toBe('Your work e-mail');
  });
});

describe('the layout of a language folder', () => {
  it.each(LOCALES)('%s: one step-text module and one helpdesk module per flow, named after it', (locale) => {
    const flows = [...new Set(STEP_IDS.map((id) => id.slice(0, id.indexOf('.'))))];
    const kebab = (flow: string) => flow.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const expected = [...flows.map((f) => `${kebab(f)}.${locale}.ts`), 'index.ts'].sort();
    expect(readdirSync(new URL(`${locale}/steps/`, SRC)).sort()).toEqual(expected);
    expect(readdirSync(new URL(`${locale}/helpdesk/`, SRC)).sort()).toEqual(expected);
  });

  it.each(LOCALES)(
    "%s: the start page's texts are in page-ui and what-if-labels only, not again in ui and what-ifs",
    (locale) => {
      const L = locale[0]!.toUpperCase() + locale.slice(1);
      const file = (name: string) => fileURLToPath(new URL(`${locale}/${name}.${locale}.ts`, SRC));
      const english = (name: string, object: string) =>
        objectKeys(fileURLToPath(new URL(`en/${name}.en.ts`, SRC)), object);
      // What English moved is what every language moves (scripts/split-page-ui.mjs <lang> does it).
      const checks = [
        { moved: english('page-ui', 'pageUiEn'), page: ['page-ui', `pageUi${L}`], rest: ['ui', `ui${L}`] },
        {
          moved: english('what-if-labels', 'whatIfLabelsEn'),
          page: ['what-if-labels', `whatIfLabels${L}`],
          rest: ['what-ifs', `whatIfs${L}`],
        },
      ] as const;
      for (const { moved, page, rest } of checks) {
        expect(objectKeys(file(page[0]), page[1])).toEqual(moved);
        const left = objectKeys(file(rest[0]), rest[1]);
        for (const [group, keys] of moved) {
          const here = left.get(group);
          if (!here) continue;
          const twice = keys === null ? ['(whole group)'] : keys.filter((k) => here?.includes(k));
          expect(twice, `${rest[0]}.${locale}.ts ${group}`).toEqual([]);
        }
      }
    },
  );

  it('every language folder in src/ is a shipped locale (a folder without its registry line is caught)', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory() && /^[a-z]{2}$/.test(e.name))
      .map((e) => e.name);
    expect(folders.sort()).toEqual([...LOCALES].sort());
  });

  it('a flow module must hold exactly the steps of its flow (checked by tsc -b)', () => {
    type AppSteps = FlowStepTexts<'app'>;
    expectTypeOf<Record<'app.install', StepText>>().not.toExtend<AppSteps>();
    expectTypeOf<keyof AppSteps>().toExtend<`app.${string}`>();
    expectTypeOf<'signIn'>().toExtend<FlowId>();
  });

  it('every English text in the parts is a string', async () => {
    for (const part of CONTENT_PARTS) {
      for (const [path, text] of textsByPath(await loadContentPart('en', part))) {
        expect(text, path).not.toMatch(/^<not a text/);
      }
    }
  });
});
