import type { Locale } from '@eulogin-coach/content';
import { useHelpSources } from '../../help/use-help-sources.js';
import type { HelpSources } from '../../help/use-help-sources.js';

export type HelpCentreState = HelpSources;

/** The help centre's texts in the page's language and the search over every shipped language. */
export function useHelpCentre(locale: Locale): HelpCentreState {
  return useHelpSources(locale);
}
