import type { Locale } from '@eulogin-coach/content';
import { DEFAULT_LOCALE, LOCALE_NAMES, LOCALES, isLocale } from '@eulogin-coach/content';

/** The languages the picker offers: every language the content package ships (its `registry.ts`). */
export { LOCALES };
const KEY = 'eulogin-coach.locale';

/**
 * A language as the page's language picker lists it, whatever the page's language: its own name, as its folder in
 * the content package gives it ("Français", "Deutsch").
 */
export function localeName(locale: Locale): string {
  return LOCALE_NAMES[locale];
}

/**
 * The remembered language, else the browser's if we have it, else English. Only the exact values count (a stored
 * `toString` or `__proto__` is just unknown), and storage or a browser that throws when asked leaves English.
 */
export function initialLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage may be blocked; fall through.
  }
  try {
    const browser: unknown = globalThis.navigator?.language;
    const short = typeof browser === 'string' ? browser.slice(0, 2) : null;
    return isLocale(short) ? short : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(KEY, locale);
  } catch {
    // Not remembered; the choice still applies to this visit.
  }
}
