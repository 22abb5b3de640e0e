import type { Locale } from './content.types.js';
import * as REGISTRY from './registry.js';

export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The locales shipped with the package (the lines of `registry.ts`): the default first, then by code. The order is
 * set here, not taken from the registry: a module namespace lists its names alphabetically, while a bundler may keep
 * the lines' order, and the page rendered at build time must list the languages as the browser does.
 */
export const LOCALES: readonly Locale[] = Object.freeze(
  (Object.keys(REGISTRY) as Locale[]).sort(
    (a, b) => Number(b === DEFAULT_LOCALE) - Number(a === DEFAULT_LOCALE) || (a < b ? -1 : a > b ? 1 : 0),
  ),
);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The error for a value that is not a shipped locale (it may come from storage, a URL or an embedder's settings). */
export function unknownLocale(value: unknown): RangeError {
  return new RangeError(`No texts for locale "${String(value)}": the shipped locales are ${LOCALES.join(', ')}.`);
}

/**
 * The first shipped locale matching a list of language tags in order of preference (such as
 * `navigator.languages`): "pt-PT" and "pt" give "pt". Falls back to `fallback`.
 */
export function pickLocale(preferred: readonly string[], fallback: Locale = DEFAULT_LOCALE): Locale {
  for (const tag of preferred) {
    const language = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(language)) return language;
  }
  return fallback;
}
