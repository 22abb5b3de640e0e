import type { FaqId, HelpHit } from '@eulogin-coach/content';

export type { FaqId, HelpHit } from '@eulogin-coach/content';

/** Searches the help texts; the console shows the hits in the order given. */
export type HelpSearchFn = (query: string) => readonly HelpHit[];

/** An FAQ entry's question and answer, for an FAQ hit. */
export interface FaqText {
  readonly question: string;
  readonly answer: string;
}

export type FaqLookup = (faq: FaqId) => FaqText | undefined;
