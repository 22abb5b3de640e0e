import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Content, Locale, PageContent } from '@eulogin-coach/content';
import { loadContent, loadPageContent } from '@eulogin-coach/content';
import { initialLocale, rememberLocale } from './locale.js';

export interface ContentApi<C extends PageContent = Content> {
  readonly locale: Locale;
  readonly content: C;
  readonly setLocale: (locale: Locale) => void;
}

const PageContentContext = createContext<ContentApi<PageContent> | null>(null);

/**
 * Every text of each language loaded so far. The start page needs only `PageContent`; the coach's screens need the
 * steps' texts too, which load with the coach (`FullContentGate`) and then are read without waiting.
 */
const fullTexts = new Map<Locale, Content>();

function loadFullContent(locale: Locale): Promise<Content> {
  return loadContent(locale).then((content) => {
    fullTexts.set(locale, content);
    return content;
  });
}

/** Start fetching a language's page texts now (called before React renders, so it overlaps with start-up). */
export function preloadContent(locale: Locale): void {
  loadPageContent(locale).catch(() => undefined);
}

/** Start fetching every text of a language, for the coach (called with the coach's code). */
export function preloadFullContent(locale: Locale): void {
  // A failed preload is not reported: FullContentGate's own load explains it.
  loadFullContent(locale).catch(() => undefined);
}

/**
 * Provides the page texts of the chosen language, loading only that language. Nothing renders until the first
 * language has loaded (a few milliseconds); after that, a switch keeps the page — and the rehearsal in it — as it is
 * until the new language is there (every text of it, once the coach's are in use), then swaps the texts.
 */
export function ContentProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [wanted, setWanted] = useState<Locale>(() => fixed ?? initialLocale());
  const [shown, setShown] = useState<{ readonly locale: Locale; readonly content: PageContent } | null>(null);
  useEffect(() => {
    // A slower request for a language no longer wanted must not win over the one wanted now.
    let stillWanted = true;
    const full = fullTexts.size > 0 ? loadFullContent(wanted) : null;
    Promise.all([loadPageContent(wanted), full]).then(
      ([content]) => {
        if (stillWanted) setShown({ locale: wanted, content });
      },
      // The new language could not be downloaded: the page keeps the one it shows.
      () => undefined,
    );
    return () => {
      stillWanted = false;
    };
  }, [wanted]);
  const locale = shown?.locale;
  useEffect(() => {
    if (locale) document.documentElement.lang = locale;
  }, [locale]);
  const api = useMemo<ContentApi<PageContent> | null>(
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
  return <PageContentContext.Provider value={api}>{children}</PageContentContext.Provider>;
}

/**
 * Renders `fallback` until every text of the page's language has loaded, then `children`. A failed download is
 * thrown to the nearest error boundary, which explains it.
 */
export function FullContentGate({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const { locale } = usePageContent();
  const ready = fullTexts.has(locale);
  const [, setLoads] = useState(0);
  const [failure, setFailure] = useState<{ readonly error: unknown } | null>(null);
  useEffect(() => {
    if (!ready) {
      void loadFullContent(locale).then(
        () => setLoads((n) => n + 1),
        (error: unknown) => setFailure({ error }),
      );
    }
  }, [locale, ready]);
  if (failure) throw failure.error;
  return ready ? children : fallback;
}

/** The texts every page shows (headers, the journey list, saved-progress messages), in the page's language. */
export function usePageContent(): ContentApi<PageContent> {
  const api = useContext(PageContentContext);
  if (!api) throw new Error('usePageContent: no ContentProvider above this component.');
  return api;
}

/** Every text of the page's language, steps included: for components inside a `FullContentGate`. */
export function useContent(): ContentApi {
  const page = usePageContent();
  const content = fullTexts.get(page.locale);
  if (!content) throw new Error(`useContent: the "${page.locale}" steps' texts are not loaded; use FullContentGate.`);
  return { locale: page.locale, content, setLocale: page.setLocale };
}
