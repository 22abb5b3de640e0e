import { useCallback, useEffect, useMemo, useState } from 'react';
import { LOCALES, createHelpSearch, loadContent, loadHelpContent } from '@eulogin-coach/content';
import type { CallerSees, HelpSearchSource, Locale } from '@eulogin-coach/content';
import type { StepId } from '@eulogin-coach/react';
import type { FaqLookup, HelpSearchFn } from './help-hit.js';

/** What the caller sees at a step on the real EU Login, in the console's language. */
export type CallerSeesLookup = (stepId: StepId) => CallerSees | undefined;

export type HelpSearchState =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly retry: () => void }
  | {
      readonly state: 'ready';
      readonly search: HelpSearchFn;
      readonly faqs: FaqLookup;
      readonly callerSees: CallerSeesLookup;
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
 * The help search over every shipped language at once (a caller may read out a Portuguese screen to an agent whose
 * console is in English), and the FAQ and "what the caller sees" texts in the console's language. The help texts
 * are downloaded when the console opens; a failed download can be tried again.
 */
export function useHelpSearch(locale: Locale): HelpSearchState {
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
  // Building the index takes a moment: once per download and language, not per render.
  const ready = useMemo(() => (sources ? readyState(sources, locale) : null), [sources, locale]);
  if (ready) return ready;
  return failed ? { state: 'failed', retry } : { state: 'loading' };
}

function readyState(sources: readonly HelpSearchSource[], locale: Locale): HelpSearchState {
  const search = createHelpSearch(sources);
  const help = (sources.find((s) => s.locale === locale) ?? sources[0])?.help;
  return {
    state: 'ready',
    search: (query) => search.search(query),
    faqs: (id) => {
      const entry = help?.faq[id];
      return entry ? { question: entry.question, answer: entry.answer } : undefined;
    },
    callerSees: (stepId) => help?.callerSees[stepId],
  };
}
