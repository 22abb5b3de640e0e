import { useCallback, useEffect, useMemo, useState } from 'react';
import { LOCALES, createHelpSearch, loadContent, loadHelpContent } from '@eulogin-coach/content';
import type { HelpContent, HelpSearch, HelpSearchSource, Locale } from '@eulogin-coach/content';

export type HelpCentreState =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly retry: () => void }
  | { readonly state: 'ready'; readonly help: HelpContent; readonly search: HelpSearch };

async function loadSources(): Promise<HelpSearchSource[]> {
  return Promise.all(
    LOCALES.map(async (locale) => {
      const [content, help] = await Promise.all([loadContent(locale), loadHelpContent(locale)]);
      return { locale, content, help };
    }),
  );
}

/**
 * The help texts in the page's language and the search over every shipped language (the same matching as the
 * helpdesk console: a person may type a Portuguese screen's words on an English page). A failed download can be
 * tried again.
 */
export function useHelpCentre(locale: Locale): HelpCentreState {
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
  if (search && help) return { state: 'ready', help, search };
  return failed ? { state: 'failed', retry } : { state: 'loading' };
}
