import type { Content, DeepPartial, Locale, PageContent } from './content.types.js';
import { deepFreeze, deepMerge } from './deep-merge.js';
import { isLocale, unknownLocale } from './locales.js';

const loaders: Readonly<Record<Locale, () => Promise<Content>>> = {
  en: () => import('./en/index.js').then((m) => m.en),
  pt: () => import('./pt/index.js').then((m) => m.pt),
};

const pageLoaders: Readonly<Record<Locale, () => Promise<PageContent>>> = {
  en: () => import('./en/page.en.js').then((m) => m.enPage),
  pt: () => import('./pt/page.pt.js').then((m) => m.ptPage),
};

const loaded = new Map<Locale, Promise<Content>>();
const pagesLoaded = new Map<Locale, Promise<PageContent>>();

function once<T extends object>(
  cache: Map<Locale, Promise<T>>,
  locale: Locale,
  loadersByLocale: Readonly<Record<Locale, () => Promise<T>>>,
): Promise<T> {
  // Checked against the shipped list, not by lookup: "constructor" or "__proto__" would find an object's own members.
  if (!isLocale(locale)) return Promise.reject(unknownLocale(locale));
  let texts = cache.get(locale);
  if (!texts) {
    texts = loadersByLocale[locale]().then((c) => deepFreeze(c));
    cache.set(locale, texts);
    // A failed download is not kept: the next call tries again (the connection may be back).
    texts.catch(() => cache.delete(locale));
  }
  return texts;
}

/**
 * The texts of one locale, loaded on demand, with an embedder's overrides merged over them. Bundlers put each
 * locale in its own chunks, so a page loads only the language it shows (about half of `resolveContent`'s weight).
 * Rejects with a RangeError for a locale that is not shipped.
 */
export function loadContent(locale: Locale, overrides?: DeepPartial<Content>): Promise<Content> {
  return once(loaded, locale, loaders).then((c) => deepMerge(c, overrides));
}

/**
 * The texts a page needs before any step is shown (`PageContent`): about a sixth of a locale's weight, for a start
 * page that should appear before the coach and its steps' texts have loaded. `loadContent` later reuses its chunk.
 */
export function loadPageContent(locale: Locale, overrides?: DeepPartial<PageContent>): Promise<PageContent> {
  return once(pagesLoaded, locale, pageLoaders).then((c) => deepMerge(c, overrides));
}
