import type { Locale } from '@eulogin-coach/content';

export const LOCALES: readonly Locale[] = ['en', 'pt'];
const KEY = 'eulogin-coach.locale';

function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'pt';
}

/** The remembered language, else the browser's if we have it, else English. */
export function initialLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage may be blocked; fall through.
  }
  const browser = globalThis.navigator?.language?.slice(0, 2);
  return isLocale(browser) ? browser : 'en';
}

export function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(KEY, locale);
  } catch {
    // Not remembered; the choice still applies to this visit.
  }
}
