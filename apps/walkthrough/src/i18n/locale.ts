import type { Locale } from '@eulogin-coach/content';

export const LOCALES: readonly Locale[] = ['en', 'pt', 'de'];
const KEY = 'eulogin-coach.locale';

function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'pt' || value === 'de';
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
    return isLocale(short) ? short : 'en';
  } catch {
    return 'en';
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(KEY, locale);
  } catch {
    // Not remembered; the choice still applies to this visit.
  }
}
