import type { StepId, WhatIfId } from '@eulogin-coach/react';

/**
 * A search result, as the content package's help search gives it (`createHelpSearch(...).search(query)`). Declared
 * here until that search is merged; then this file becomes `export type { HelpHit } from '@eulogin-coach/content'`.
 */
export type FaqId = string;

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

/** Searches the help texts; the console shows the hits in the order given. */
export type HelpSearchFn = (query: string) => readonly HelpHit[];

/** An FAQ entry's question and answer, for an FAQ hit. */
export interface FaqText {
  readonly question: string;
  readonly answer: string;
}

export type FaqLookup = (faq: FaqId) => FaqText | undefined;
