import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Content, Locale } from '@eulogin-coach/content';
import { loadContent } from '@eulogin-coach/content';
import { initialLocale, rememberLocale } from './locale.js';

export interface ContentApi {
  readonly locale: Locale;
  readonly content: Content;
  readonly setLocale: (locale: Locale) => void;
}

const ContentContext = createContext<ContentApi | null>(null);

const load = (locale: Locale) => loadContent(locale);

/** Start fetching a language's texts now (called before React renders, so it overlaps with start-up). */
export function preloadContent(locale: Locale): void {
  void loadContent(locale);
}

/**
 * Provides the texts of the chosen language, loading only that language; renders nothing until they have
 * loaded (a few milliseconds).
 */
export function ContentProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => fixed ?? initialLocale());
  const [loaded, setLoaded] = useState<Partial<Record<Locale, Content>>>({});
  const ensureLocale = useCallback((wanted: Locale) => {
    void load(wanted).then((c) => setLoaded((prev) => (prev[wanted] ? prev : { ...prev, [wanted]: c })));
  }, []);
  useEffect(() => ensureLocale(locale), [ensureLocale, locale]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const current = loaded[locale];
  const api = useMemo<ContentApi | null>(
    () =>
      current
        ? {
            locale,
            content: current,
            setLocale: (next) => {
              rememberLocale(next);
              setLocaleState(next);
            },
          }
        : null,
    [locale, current],
  );
  if (!api) return null;
  return <ContentContext.Provider value={api}>{children}</ContentContext.Provider>;
}

export function useContent(): ContentApi {
  const api = useContext(ContentContext);
  if (!api) throw new Error('useContent: no ContentProvider above this component.');
  return api;
}
