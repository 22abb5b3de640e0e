// The start page's facts about each journey, worked out from the machine's registry at build time
// (journey-summaries.plugin.ts).
declare module 'virtual:journey-summaries' {
  import type { JourneyId, WhatIfId } from '@eulogin-coach/react';

  /** What the start page shows about a journey: its number of steps, its minutes, the what-ifs it offers. */
  export interface JourneySummary {
    readonly steps: number;
    readonly minutes: number;
    readonly whatIfs: readonly WhatIfId[];
  }

  export const JOURNEY_SUMMARIES: Readonly<Record<JourneyId, JourneySummary>>;
}
