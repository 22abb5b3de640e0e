import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STEP_IDS, WHAT_IFS, isStepId, isWhatIfId } from '@eulogin-coach/machine/registry';
import { FAQ_IDS, FAQ_LINKS, FAQ_SECTIONS, LOCALES, isFaqId, loadHelpContent } from '../src/index.js';
import type { HelpContent, Locale } from '../src/index.js';
import { textsByPath } from './helpers.js';
import { shingles } from './seed-shingles.js';

const HELP: readonly (readonly [Locale, HelpContent])[] = await Promise.all(
  LOCALES.map(async (locale) => [locale, await loadHelpContent(locale)] as const),
);

describe.each(HELP)('the %s help texts', (_locale, help) => {
  it('say what the caller sees at every step, with a heading and the texts on screen', () => {
    expect(Object.keys(help.callerSees).sort()).toEqual([...STEP_IDS].sort());
    for (const stepId of STEP_IDS) {
      const sees = help.callerSees[stepId];
      expect(sees.heading.trim(), stepId).not.toBe('');
      expect(sees.texts.length, stepId).toBeGreaterThan(0);
      for (const text of sees.texts) expect(text.trim(), stepId).not.toBe('');
    }
  });

  it('answer every FAQ entry, with several everyday phrases for the search', () => {
    expect(Object.keys(help.faq).sort()).toEqual([...FAQ_IDS].sort());
    for (const id of FAQ_IDS) {
      const entry = help.faq[id];
      expect(entry.question.trim(), id).not.toBe('');
      expect(entry.answer.length, id).toBeGreaterThan(60);
      expect(entry.symptoms.length, id).toBeGreaterThanOrEqual(4);
      expect(entry.stepIds, id).toEqual(FAQ_LINKS[id].stepIds);
      expect(entry.whatIfs, id).toEqual(FAQ_LINKS[id].whatIfs);
    }
  });

  it('are frozen, so a console cannot change them for every other user of the page', () => {
    expect(Object.isFrozen(help.callerSees['signIn.email'].texts)).toBe(true);
    expect(Object.isFrozen(help.faq['lost-phone'])).toBe(true);
  });
});

describe('the FAQ index', () => {
  it('has stable ids fit for anchors', () => {
    for (const id of FAQ_IDS) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(FAQ_IDS).size).toBe(FAQ_IDS.length);
    expect(isFaqId('lost-phone')).toBe(true);
    expect(isFaqId('constructor')).toBe(false);
  });

  it('names only steps and what-ifs that exist, at least one step each but for the Europass questions', () => {
    for (const id of FAQ_IDS) {
      const { stepIds, whatIfs } = FAQ_LINKS[id];
      if (FAQ_SECTIONS.europass.includes(id)) expect(stepIds, id).toEqual([]);
      else expect(stepIds.length, id).toBeGreaterThan(0);
      for (const stepId of stepIds) expect(isStepId(stepId), `${id}: ${stepId}`).toBe(true);
      for (const whatIf of whatIfs) expect(isWhatIfId(whatIf), `${id}: ${whatIf}`).toBe(true);
    }
  });

  it('lists, for each what-if it names, a step where that what-if happens or leads to', () => {
    for (const id of FAQ_IDS) {
      const { stepIds, whatIfs } = FAQ_LINKS[id];
      for (const whatIf of whatIfs) {
        const { at } = WHAT_IFS[whatIf];
        const touched = new Set<string>([...Object.keys(at), ...Object.values(at)]);
        expect(
          stepIds.some((s) => touched.has(s)),
          `${id}: ${whatIf}`,
        ).toBe(true);
      }
    }
  });
});

describe.each(['pt', 'de'] as const)('the %s caller-sees texts', (locale) => {
  it('are marked assumed wherever they differ from the English, as EU Login’s translated labels are not documented', () => {
    const en = HELP.find(([l]) => l === 'en')?.[1];
    const translated = HELP.find(([l]) => l === locale)?.[1];
    if (!en || !translated) throw new Error(`en and ${locale} are shipped`);
    for (const stepId of STEP_IDS) {
      const same =
        translated.callerSees[stepId].heading === en.callerSees[stepId].heading &&
        translated.callerSees[stepId].texts.join('\n') === en.callerSees[stepId].texts.join('\n');
      if (!same) expect(translated.callerSees[stepId].assumed, stepId).toBe(true);
    }
  });
});

describe('the help texts are our own words', () => {
  // Hashes of every run of 8 words of the Europass FAQ's two-factor part (see make-seed-shingles.ts).
  const seed = JSON.parse(readFileSync(new URL('./fixtures/seed-faq-shingles.json', import.meta.url), 'utf8')) as {
    hashes: string[];
  };
  const seedRuns = new Set(seed.hashes);

  it('the guard knows the FAQ: one of its sentences is caught', () => {
    expect(seedRuns.size).toBeGreaterThan(500);
    const copied = 'No, it is not possible to use EU Login Mobile App without securing your device with a pin.';
    expect(shingles(copied).some((h) => seedRuns.has(h))).toBe(true);
    const ours = 'The app works only on a phone protected by a PIN, a pattern or a fingerprint.';
    expect(shingles(ours).some((h) => seedRuns.has(h))).toBe(false);
  });

  it.each(HELP)('no %s help text shares a run of 8 words with the Europass FAQ', (_locale, help) => {
    const copies = [...textsByPath(help)].filter(([, text]) => shingles(text).some((h) => seedRuns.has(h)));
    expect(copies).toEqual([]);
  });

  // The same guard over the FAQ's Portuguese Europass part, for the Europass entries.
  const europass = JSON.parse(
    readFileSync(new URL('./fixtures/seed-europass-shingles.json', import.meta.url), 'utf8'),
  ) as { hashes: string[] };
  const europassRuns = new Set(europass.hashes);

  it('the Europass guard knows that part of the FAQ', () => {
    expect(europassRuns.size).toBeGreaterThan(300);
    const copied = 'O Europass Mobilidade pode ajudar-te a divulgar as competências que adquiriste em experiências';
    expect(shingles(copied).some((h) => europassRuns.has(h))).toBe(true);
  });

  it.each(HELP)('no %s help text shares a run of 8 words with the FAQ’s Europass part', (_locale, help) => {
    const copies = [...textsByPath(help)].filter(([, text]) => shingles(text).some((h) => europassRuns.has(h)));
    expect(copies).toEqual([]);
  });
});

describe('loadHelpContent', () => {
  it('loads each locale once and gives the same texts to every caller', async () => {
    expect(await loadHelpContent('pt')).toBe(await loadHelpContent('pt'));
  });

  it.each(['xx', 'constructor', '__proto__', 'toString'])('refuses a locale that is not shipped: %s', async (name) => {
    await expect(loadHelpContent(name as Locale)).rejects.toThrow(RangeError);
    await expect(loadHelpContent(name as Locale)).rejects.toThrow(`No texts for locale "${name}"`);
  });
});
