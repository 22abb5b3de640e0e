import { describe, expect, it } from 'vitest';
import { STEP_IDS, WHAT_IFS } from '@eulogin-coach/machine/registry';
import { FAQ_IDS, FAQ_LINKS, LOCALES, MAX_QUERY_LENGTH, createHelpSearch, loadHelpContent } from '../src/index.js';
import { defaultContent } from '../src/eager.js';
import type { HelpHit, HelpSearchSource } from '../src/index.js';
import { SEARCH_PHRASES } from './help-search-phrases.js';
import type { ExpectedHit } from './help-search-phrases.js';

const SOURCES: readonly HelpSearchSource[] = await Promise.all(
  LOCALES.map(async (locale) => ({ locale, content: defaultContent(locale), help: await loadHelpContent(locale) })),
);
const help = createHelpSearch(SOURCES);

function idOf(hit: HelpHit): string {
  return hit.kind === 'step' ? `step:${hit.stepId}` : hit.kind === 'faq' ? `faq:${hit.faq}` : `whatIf:${hit.whatIf}`;
}

function idOfExpected(expected: ExpectedHit): string {
  return 'step' in expected
    ? `step:${expected.step}`
    : 'faq' in expected
      ? `faq:${expected.faq}`
      : `whatIf:${expected.whatIf}`;
}

describe('the search table', () => {
  it('has at least 60 phrases in English, Portuguese, German and French, few of them ambiguous', () => {
    expect(SEARCH_PHRASES.length).toBeGreaterThanOrEqual(60);
    const portuguese = SEARCH_PHRASES.filter((p) =>
      /[ãõçáéíóúâê]|\b(nao|meu|minha|telemovel|codigo|palavra|conta|mudei|recebi|esqueci|tenho|reinstalei|dispositivos?|gerir|escolha|obter|inicializar|nova|leia|adicionar|mensagem)\b/i.test(
        p.query,
      ),
    );
    expect(portuguese.length).toBeGreaterThanOrEqual(20);
    const german = SEARCH_PHRASES.filter((p) =>
      /[äöüß]|\b(meine|ihr|handy|konto|passwort|neues|keine|ich|falsche|neu|wird|initialisieren|bestaetigungsmail)\b/i.test(
        p.query,
      ),
    );
    expect(german.length).toBeGreaterThanOrEqual(15);
    const french = SEARCH_PHRASES.filter((p) =>
      /[àâçéèêëîïôûù]|\b(je|j|mes|mon|votre|vos|gerer|ajouter|choisissez|mot|passe|touchez|connexion|compte|lien|portable|courriel|nouveau)\b/i.test(
        p.query,
      ),
    );
    expect(french.length).toBeGreaterThanOrEqual(20);
    expect(SEARCH_PHRASES.filter((p) => p.ambiguous).length).toBeLessThanOrEqual(SEARCH_PHRASES.length / 6);
  });

  it.each(SEARCH_PHRASES)('"$query" finds what it means', ({ query, expect: expected, ambiguous }) => {
    const found = help.search(query, 5).map(idOf);
    const want = idOfExpected(expected);
    if (ambiguous) expect(found.slice(0, 3)).toContain(want);
    else expect(found[0]).toBe(want);
  });
});

describe('every entry can be found by its own words', () => {
  it.each(SOURCES)(
    '$locale: each caller-sees heading finds its step in the top 3 (a few screens share one)',
    (source) => {
      for (const stepId of STEP_IDS) {
        const found = help.search(source.help.callerSees[stepId].heading, 3).map(idOf);
        expect(found, `${stepId}: ${source.help.callerSees[stepId].heading}`).toContain(`step:${stepId}`);
      }
    },
  );

  it.each(SOURCES)('$locale: each FAQ question finds its entry first', (source) => {
    for (const id of FAQ_IDS) expect(help.search(source.help.faq[id].question).map(idOf)[0], id).toBe(`faq:${id}`);
  });
});

