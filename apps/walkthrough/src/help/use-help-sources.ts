import { useCallback, useEffect, useMemo, useState } from 'react';
import { LOCALES, createHelpSearch, loadContent, loadHelpContent } from '@eulogin-coach/content';
import type { HelpContent, HelpSearch, HelpSearchSource, Locale } from '@eulogin-coach/content';

/** The help texts of every shipped language, as the help centre and the helpdesk console both need them. */
export type HelpSources =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly retry: () => void }
  | {
      readonly state: 'ready';
      /** The help texts in the page's language. */
      readonly help: HelpContent;
      /** One search over every shipped language. */
      readonly search: HelpSearch;
    };

async function loadSources(): Promise<HelpSearchSource[]> {
  return Promise.all(
    LOCALES.map(async (locale) => {
      const [content, help] = await Promise.all([loadContent(locale), loadHelpContent(locale)]);
      return { locale, content, help };
    }),
  );
}

/**
 * Downloads the help texts of every shipped language (once per mount) and builds the search over all of them: a
 * person may read out or type the words of a Portuguese screen on an English page. A failed download can be tried
 * again; the search is built once per download (it takes a moment), the page's texts follow its language.
 */
export function useHelpSources(locale: Locale): HelpSources {
  const [sources, setSources] = useState<HelpSearchSource[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    loadSources().then(
      (loaded) => {
        if (!current) return;
        setSources(loaded);
        setFailed(false);
      },
      () => {
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((a) => a + 1);
  }, []);
  const search = useMemo(() => (sources ? createHelpSearch(sources) : null), [sources]);
  const help = sources?.find((s) => s.locale === locale)?.help ?? sources?.[0]?.help;
  // The same object while nothing changes, so what is built from it (the console's lookups) is kept too.
  return useMemo((): HelpSources => {
    if (search && help) return { state: 'ready', help, search };
    return failed ? { state: 'failed', retry } : { state: 'loading' };
  }, [search, help, failed, retry]);
}
