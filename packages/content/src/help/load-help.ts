import type { Locale } from '../content.types.js';
import { deepFreeze } from '../deep-merge.js';
import { isLocale, unknownLocale } from '../locales.js';
import type { HelpContent } from './help.types.js';

const loaders: Readonly<Record<Locale, () => Promise<HelpContent>>> = {
  en: () => import('../en/help.en.js').then((m) => m.helpEn),
  pt: () => import('../pt/help.pt.js').then((m) => m.helpPt),
  de: () => import('../de/help.de.js').then((m) => m.helpDe),
};

const loaded = new Map<Locale, Promise<HelpContent>>();

/**
 * The help texts of one locale (what the caller sees at each step, the FAQ and symptom index), loaded on demand in
 * a chunk of their own, so a page that does not search never downloads them. Rejects with a RangeError for a
 * locale that is not shipped, like `loadContent`.
 */
export function loadHelpContent(locale: Locale): Promise<HelpContent> {
  // Checked against the shipped list, not by lookup: "constructor" or "__proto__" would find an object's own members.
  if (!isLocale(locale)) return Promise.reject(unknownLocale(locale));
  let help = loaded.get(locale);
  if (!help) {
    help = loaders[locale]().then((h) => deepFreeze(h));
    loaded.set(locale, help);
    // A failed download is not kept: the next call tries again.
    help.catch(() => loaded.delete(locale));
  }
  return help;
}
