import type { Content, DeepPartial, Locale } from './content.types.js';
import { deepFreeze, deepMerge } from './deep-merge.js';
import { isLocale, unknownLocale } from './locales.js';
import { en } from './en/index.js';
import { pt } from './pt/index.js';
import { de } from './de/index.js';

const DEFAULTS: Readonly<Record<Locale, Content>> = { en: deepFreeze(en), pt: deepFreeze(pt), de: deepFreeze(de) };

function shipped(locale: Locale): Content {
  // Checked against the shipped list, not by lookup: "constructor" would find an object's own member.
  if (!isLocale(locale)) throw unknownLocale(locale);
  return DEFAULTS[locale];
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
