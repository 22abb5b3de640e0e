import { createContext, useContext, useEffect, useMemo, useState } from 'react';
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
 * Provides the texts of the chosen language, loading only that language. Nothing renders until the first language
 * has loaded (a few milliseconds); after that, a switch keeps the page — and the rehearsal in it — as it is until
 * the new language is there, then swaps the texts.
 */
export function ContentProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [wanted, setWanted] = useState<Locale>(() => fixed ?? initialLocale());
  const [shown, setShown] = useState<{ readonly locale: Locale; readonly content: Content } | null>(null);
  useEffect(() => {
    // A slower request for a language no longer wanted must not win over the one wanted now.
    let stillWanted = true;
    void load(wanted).then((content) => {
      if (stillWanted) setShown({ locale: wanted, content });
    });
    return () => {
      stillWanted = false;
    };
  }, [wanted]);
  const locale = shown?.locale;
  useEffect(() => {
    if (locale) document.documentElement.lang = locale;
  }, [locale]);
  const api = useMemo<ContentApi | null>(
    () =>
      shown && {
        locale: shown.locale,
        content: shown.content,
        setLocale: (next) => {
          rememberLocale(next);
          setWanted(next);
        },
      },
    [shown],
  );
  if (!api) return null;
  return <ContentContext.Provider value={api}>{children}</ContentContext.Provider>;
}

export function useContent(): ContentApi {
  const api = useContext(ContentContext);
  if (!api) throw new Error('useContent: no ContentProvider above this component.');
  return api;
}
