import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Content, HelpContent, Locale, PageContent } from '@eulogin-coach/content';
import { loadContent, loadPageContent } from '@eulogin-coach/content';
import { BootFailure } from './boot-failure.js';
import { initialLocale, rememberLocale } from './locale.js';
import { useRetryOrReload } from './use-retry-or-reload.js';

export interface ContentApi<C extends PageContent = Content> {
  readonly locale: Locale;
  readonly content: C;
  readonly setLocale: (locale: Locale) => void;
  /**
   * A language whose texts could not be downloaded (the page kept its own), and how many attempts have failed in a
   * row, so each failure can be announced again.
   */
  readonly languageFailure: LanguageFailure | null;
}

export interface LanguageFailure {
  readonly locale: Locale;
  readonly attempt: number;
}

/** Where texts come from: the content package's loaders, or a test's. */
export interface TextSource {
  readonly page: (locale: Locale) => Promise<PageContent>;
  readonly full: (locale: Locale) => Promise<Content>;
  /** The help centre's texts (FAQ answers); the content package's download when absent. */
  readonly help?: (locale: Locale) => Promise<HelpContent>;
  /**
   * The way on when trying again in place has failed too. Some browsers (Chromium 150) remember a failed module
   * download for the page's lifetime, so only loading the page afresh fetches it again; saved progress survives.
   */
  readonly reload?: () => void;
}

const DOWNLOADED: TextSource = {
  page: (l) => loadPageContent(l),
  full: (l) => loadContent(l),
  reload: () => globalThis.location.reload(),
};

/**
 * Every text of each language loaded so far. The start page needs only `PageContent`; the coach's screens need the
 * steps' texts too, which load with the coach (`FullContentGate`) and then are read without waiting.
 */
class CoachTexts {
  private readonly loaded = new Map<Locale, Content>();
  private used = false;

  constructor(readonly source: TextSource) {}

  /** Whether the coach's screens are (or are about to be) shown: a language switch then loads every text first. */
  get inUse(): boolean {
    return this.used;
  }

  /** The coach's screens are about to be shown. */
  markInUse(): void {
    this.used = true;
  }

  get(locale: Locale): Content | undefined {
    return this.loaded.get(locale);
  }

  load(locale: Locale): Promise<Content> {
    return this.source.full(locale).then((content) => {
      this.loaded.set(locale, content);
      return content;
    });
  }
}

const PageContentContext = createContext<ContentApi<PageContent> | null>(null);
const CoachTextsContext = createContext<CoachTexts | null>(null);

/** A language's page texts, already loaded (by the page's entry, before the first render). */
export interface LoadedPageTexts {
  readonly locale: Locale;
  readonly content: PageContent;
}

/**
 * The page texts of `locale`, once loaded; `null` if they could not be (the provider then tries again, and explains
 * a failure). The entry awaits this before the first render, so that render is the page rather than an empty one
 * followed by the page a frame later; the texts download alongside the app (see locale-preload.plugin.ts).
 */
export function loadPageTexts(locale: Locale): Promise<LoadedPageTexts | null> {
  return loadPageContent(locale).then(
    (content) => ({ locale, content }),
    () => null,
  );
}

/**
 * Provides the page texts of the chosen language, loading only that language. Nothing renders until the first
 * language has loaded (a few milliseconds); if it cannot be downloaded, the page says so and offers to try again.
 * After that, a switch keeps the page — and the rehearsal in it — as it is until the new language is there (every
 * text of it, once the coach's are in use), then swaps the texts; a language that fails to arrive is reported.
 */
