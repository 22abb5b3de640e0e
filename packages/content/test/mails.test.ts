import { readdirSync } from 'node:fs';
import { EMAIL_LANGUAGES } from '@eulogin-coach/machine/registry';
import type { EmailLanguage } from '@eulogin-coach/machine';
import { describe, expect, it } from 'vitest';
import type { MailContent, MailTexts } from '../src/index.js';
import { LOCALES, MAIL_KINDS, MAIL_LANGUAGES, loadMails, placeholdersOf } from '../src/index.js';
import { defaultContent } from '../src/eager.js';

const en = defaultContent('en');
const pt = defaultContent('pt');

const FIELDS = ['subject', 'body', 'linkLabel'] as const satisfies readonly (keyof MailContent)[];

/** Every e-mail language but English, the reference the translations are compared with. */
const TRANSLATED = EMAIL_LANGUAGES.filter((language) => language !== 'en');

/**
 * Texts that may equal the English one in a language, as `language.kind.field`. Empty: whole mails that read the
 * same as English are untranslated copies.
 */
const SAME_AS_ENGLISH_ALLOWED: ReadonlySet<string> = new Set<string>([]);

/** How often each placeholder occurs: { link: 1, minutes: 1, firstName: 1 }. */
function placeholderCounts(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of placeholdersOf(text)) counts[name] = text.split(`{${name}}`).length - 1;
  return counts;
}

const paragraphs = (body: string): string[] => body.split('\n\n');

/** Every text of a language's mails, by `kind.field`. */
function textsOf(mails: MailTexts): [string, string][] {
  return MAIL_KINDS.flatMap((kind) =>
    FIELDS.map((field): [string, string] => [`${kind}.${field}`, mails[kind][field]]),
  );
}

describe('loadMails', () => {
  it('covers every e-mail language, in the same order', () => {
    expect(MAIL_LANGUAGES).toEqual(EMAIL_LANGUAGES);
  });

  it.each(EMAIL_LANGUAGES)(
    '%s loads every mail kind, each with a subject, a body and a link label',
    async (language) => {
      const mails = await loadMails(language);
      expect(Object.keys(mails).sort()).toEqual([...MAIL_KINDS].sort());
      for (const kind of MAIL_KINDS) {
        expect(Object.keys(mails[kind]).sort()).toEqual([...FIELDS].sort());
        for (const field of FIELDS) {
          const text = mails[kind][field];
          expect(typeof text, `${language}.${kind}.${field}`).toBe('string');
          expect(text.trim(), `${language}.${kind}.${field}`).not.toBe('');
          expect(text, `${language}.${kind}.${field} has stray spaces`).toBe(text.trim());
          expect(text, `${language}.${kind}.${field} has a double space`).not.toMatch(/ {2}/);
        }
      }
      expect(Object.isFrozen(mails) && Object.isFrozen(mails.confirmation)).toBe(true);
    },
  );

  it('returns the locale contents’ own mails for English and Portuguese', async () => {
    expect(await loadMails('en')).toBe(en.mails);
    expect(await loadMails('pt')).toBe(pt.mails);
    expect(await loadMails('en')).toBe(defaultContent('en').mails);
    expect(await loadMails('pt')).toBe(defaultContent('pt').mails);
  });

  it('returns the same object on every call', async () => {
    expect(await loadMails('de')).toBe(await loadMails('de'));
  });

  it.each(['xx', 'EN', '', '__proto__', 'constructor', 'toString'])('rejects %j', async (value) => {
    await expect(loadMails(value as EmailLanguage)).rejects.toThrow(RangeError);
  });
});

describe.each(TRANSLATED)('%s mails', (language) => {
  const load = () => loadMails(language);

  it('use the same placeholders as English, each as often', async () => {
    const mails = await load();
    const mismatches = textsOf(mails)
      .map(([path, text]) => ({
        path,
        en: placeholderCounts(textsOf(en.mails).find(([p]) => p === path)?.[1] ?? ''),
        translation: placeholderCounts(text),
      }))
      .filter((m) => JSON.stringify(sortKeys(m.en)) !== JSON.stringify(sortKeys(m.translation)));
    expect(mismatches).toEqual([]);
  });

  it('keep the paragraphs of English, with the link on a line of its own at the same place', async () => {
    const mails = await load();
    for (const kind of MAIL_KINDS) {
      const english = paragraphs(en.mails[kind].body);
      const translated = paragraphs(mails[kind].body);
      expect(translated.length, kind).toBe(english.length);
      expect(translated.indexOf('{link}'), kind).toBe(english.indexOf('{link}'));
      expect(translated.indexOf('{link}'), kind).toBeGreaterThan(0);
    }
  });

  it('translate every text: none is the English one', async () => {
    const mails = await load();
    const english = new Map(textsOf(en.mails));
    const copies = textsOf(mails)
      .filter(([path, text]) => text === english.get(path))
      .map(([path]) => `${language}.${path}`)
      .filter((key) => !SAME_AS_ENGLISH_ALLOWED.has(key));
    expect(copies).toEqual([]);
  });

  it('translate every paragraph of the bodies, the greeting and the practice-mail line included', async () => {
    const mails = await load();
    for (const kind of MAIL_KINDS) {
      const english = paragraphs(en.mails[kind].body);
      const copied = paragraphs(mails[kind].body).filter((p, i) => p !== '{link}' && p === english[i]);
      expect(copied, kind).toEqual([]);
    }
  });

  it('keep "EU Login" untranslated in every subject and body, the practice-mail line included', async () => {
    const mails = await load();
    for (const kind of MAIL_KINDS) {
      expect(mails[kind].subject, kind).toContain('EU Login');
      expect(paragraphs(mails[kind].body).at(-1), kind).toContain('EU Login');
    }
  });
});

describe('all mail languages together', () => {
  it('have no two languages with the same subject, body or link label', async () => {
    const all = await Promise.all(EMAIL_LANGUAGES.map(async (l) => [l, await loadMails(l)] as const));
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [language, mails] of all) {
      for (const [path, text] of textsOf(mails)) {
        const other = seen.get(`${path}\u0000${text}`);
        if (other) duplicates.push(`${other} = ${language}: ${path}`);
        else seen.set(`${path}\u0000${text}`, language);
      }
    }
    expect(duplicates).toEqual([]);
  });
});

function sortKeys(counts: Record<string, number>): [string, number][] {
  return Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
}

describe('where each language keeps its mails', () => {
  it('a shipped locale has its mails in its own folder only: no line among the other loaders, no file in mails/', async () => {
    const { OTHER_MAIL_LOADERS } = await import('../src/load-mails.js');
    const files = readdirSync(new URL('../src/mails/', import.meta.url)).map((f) => f.replace(/^mails\.|\.ts$/g, ''));
    for (const locale of LOCALES) {
      expect(Object.keys(OTHER_MAIL_LOADERS)).not.toContain(locale);
      expect(files).not.toContain(locale);
    }
    expect(files.sort()).toEqual(Object.keys(OTHER_MAIL_LOADERS).sort());
  });
});
