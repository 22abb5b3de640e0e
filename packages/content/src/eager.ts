// @eulogin-coach/content/eager: every shipped language's texts at once, for tests, Node scripts and servers.
// Importing it downloads every part of every language before the importing module runs (top-level await), so a
// browser page should use `loadContent` or `loadStepTexts` from the package root instead.
import type { Content, DeepPartial, Locale } from './content.types.js';
import { deepMerge } from './deep-merge.js';
import { loadContent } from './load-content.js';
import { LOCALES, isLocale, unknownLocale } from './locales.js';

const DEFAULTS: ReadonlyMap<Locale, Content> = new Map(
  await Promise.all(LOCALES.map(async (locale) => [locale, await loadContent(locale)] as const)),
);

function shipped(locale: Locale): Content {
  // Checked against the shipped list, not by lookup: "constructor" would find an object's own member.
  const content = isLocale(locale) ? DEFAULTS.get(locale) : undefined;
  if (!content) throw unknownLocale(locale);
  return content;
}

/** The shipped texts of a locale, frozen. Throws a RangeError for any other locale. */
export function defaultContent(locale: Locale): Content {
  return shipped(locale);
}

/**
 * The texts of `locale` with an embedder's `overrides` deep-merged over them: change one sentence, one helpdesk
 * script or one error message and keep every other default. Arrays (helpdesk `ask`, `say`, `ifThen`) are
 * replaced whole. The defaults are never changed. Throws a RangeError for a locale that is not shipped.
 */
export function resolveContent(locale: Locale, overrides?: DeepPartial<Content>): Content {
  return deepMerge(shipped(locale), overrides);
}
