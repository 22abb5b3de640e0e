import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Content, Locale } from '@eulogin-coach/content';
import { initialLocale, rememberLocale } from './locale.js';

type Resolve = (locale: Locale) => Content;

export interface ContentApi {
  readonly locale: Locale;
  readonly content: Content;
  readonly setLocale: (locale: Locale) => void;
  /** The texts of another locale (a mail written in the account's language). */
  readonly contentFor: Resolve;
}

const ContentContext = createContext<ContentApi | null>(null);

/** Provides the texts of the chosen language; renders nothing until they have loaded (a few milliseconds). */
export function ContentProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => fixed ?? initialLocale());
  const [resolve, setResolve] = useState<{ fn: Resolve } | null>(null);
  useEffect(() => {
    let live = true;
    void import('./load-content.js').then(({ resolveContent }) => live && setResolve({ fn: resolveContent }));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const api = useMemo<ContentApi | null>(
    () =>
      resolve && {
        locale,
        content: resolve.fn(locale),
        contentFor: resolve.fn,
        setLocale: (next) => {
          rememberLocale(next);
          setLocaleState(next);
        },
      },
    [locale, resolve],
  );
  if (!api) return null;
  return <ContentContext.Provider value={api}>{children}</ContentContext.Provider>;
}

export function useContent(): ContentApi {
  const api = useContext(ContentContext);
  if (!api) throw new Error('useContent: no ContentProvider above this component.');
  return api;
}
