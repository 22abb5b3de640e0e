import type { FaqSectionId } from './help/faq-sections.js';

/** The help centre (`?view=help`): its chrome. The entries themselves are the help texts' `faq`. */
export interface HelpCentreTexts {
  readonly heading: string;
  readonly intro: string;
  readonly searchLabel: string;
  readonly searchHint: string;
  /** `{count}` results. */
  readonly resultCount: string;
  readonly noResults: string;
  readonly resultsHeading: string;
  readonly sections: Readonly<Record<FaqSectionId, { readonly heading: string; readonly intro: string }>>;
  readonly rehearse: string;
  /** The accessible name of "Rehearse this": `{question}`. */
  readonly rehearseLabel: string;
  readonly guideMe: string;
  /** The accessible name of "Guide me": `{question}`. */
  readonly guideMeLabel: string;
  readonly copyLink: string;
  /** The accessible name of "Copy link": `{question}`. */
  readonly copyLinkLabel: string;
  readonly copied: string;
  /** The clipboard refused: the link is shown to copy by hand. */
  readonly copyFailed: string;
  readonly loadFailed: string;
  readonly retry: string;
  readonly backToTop: string;
  /** The rehearsal's guide panel: links to the entries about the current step. */
  readonly stepLinksHeading: string;
}
