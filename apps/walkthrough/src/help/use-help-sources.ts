import { useCallback, useEffect, useMemo, useState } from 'react';
import { LOCALES, createHelpSearch, loadHelpContent } from '@eulogin-coach/content';
import type { HelpContent, HelpSearch, HelpSearchSource, Locale } from '@eulogin-coach/content';
import type { TextSource } from '../i18n/content-context.js';
import { useTextSource } from '../i18n/content-context.js';
import { useRetryOrReload } from '../i18n/use-retry-or-reload.js';

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

async function loadSources(source: TextSource): Promise<HelpSearchSource[]> {
  const loadHelp = source.help ?? loadHelpContent;
  return Promise.all(
    LOCALES.map(async (locale) => {
      const [content, help] = await Promise.all([source.full(locale), loadHelp(locale)]);
      return { locale, content, help };
    }),
  );
}

/**
 * Downloads the help texts of every shipped language (once per mount) and builds the search over all of them: a
 * person may read out or type the words of a Portuguese screen on an English page. A failed download can be tried
 * again, in place and, when that fails too, by loading the page afresh (as the page's own texts are); the search
 * is built once per download (it takes a moment), the page's texts follow its language.
 */
export function useHelpSources(locale: Locale): HelpSources {
  const [sources, setSources] = useState<HelpSearchSource[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const source = useTextSource();
  const again = useRetryOrReload(source.reload);
  useEffect(() => {
    let current = true;
    loadSources(source).then(
      (loaded) => {
        if (!current) return;
        again.arrived();
        setSources(loaded);
        setFailed(false);
      },
      () => {
        if (current && !again.failed()) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [attempt, source, again]);
  const retry = useCallback(() => {
    again.asked();
    setFailed(false);
    setAttempt((a) => a + 1);
  }, [again]);
  const search = useMemo(() => (sources ? createHelpSearch(sources) : null), [sources]);
  const help = sources?.find((s) => s.locale === locale)?.help ?? sources?.[0]?.help;
  // The same object while nothing changes, so what is built from it (the console's lookups) is kept too.
  return useMemo((): HelpSources => {
    if (search && help) return { state: 'ready', help, search };
    return failed ? { state: 'failed', retry } : { state: 'loading' };
  }, [search, help, failed, retry]);
}
