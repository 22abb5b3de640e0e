import type { Content, HelpdeskScripts, MailTexts, StepTexts, WhatIfLabels } from './content.types.js';
import type { HelpContent } from './help/help.types.js';

/**
 * The keys of `Content` each part holds. Every key is in exactly one part (a test checks it); `steps` is split:
 * the step texts are in the `steps` part, their helpdesk scripts in `helpdesk`.
 */
export const PART_KEYS = {
  /** What a portal that renders its own interface shows: the steps, the errors and the labels they use. */
  steps: [
    'steps',
    'flows',
    'errors',
    'fields',
    'notices',
    'decodeErrors',
    'saveErrors',
    'methods',
    'keyKinds',
    'noSmartphoneOptions',
    'recoverySituations',
    'surfaces',
    'languages',
    'countries',
    'guide',
  ],
  /** The walkthrough app's interface: its chrome, the journeys and the what-ifs. */
  walkthrough: ['ui', 'journeys', 'whatIfs', 'whatIfKinds'],
  /** For helpdesk agents: each step's script, the console, guide mode and the phone's states. */
  helpdesk: ['helpdesk', 'console', 'guideMode', 'phoneStates'],
  /** The help centre's headings and the feedback survey (the FAQ entries themselves: `loadHelpContent`). */
  helpCentre: ['helpCentre', 'survey'],
  /** The four mails EU Login sends, in the locale's language (any of the 24 e-mail languages: `loadMails`). */
  mails: ['mails'],
} as const;

/** What a portal with its own interface needs: step texts (no helpdesk scripts), errors, field and option labels. */
export type StepsPart = Omit<Pick<Content, (typeof PART_KEYS.steps)[number]>, 'steps'> & {
  readonly steps: StepTexts;
};
/** The walkthrough app's interface texts. */
export type WalkthroughPart = Pick<Content, (typeof PART_KEYS.walkthrough)[number]>;
/** The helpdesk's texts: every step's script, the console, guide mode's screens and the phone's states. */
export type HelpdeskPart = Omit<Pick<Content, Exclude<(typeof PART_KEYS.helpdesk)[number], 'helpdesk'>>, never> & {
  readonly helpdesk: HelpdeskScripts;
};
/** The help centre's and the survey's texts. */
export type HelpCentrePart = Pick<Content, (typeof PART_KEYS.helpCentre)[number]>;
/** The locale's mails. */
export type MailsPart = { readonly mails: MailTexts };

/** Each part of a locale's texts, by name. */
export interface ContentParts {
  readonly steps: StepsPart;
  readonly walkthrough: WalkthroughPart;
  readonly helpdesk: HelpdeskPart;
  readonly helpCentre: HelpCentrePart;
  readonly mails: MailsPart;
}

/** A part of a locale's texts: `steps`, `walkthrough`, `helpdesk`, `helpCentre` or `mails`. */
export type ContentPart = keyof ContentParts;

/** The part names, in the order `loadContent` loads them. */
export const CONTENT_PARTS: readonly ContentPart[] = ['steps', 'walkthrough', 'helpdesk', 'helpCentre', 'mails'];

/**
 * What one language folder's `loaders.ts` exports: a loader per part, each an `import()` of its own chunk, plus the
 * help centre's entries and the what-ifs' switch labels (which the start page loads after its first paint; its first
 * texts have their loader in the folder's `index.ts`). Every language's
 * `loaders` is checked against this type.
 */
export type LocaleLoaders = {
  readonly [P in ContentPart]: () => Promise<ContentParts[P]>;
} & {
  readonly help: () => Promise<HelpContent>;
  readonly whatIfLabels: () => Promise<WhatIfLabels>;
};