describe('createHelpSearch', () => {
  it('ignores case, accents and punctuation', () => {
    const plain = help.search('gerir os meus dispositivos moveis').map(idOf);
    expect(help.search('GERIR OS MEUS DISPOSITIVOS MÓVEIS!').map(idOf)).toEqual(plain);
    expect(help.search('código QR inválido').map(idOf)).toEqual(help.search('codigo qr invalido').map(idOf));
  });

  it('searches every locale it is given at once, and only those', () => {
    // A caller may read a Portuguese screen to an agent whose console is in English.
    const english = createHelpSearch(SOURCES.filter((s) => s.locale === 'en'));
    expect(english.search('Gerir os meus dispositivos móveis').map(idOf)[0]).not.toBe('step:device.list');
    expect(help.search('Gerir os meus dispositivos móveis').map(idOf)[0]).toBe('step:device.list');
    expect(createHelpSearch([]).search('Manage my mobile devices')).toEqual([]);
  });

  it('says what matched, from the texts it was given', () => {
    const [hit] = help.search('Manage my mobil devises');
    expect(hit?.matched).toBe(SOURCES[0]?.help.callerSees['device.list'].heading);
  });

  it('leads a what-if hit to the step the what-if leads to', () => {
    const hit = help.search('The mail lands in my spam folder').find((h) => h.kind === 'whatIf');
    expect(hit).toMatchObject({ kind: 'whatIf', whatIf: 'mailInSpam' });
    expect(hit?.stepId).toBe(Object.values(WHAT_IFS.mailInSpam.at)[0]);
  });

  it('gives a FAQ hit the steps and what-ifs of its entry', () => {
    const hit = help.search('lost my phone')[0];
    expect(hit).toEqual(expect.objectContaining({ kind: 'faq', faq: 'lost-phone', ...FAQ_LINKS['lost-phone'] }));
  });

  it('ranks best first, with scores between 0 and 1, and each target once', () => {
    for (const { query } of SEARCH_PHRASES) {
      const hits = help.search(query);
      const scores = hits.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const s of scores) expect(s > 0 && s <= 1).toBe(true);
      expect(new Set(hits.map(idOf)).size).toBe(hits.length);
    }
  });

  it('finds nothing for a query of stop words only, rather than noise', () => {
    expect(help.search('the')).toEqual([]);
    expect(help.search('o que é')).toEqual([]);
    expect(help.search('xyzzy plugh')).toEqual([]);
  });

  it('returns at most `limit` hits, 10 by default', () => {
    expect(help.search('PIN')).toHaveLength(10);
    expect(help.search('PIN', 3)).toHaveLength(3);
    expect(help.search('PIN', 0)).toEqual([]);
    expect(help.search('PIN', -4)).toEqual([]);
    expect(help.search('PIN', Number.NaN)).toHaveLength(10);
    expect(help.search('PIN', 1e9).length).toBeLessThanOrEqual(100);
  });

  it('reads only the first MAX_QUERY_LENGTH characters of a query', () => {
    const padded = `${'x '.repeat(MAX_QUERY_LENGTH)}Manage my mobile devices`;
    expect(help.search(padded)).toEqual([]);
    expect(help.search(`Manage my mobile devices ${'x'.repeat(5000)}`).map(idOf)[0]).toBe('step:device.list');
  });

  it.each([
    '',
    '   ',
    '!!!???',
    '💥💥💥',
    '\u0000\u001f\ud800',
    '__proto__',
    'constructor toString',
    'a'.repeat(100_000),
    'é'.repeat(300),
    '{passwordAttempts}',
  ])('never throws, whatever the query: %j', (query) => {
    expect(() => help.search(query)).not.toThrow();
    expect(Array.isArray(help.search(query))).toBe(true);
  });

  it('refuses a query that is not a string, from a caller without types', () => {
    const untyped = ((query: unknown) => help.search(query as string)) satisfies (query: unknown) => readonly HelpHit[];
    for (const value of [undefined, null, 42, {}, ['PIN']]) expect(untyped(value)).toEqual([]);
  });
});
