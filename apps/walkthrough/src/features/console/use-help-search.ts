import { useMemo } from 'react';
import type { CallerSees, Locale } from '@eulogin-coach/content';
import type { StepId } from '@eulogin-coach/react';
import { useHelpSources } from '../../help/use-help-sources.js';
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

/**
 * The console's search (every shipped language at once: a caller may read out a Portuguese screen to an agent whose
 * console is in English), and the FAQ and "what the caller sees" texts in the console's language.
 */
export function useHelpSearch(locale: Locale): HelpSearchState {
  const sources = useHelpSources(locale);
  return useMemo((): HelpSearchState => {
    if (sources.state !== 'ready') return sources;
    const { search, help } = sources;
    return {
      state: 'ready',
      search: (query) => search.search(query),
      faqs: (id) => {
        const entry = help.faq[id];
        return entry ? { question: entry.question, answer: entry.answer } : undefined;
      },
      callerSees: (stepId) => help.callerSees[stepId],
    };
  }, [sources]);
}
