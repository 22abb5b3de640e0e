import type { Content, DeepPartial, Locale } from './content.types.js';
import { deepFreeze, deepMerge } from './deep-merge.js';

const loaders: Readonly<Record<Locale, () => Promise<Content>>> = {
  en: () => import('./en/index.js').then((m) => m.en),
  pt: () => import('./pt/index.js').then((m) => m.pt),
};

const loaded = new Map<Locale, Promise<Content>>();

/**
 * The texts of one locale, loaded on demand, with an embedder's overrides merged over them. Bundlers put each
 * locale in its own chunk, so a page loads only the language it shows (about half of `resolveContent`'s weight).
 */
export function loadContent(locale: Locale, overrides?: DeepPartial<Content>): Promise<Content> {
  let defaults = loaded.get(locale);
  if (!defaults) {
    defaults = loaders[locale]().then((c) => deepFreeze(c));
    loaded.set(locale, defaults);
  }
  return defaults.then((c) => deepMerge(c, overrides));
}
