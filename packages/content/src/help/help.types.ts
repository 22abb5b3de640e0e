import type { StepId, WhatIfId } from '@eulogin-coach/machine';
import type { Content, Locale } from '../content.types.js';
import type { FaqId } from './faq-links.js';

export type { FaqId } from './faq-links.js';

/**
 * What a caller sees on the REAL EU Login at one step, in EU Login's own wording, so that a helpdesk agent can
 * find the step from the words the caller reads out. On a phone step it is the EU Login app's screen (or the
 * phone's own prompt); on a mail step, the mail.
 */
export interface CallerSees {
  /** The page heading, the app screen's title or the mail's subject. */
  readonly heading: string;
  /** The visible buttons, links, field labels, messages and errors. */
  readonly texts: readonly string[];
  /** The address in the browser's address bar (or where the screen is: the app, the mailbox). */
  readonly address?: string;
  /**
   * No public source shows the heading or some of the texts: they say in substance what the screen shows. The
   * Portuguese and French entries are all assumed: faithful translations, as EU Login's own translated labels are not
   * documented (only a few French ones appear in the Europass FAQ).
   */
  readonly assumed?: boolean;
}

/** The words of one help entry in one locale: the question, a short answer and how people describe the problem. */
export interface FaqTexts {
  /** The question or problem, as a heading. */
  readonly question: string;
  /** A short answer in the project's own words, fit to show the public. */
  readonly answer: string;
  /** Everyday phrases and keywords people use for this problem, for the search. */
  readonly symptoms: readonly string[];
}

/** One entry of the FAQ and symptom index: its texts and the steps and what-ifs it concerns. */
export interface FaqEntry extends FaqTexts {
  readonly stepIds: readonly StepId[];
  readonly whatIfs: readonly WhatIfId[];
}

/** The help texts of one locale: what the caller sees at each step, and the FAQ and symptom index. */
export interface HelpContent {
  readonly callerSees: Readonly<Record<StepId, CallerSees>>;
  readonly faq: Readonly<Record<FaqId, FaqEntry>>;
}

/** One locale's texts for the search. */
export interface HelpSearchSource {
  readonly locale: Locale;
  readonly content: Content;
  readonly help: HelpContent;
}

/** One search result. `matched` is the text that matched, to show the agent ("matched: …"). */
export type HelpHit =
  | { readonly kind: 'step'; readonly stepId: StepId; readonly score: number; readonly matched: string }
  | {
      readonly kind: 'whatIf';
      readonly whatIf: WhatIfId;
      readonly stepId: StepId;
      readonly score: number;
      readonly matched: string;
    }
  | {
      readonly kind: 'faq';
      readonly faq: FaqId;
      readonly stepIds: readonly StepId[];
      readonly whatIfs: readonly WhatIfId[];
      readonly score: number;
      readonly matched: string;
    };

export interface HelpSearch {
  /** The best hits for `query`, best first (at most `limit`, 10 by default). Never throws. */
  search(query: string, limit?: number): readonly HelpHit[];
}
