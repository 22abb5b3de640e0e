import { describe, expect, expectTypeOf, it } from 'vitest';
import { LOCALES, PAGE_PARTS, loadContent, loadPageContent, loadWhatIfLabels } from '../src/index.js';
import { defaultContent, resolveContent } from '../src/eager.js';
import type { Content, Locale, PageContent, PageUi, UiContent } from '../src/index.js';
import { textsByPath } from './helpers.js';

describe('loadContent', () => {
  it('loads one locale on demand, equal to the bundled defaults', async () => {
    expect(await loadContent('pt')).toEqual(defaultContent('pt'));
    expect(await loadContent('en')).toEqual(defaultContent('en'));
  });

  it('merges overrides without changing the loaded defaults', async () => {
    const custom = await loadContent('en', { steps: { 'signIn.email': { title: 'Your work e-mail' } } });
    expect(custom.steps['signIn.email'].title).toBe('Your work e-mail');
    expect(custom.steps['signIn.email'].body).toBe(defaultContent('en').steps['signIn.email'].body);
    expect((await loadContent('en')).steps['signIn.email'].title).toBe(
      defaultContent('en').steps['signIn.email'].title,
    );
  });
});

describe('a locale that is not shipped', () => {
  // Locales come from storage, URLs or an embedder's settings: a wrong one must say what is wrong.

  it.each(['xx', 'constructor', '__proto__', 'toString'] as const)(
    'is refused with a RangeError naming it, by every loader: %s',
    async (name) => {
      const locale = name as Locale;
      await expect(loadContent(locale)).rejects.toThrow(RangeError);
      await expect(loadPageContent(locale)).rejects.toThrow(`No texts for locale "${name}"`);
      expect(() => resolveContent(locale)).toThrow(RangeError);
      expect(() => defaultContent(locale)).toThrow(`the shipped locales are ${LOCALES.join(', ')}`);
    },
  );
});

describe('loadPageContent', () => {
  it.each(LOCALES)('loads the %s texts a page shows before any step, the same as loadContent', async (locale) => {
    const content = await loadContent(locale);
    const page = await loadPageContent(locale);
    expect(Object.keys(page).sort()).toEqual([...PAGE_PARTS].sort());
    for (const part of PAGE_PARTS) expect(content[part]).toMatchObject(page[part]);
  });

  it('holds only what the start page shows: no step, no pretend screen, no what-if explanation', async () => {
    const page = await loadPageContent('en');
    expect(Object.keys(page.ui).sort()).toEqual([
      'app',
      'common',
      'guide',
      'helpdesk',
      'modeChoice',
      'picker',
      'start',
    ]);
    expect(Object.keys(page.ui.guide).sort()).toEqual(['resumeButton', 'resumeHint', 'resumeLabel', 'startFresh']);
    expect('whatIfs' in page).toBe(false);
  });

  it('is typed from the English start-page texts, and the full texts can stand in for it', () => {
    // PageUi is the shape of src/en/page-ui.en.ts: a key added there is required in every language's page texts,
    // and the full interface texts (which spread the page's in) still hold it.
    expectTypeOf<UiContent>().toExtend<PageUi>();
    expectTypeOf<Content>().toExtend<PageContent>();
    expectTypeOf<PageUi>().not.toExtend<UiContent>();
  });

  it.each(LOCALES)(
    "%s: the what-ifs' labels load on their own, each only its label, as the full texts have them",
    async (locale) => {
      const [labels, content] = await Promise.all([loadWhatIfLabels(locale), loadContent(locale)]);
      expect(Object.keys(labels).sort()).toEqual(Object.keys(content.whatIfs).sort());
      for (const [id, text] of Object.entries(labels)) {
        expect(Object.keys(text)).toEqual(['label']);
        expect(text.label).toBe(content.whatIfs[id as keyof typeof content.whatIfs].label);
      }
      expect(Object.isFrozen(labels)).toBe(true);
    },
  );

  it.each(LOCALES)('%s: holds the same texts as the English page, no more and no fewer', async (locale) => {
    const english = [...textsByPath(await loadPageContent('en')).keys()].sort();
    expect([...textsByPath(await loadPageContent(locale)).keys()].sort()).toEqual(english);
  });

  it('merges overrides and keeps the loaded texts frozen', async () => {
    const custom = await loadPageContent('en', { ui: { picker: { heading: 'Practise first' } } });
    expect(custom.ui.picker.heading).toBe('Practise first');
    const page = await loadPageContent('en');
    expect(page.ui.picker.heading).toBe(defaultContent('en').ui.picker.heading);
    expect(Object.isFrozen(page.ui.picker)).toBe(true);
  });
});
