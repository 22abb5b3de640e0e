import type { Content, DeepPartial, Locale } from './content.types.js';
import { deepFreeze, deepMerge } from './deep-merge.js';
import { en } from './en/index.js';
import { pt } from './pt/index.js';

const DEFAULTS: Readonly<Record<Locale, Content>> = { en: deepFreeze(en), pt: deepFreeze(pt) };

/** The shipped texts of a locale, frozen. */
export function defaultContent(locale: Locale): Content {
  return DEFAULTS[locale];
}

/**
 * The texts of `locale` with an embedder's `overrides` deep-merged over them: change one sentence, one helpdesk
 * script or one error message and keep every other default. Arrays (helpdesk `ask`, `say`, `ifThen`) are
 * replaced whole. The defaults are never changed.
 */
export function resolveContent(locale: Locale, overrides?: DeepPartial<Content>): Content {
  return deepMerge(DEFAULTS[locale], overrides);
}
