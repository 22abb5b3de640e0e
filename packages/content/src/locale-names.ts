import type { Locale } from './content.types.js';
import { LOCALE_MODULES } from './locale-modules.js';

/**
 * Each shipped language's own name, as a language picker lists it whatever the page's language ("Français",
 * "Deutsch"): one short line in each language folder's `index.ts`, so a picker does not need the names of all 24 EU
 * languages (`LANGUAGE_NAMES`, which the steps use for the e-mail language choice).
 */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = Object.freeze(
  Object.fromEntries(Object.entries(LOCALE_MODULES).map(([locale, module]) => [locale, module.name])) as Record<
    Locale,
    string
  >,
);
