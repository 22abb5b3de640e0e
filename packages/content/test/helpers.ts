import type { Content, Locale } from '../src/index.js';
import { LOCALES } from '../src/index.js';
import { defaultContent } from '../src/eager.js';

/** Every shipped locale with its texts: a new locale is tested as soon as it is in LOCALES. */
export const LOCALE_CONTENT: readonly (readonly [Locale, Content])[] = LOCALES.map((l) => [l, defaultContent(l)]);

/** Every shipped locale except English, the reference the others are compared with. */
export const TRANSLATIONS = LOCALE_CONTENT.filter(([locale]) => locale !== 'en');

/** Every text in `value`, by its path ("steps.signIn.email.helpdesk.ask.0"). */
export function textsByPath(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (node: unknown, at: string): void => {
    if (typeof node === 'string') {
      out.set(at, node);
    } else if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, `${at}.${i}`));
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) visit(child, at ? `${at}.${key}` : key);
    } else {
      out.set(at, `<not a text: ${String(node)}>`);
    }
  };
  visit(value, path);
  return out;
}
