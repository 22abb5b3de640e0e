// The pseudo-locale the e2e check of hard-coded and clipped texts runs in (e2e/specs/pseudo-locale.e2e.mjs): its
// texts, and the build mode that alone puts them in the app.
import { describe, expect, it } from 'vitest';
import type { ConfigEnv, Plugin } from 'vite';
import { pseudoLocale } from '../pseudo-locale.plugin.js';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoText, pseudoTexts } from '../pseudo/pseudo-texts.js';

describe('pseudoText', () => {
  it('accents every letter, marks the text and makes it about 40 % longer', () => {
    const text = pseudoText('Type your password');
    expect(text.startsWith(`${PSEUDO_OPEN}Ţýþë ýöûŕ þáššŵöŕð`)).toBe(true);
    expect(text.endsWith(PSEUDO_CLOSE)).toBe(true);
    expect(text.length - 2).toBe('Type your password'.length + Math.ceil(0.4 * 'Type your password'.length));
    expect(text).not.toMatch(/[A-Za-z]/);
  });

  it('leaves placeholders, web and e-mail addresses inside a text as they are', () => {
    const text = pseudoText('Step {n} of {total}: open https://webgate.ec.europa.eu/cas or write to help@ec.eu');
    expect(text).toContain('{n}');
    expect(text).toContain('{total}');
    expect(text).toContain('https://webgate.ec.europa.eu/cas');
    expect(text).toContain('help@ec.eu');
    expect(text).toContain('Šţëþ');
  });

  it('leaves values that are not texts, and texts already in the pseudo-locale, as they are', () => {
    for (const value of ['', '4:59', 'https://webgate.ec.europa.eu', 'a@b.eu', pseudoText('Next')]) {
      expect(pseudoText(value)).toBe(value);
    }
  });

  it('turns every text of nested objects and arrays, and nothing else', () => {
    const load = () => Promise.resolve();
    const texts = pseudoTexts({ a: { b: ['Yes', 'No'] }, n: 3, load });
    expect(texts).toEqual({ a: { b: [pseudoText('Yes'), pseudoText('No')] }, n: 3, load });
  });
});

describe('pseudoLocale plugin', () => {
  const plugin: Plugin = pseudoLocale();
  const applies = (env: ConfigEnv) => (typeof plugin.apply === 'function' ? plugin.apply({}, env) : false);
  const transform = (code: string, id: string) => {
    const hook = plugin.transform;
    const handler = typeof hook === 'function' ? hook : hook?.handler;
    return handler?.call({} as never, code, id) as { code: string } | null;
  };

  it('is part of the pseudo build only, never of the app that is shipped or served', () => {
    expect(applies({ command: 'build', mode: 'pseudo' })).toBe(true);
    expect(applies({ command: 'build', mode: 'production' })).toBe(false);
    expect(applies({ command: 'serve', mode: 'development' })).toBe(false);
  });

  it('passes every export of an English text module through pseudoTexts, and no other module', () => {
    const code = "const hint = 'Six digits';\nexport const pinEn = { label: 'PIN', hint };\nexport const n = 4;\n";
    const out = transform(code, '/repo/packages/content/src/en/labels.en.ts');
    expect(out?.code).toContain("__pseudoTexts({ label: 'PIN', hint })");
    expect(out?.code).toContain('export const n = __pseudoTexts(4)');
    expect(out?.code).toMatch(/^import \{ pseudoTexts as __pseudoTexts \} from ".*pseudo-texts\.ts";/);
    expect(transform(code, '/repo/packages/content/src/fr/labels.fr.ts')).toBeNull();
    expect(transform(code, '/repo/apps/walkthrough/src/app.tsx')).toBeNull();
  });
});