export function ContentProvider({
  children,
  locale: fixed,
  source = DOWNLOADED,
  loaded,
}: {
  children: ReactNode;
  locale?: Locale;
  source?: TextSource;
  /** The page texts, already loaded (`loadPageTexts`): shown from the first render if they are the wanted language. */
  loaded?: LoadedPageTexts | null;
}) {
  const [coachTexts] = useState(() => new CoachTexts(source));
  const [wanted, setWanted] = useState(() => ({ locale: fixed ?? initialLocale(), chosen: false }));
  const [shown, setShown] = useState<LoadedPageTexts | null>(() =>
    loaded && loaded.locale === wanted.locale ? loaded : null,
  );
  const [failure, setFailure] = useState<LanguageFailure | null>(null);
  const [retrying, setRetrying] = useState(false);
  const retry = useRetryOrReload(source.reload);
  useEffect(() => {
    // A slower request for a language no longer wanted must not win over the one wanted now.
    let stillWanted = true;
    const { locale, chosen } = wanted;
    // Already shown from the first render, and nothing asked since: there is nothing to load.
    if (shown?.locale === locale && shown === loaded && !chosen) return;
    Promise.all([source.page(locale), coachTexts.inUse ? coachTexts.load(locale) : null]).then(
      ([content]) => {
        if (!stillWanted) return;
        retry.arrived();
        setShown({ locale, content });
        setFailure(null);
        setRetrying(false);
        if (chosen) rememberLocale(locale);
      },
      // The language could not be downloaded: the page keeps the one it shows, and says so.
      () => {
        if (!stillWanted) return;
        if (retry.failed()) return;
        setFailure((before) => ({ locale, attempt: (before?.attempt ?? 0) + 1 }));
        setRetrying(false);
      },
    );
    return () => {
      stillWanted = false;
    };
    // Only a new wish loads: `shown` changes as a result of this effect, and is read here only for the first render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, source, coachTexts, retry]);
  const locale = shown?.locale;
  const title = shown?.content.ui.app.title;
  useEffect(() => {
    if (locale) document.documentElement.lang = locale;
  }, [locale]);
  // The window's title in the page's language too (index.html's own is for the moment before any text loads).
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
  const api = useMemo<ContentApi<PageContent> | null>(
    () =>
      shown && {
        locale: shown.locale,
        content: shown.content,
        setLocale: (next) => setWanted({ locale: next, chosen: true }),
        languageFailure: failure,
      },
    [shown, failure],
  );
  if (!api) {
    if (!failure) return null;
    const tryAgain = () => {
      retry.asked();
      setRetrying(true);
      setWanted((w) => ({ ...w }));
    };
    return <BootFailure failure={failure} retrying={retrying} onRetry={tryAgain} />;
  }
  return (
    <CoachTextsContext.Provider value={coachTexts}>
      <PageContentContext.Provider value={api}>{children}</PageContentContext.Provider>
    </CoachTextsContext.Provider>
  );
}

function useCoachTexts(): CoachTexts {
  const texts = useContext(CoachTextsContext);
  if (!texts) throw new Error('The coach texts need a ContentProvider above this component.');
  return texts;
}

/** Where the texts come from (the help texts load from it too), and how a failed download is tried again. */
export function useTextSource(): TextSource {
  return useCoachTexts().source;
}

/** Start fetching every text of the page's language, for the coach (call it when the coach's code is fetched). */
export function usePreloadCoachTexts(): () => void {
  const texts = useCoachTexts();
  const { locale } = usePageContent();
  // A failed preload is not reported: FullContentGate's own load explains it.
  return useCallback(() => void texts.load(locale).catch(() => undefined), [texts, locale]);
}

/**
 * Renders `fallback` until every text of the page's language has loaded, then `children`. A failed download is
 * thrown to the nearest error boundary, which explains it.
 */
export function FullContentGate({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const texts = useCoachTexts();
  const { locale } = usePageContent();
  const ready = texts.get(locale) !== undefined;
  const [, setLoads] = useState(0);
  const [failure, setFailure] = useState<{ readonly error: unknown } | null>(null);
  useEffect(() => {
    texts.markInUse();
  }, [texts]);
  useEffect(() => {
    if (ready) return;
    // Only the language still shown counts: a late answer for another one is ignored.
    let current = true;
    texts.load(locale).then(
      () => current && setLoads((n) => n + 1),
      (error: unknown) => current && setFailure({ error }),
    );
    return () => {
      current = false;
    };
  }, [texts, locale, ready]);
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
  const content = useCoachTexts().get(page.locale);
  if (!content) throw new Error(`useContent: the "${page.locale}" steps' texts are not loaded; use FullContentGate.`);
  return { locale: page.locale, content, setLocale: page.setLocale, languageFailure: page.languageFailure };
}
