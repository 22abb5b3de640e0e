// The start page's facts about each journey, worked out from the machine's registry at build time
// (journey-summaries.plugin.ts).
declare module 'virtual:journey-summaries' {
  import type { JourneyId } from '@eulogin-coach/react';

  /** What the start page shows about a journey: its number of steps, its minutes, how many what-ifs it offers. */
  export interface JourneySummary {
    readonly steps: number;
    readonly minutes: number;
    readonly whatIfCount: number;
  }

  export const JOURNEY_SUMMARIES: Readonly<Record<JourneyId, JourneySummary>>;
}

// Each journey's what-ifs, for the switches of an opened "Make it harder" box (not in the start page's first script).
declare module 'virtual:journey-what-ifs' {
  import type { JourneyId, WhatIfId } from '@eulogin-coach/react';

  export const JOURNEY_WHAT_IFS: Readonly<Record<JourneyId, readonly WhatIfId[]>>;
}
