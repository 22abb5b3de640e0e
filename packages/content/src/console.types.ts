/**
 * The helpdesk console's texts: the agent's screen for following a caller through the real EU Login set-up.
 * Placeholders are noted next to the key; a key without a note has none.
 */

/** What a saved call record can be refused for (`CallRecordErrorCode` in the app). */
export type CallRecordProblem = 'tooLarge' | 'notJson' | 'wrongSchema' | 'wrongVersion' | 'invalid';

export interface ConsoleTexts {
  readonly title: string;
  readonly intro: string;
  readonly regions: {
    readonly position: string;
    readonly script: string;
    readonly record: string;
    readonly map: string;
  };
  readonly chooseJourney: {
    readonly heading: string;
    readonly label: string;
    readonly start: string;
  };
  readonly search: {
    readonly label: string;
    readonly hint: string;
    readonly results: string;
    /** {query} */
    readonly noResults: string;
    /** {count} */
    readonly count: string;
    readonly kinds: { readonly step: string; readonly whatIf: string; readonly faq: string };
    readonly faqSteps: string;
    /** {step} */
    readonly goTo: string;
    readonly closeFaq: string;
    /** {heading}: what the caller's screen shows at a step hit */
    readonly onScreen: string;
    readonly loading: string;
    readonly failed: string;
    readonly retry: string;
  };
  /** What the caller sees on the real EU Login at the current step. */
  readonly callerSees: {
    readonly heading: string;
    readonly address: string;
    readonly assumed: string;
  };
  readonly answers: {
    readonly heading: string;
    readonly none: string;
    readonly movedOn: string;
    /** Above a reported problem's explanation and fix, after an answer that reports one. */
    readonly reportedHeading: string;
    /** {step} */
    readonly next: string;
    /** {whatIf}, {step} */
    readonly detour: string;
  };
  readonly history: {
    readonly heading: string;
    readonly empty: string;
    /** {step} */
    readonly back: string;
    readonly here: string;
  };
  readonly code: {
    readonly heading: string;
    readonly hint: string;
    readonly readOut: string;
    readonly showInRehearsal: string;
    readonly newTab: string;
    readonly callerCode: string;
  };
  readonly record: {
    readonly heading: string;
    readonly localOnly: string;
    readonly log: string;
    readonly empty: string;
    /** {step} */
    readonly step: string;
    /** {question}, {answer} */
    readonly answer: string;
    /** {step}, {action}: something the caller did, as they reported it */
    readonly action: string;
    /** {from}, {to} */
    readonly jump: string;
    /** {code}, {step} */
    readonly resume: string;
    /** {step}, {text} */
    readonly note: string;
    /** {outcome} */
    readonly outcome: string;
  };
  readonly note: {
    /** {step} */
    readonly label: string;
    readonly add: string;
    readonly empty: string;
    /** {max} */
    readonly tooLong: string;
    readonly added: string;
  };
  readonly outcome: {
    readonly heading: string;
    readonly legend: string;
    readonly kinds: { readonly resolved: string; readonly escalated: string; readonly callBack: string };
    readonly reason: string;
    readonly reasonMissing: string;
    readonly callBackCode: string;
    readonly callBackCodeMissing: string;
    readonly save: string;
    /** {outcome} */
    readonly saved: string;
    /** {reason} */
    readonly escalatedBecause: string;
    /** {code} */
    readonly callBackWith: string;
  };
  readonly actions: {
    readonly copy: string;
    readonly copied: string;
    readonly copyFailed: string;
    readonly summaryLabel: string;
    readonly download: string;
    readonly print: string;
    readonly delete: string;
    readonly deleteConfirm: string;
    readonly deleteYes: string;
    readonly deleteNo: string;
    readonly deleted: string;
  };
  readonly refused: {
    readonly heading: string;
    readonly reasons: Readonly<Record<CallRecordProblem, string>>;
    readonly startNew: string;
  };
  readonly summary: {
    readonly title: string;
    /** {time} */
    readonly started: string;
    /** {journey} */
    readonly task: string;
    readonly noTask: string;
    /** {step}, {code} */
    readonly position: string;
    readonly noOutcome: string;
    readonly timeline: string;
  };
  readonly map: {
    readonly heading: string;
    readonly hint: string;
    readonly none: string;
    readonly done: string;
    readonly current: string;
    readonly next: string;
    readonly later: string;
    /** A side path: {whatIf}, {step} (where it leads). */
    readonly branch: string;
    readonly textAlternative: string;
  };
}
