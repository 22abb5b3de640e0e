import type { ConsoleTexts } from './console.types.js';
import type { HelpCentreTexts } from './help-centre.types.js';
import type { SurveyTexts } from './survey.types.js';
import type {
  GuideAnswer,
  GuideQuestionEffect,
  AppStage,
  DecodeErrorCode,
  SaveErrorCode,
  EidCountry,
  EmailLanguage,
  Field,
  FlowId,
  JourneyId,
  KeyKind,
  NoSmartphoneOption,
  NoticeCode,
  Permission,
  RecoverySituation,
  Rule,
  SignInMethod,
  StepId,
  Surface,
  WhatIfId,
  WhatIfKind,
} from '@eulogin-coach/machine';
import type { UiContent } from './ui.types.js';
import type { pageUiEn } from './en/page-ui.en.js';
import type { Widen } from './widen.js';
import type * as REGISTRY from './registry.js';
import type { GuideModeTexts } from './guide-mode.types.js';

/** The locales shipped with the package: one per line of `registry.ts`. */
export type Locale = keyof typeof REGISTRY;

/** One branch of a helpdesk script: when the caller reports `if`, the agent does or says `then`. */
export interface IfThen {
  readonly if: string;
  readonly then: string;
}

/** What a helpdesk agent, guiding a caller by phone, asks, says and does at one step. */
export interface HelpdeskScript {
  /** Questions that find out whether the caller is really at this step. */
  readonly ask: readonly string[];
  /** What to tell the caller to do, in order. */
  readonly say: readonly string[];
  /** The common problems at this step and their way out. */
  readonly ifThen: readonly IfThen[];
}

/** What the person reads at one step. */
export interface StepText {
  readonly title: string;
  /** What the person does here, in one to three short sentences, naming the surface (PC, phone, mailbox). */
  readonly body: string;
  /**
   * What this step shows that EU Login does not publish, so the coach assumes it (a number, a rule, a message),
   * in one or two sentences. Shown marked "Assumed" to the person and to the helpdesk.
   */
  readonly assumed?: string;
}

/** A step's texts with its helpdesk script, as `Content['steps']` holds them. */
export interface StepContent extends StepText {
  readonly helpdesk: HelpdeskScript;
}

/** The steps of one flow (the part of a StepId before the dot). */
export type FlowStepId<F extends FlowId> = Extract<StepId, `${F}.${string}`>;

/** Every step's texts (without the helpdesk scripts). */
export type StepTexts = Readonly<Record<StepId, StepText>>;

/** Every step's helpdesk script. */
export type HelpdeskScripts = Readonly<Record<StepId, HelpdeskScript>>;

/** The step texts of one flow: a module per flow in each language folder (`src/<lang>/steps/`). */
export type FlowStepTexts<F extends FlowId> = Readonly<Record<FlowStepId<F>, StepText>>;

/** The helpdesk scripts of one flow: a module per flow in each language folder (`src/<lang>/helpdesk/`). */
export type FlowHelpdeskScripts<F extends FlowId> = Readonly<Record<FlowStepId<F>, HelpdeskScript>>;

export interface WhatIfContent {
  /** A switch label in the first person: "The mail lands in my spam folder". */
  readonly label: string;
  /** What happens and why. */
  readonly explanation: string;
  /** The way out. */
  readonly fix: string;
  /**
   * What the guide tells the person to do when it is switched on, at each step where it can happen, so the rehearsal
   * leads to it (and offers to let time pass when it takes time).
   */
  readonly lead: string;
  /** A lead for a step before those where it happens, where the usual instruction would avoid it. */
  readonly leadAt?: Readonly<Partial<Record<StepId, string>>>;
}

export interface JourneyContent {
  readonly title: string;
  readonly description: string;
  /** For a journey that practises one verification method, what the guide adds on the sign-in page ({method}). */
  readonly methodNote?: string;
}

/** Validation and refusal messages: specific ones per field and rule, and a fallback for every rule. */
export type ErrorTexts = { readonly [F in Field]?: Readonly<Partial<Record<Rule, string>>> } & {
  readonly fallback: Readonly<Record<Rule, string>>;
};

export interface FieldContent {
  readonly label: string;
  readonly hint?: string;
}

export interface TitledText {
  readonly title: string;
  readonly body: string;
}

export const MAIL_KINDS = ['confirmation', 'reset', 'securityNotice', 'emailChanged'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export interface MailContent {
  readonly subject: string;
  /** May use {firstName}, {link} and {minutes} (how long the link stays valid). */
  readonly body: string;
  readonly linkLabel: string;
}

/** The four mails EU Login sends, in one e-mail language. */
export type MailTexts = Readonly<Record<MailKind, MailContent>>;

export interface LabelledOption {
  readonly label: string;
  readonly description: string;
}

/**
 * Every sentence of the coach in one language. A locale object that misses a key does not compile.
 *
 * Texts may hold `{name}` placeholders, filled by `format`. Step, what-if, notice and journey texts use only the
 * names produced by `textParams(config)`; error texts use the error's own params (`{min}`, `{max}`, `{length}`,
 * `{attemptsLeft}`, `{until}`); mail and UI texts document their placeholders next to the key.
 */
export interface Content {
  readonly steps: Readonly<Record<StepId, StepContent>>;
  readonly whatIfs: Readonly<Record<WhatIfId, WhatIfContent>>;
  readonly whatIfKinds: Readonly<Record<WhatIfKind, string>>;
  readonly journeys: Readonly<Record<JourneyId, JourneyContent>>;
  /** Names of the flows (the part of a StepId before the dot), for grouping steps in a list. */
  readonly flows: Readonly<Record<FlowId, string>>;
  readonly errors: ErrorTexts;
  readonly fields: Readonly<Record<Field, FieldContent>>;
  readonly notices: Readonly<Record<NoticeCode, string>>;
  /** Why a share code someone typed or pasted cannot be read. */
  readonly decodeErrors: Readonly<Record<DecodeErrorCode, TitledText>>;
  /** Why the progress this device saved cannot be read (the person never typed it, so it is not called a code). */
  readonly saveErrors: Readonly<Record<SaveErrorCode, TitledText>>;
  readonly mails: MailTexts;
  /** The entries of EU Login's "Choose your verification method" list. */
  readonly methods: Readonly<Record<SignInMethod, string>>;
  readonly keyKinds: Readonly<Record<KeyKind, string>>;
  readonly noSmartphoneOptions: Readonly<Record<NoSmartphoneOption, LabelledOption>>;
  readonly recoverySituations: Readonly<Record<RecoverySituation, LabelledOption>>;
  readonly surfaces: Readonly<Record<Surface, string>>;
  /** Each e-mail language's name written in that language (the same in every locale). */
  readonly languages: Readonly<Record<EmailLanguage, string>>;
  readonly countries: Readonly<Record<EidCountry, string>>;
  /** The phone's state as a helpdesk agent reads it. */
  readonly phoneStates: {
    readonly app: Readonly<Record<AppStage, string>>;
    readonly permission: Readonly<Record<Permission, string>>;
  };
  /** Guide mode: what to ask the person when the coach needs an outcome, and the answers on offer. */
  readonly guide: GuideTexts;
  /** The helpdesk console (`?view=console`). */
  readonly console: ConsoleTexts;
  /** Guide mode's screens: the real-service instructions and what the person can report. */
  readonly guideMode: GuideModeTexts;
  /** The help centre (`?view=help`): its headings and buttons; the entries are the help texts' `faq`. */
  readonly helpCentre: HelpCentreTexts;
  /** The feedback survey at the end of a journey. */
  readonly survey: SurveyTexts;
  readonly ui: UiContent;
}

/** The parts of `Content` a page shows before any step: its chrome and the journey list. */
export const PAGE_PARTS = ['ui', 'journeys'] as const;

/**
 * The interface texts a page shows before any step: its header and footer, the choice of mode, the journey list, the
 * resume form, a fresh start and the helpdesk toggle. Its shape is the English start-page texts'
 * (`src/en/page-ui.en.ts`), so a key added there is one every language must give; `UiContent` holds every one of
 * them too (`ui.en.ts` spreads them in), which a test of the types checks.
 */
export type PageUi = Widen<typeof pageUiEn>;

/**
 * The texts a page needs before any step is shown (headers, the journey list; the what-ifs' labels are
 * `WhatIfLabels`, loaded after the first paint, and why a code or save cannot be read is `DecodeTexts`, loaded only
 * when one cannot), in a chunk of its own (see `loadPageContent`): about a sixth of a locale's weight. Each
 * part is a part of `Content`'s, so `Content` can stand in for it.
 */
export interface PageContent {
  readonly ui: PageUi;
  readonly journeys: Content['journeys'];
}

/**
 * The what-ifs' switch labels, which the start page offers in each journey's "make it harder" box
 * (`loadWhatIfLabels`): a chunk of their own, loaded after the page's first paint. `Content['whatIfs']` holds them too.
 */
export type WhatIfLabels = { readonly [W in WhatIfId]: Pick<WhatIfContent, 'label'> };

/**
 * Why a share code or saved progress cannot be read (`loadDecodeTexts`): loaded only when one cannot, so they are
 * not in a page's first texts. `Content` holds them too.
 */
export type DecodeTexts = Pick<Content, 'decodeErrors' | 'saveErrors'>;

/** Guide mode: per effect, the question to ask the person and a label for each answer on offer. */
export type GuideTexts = {
  readonly [E in GuideQuestionEffect]: {
    readonly question: string;
    readonly answers: Readonly<Record<GuideAnswer<E>, string>>;
  };
};

/** Every key optional, at any depth; arrays are replaced whole, never merged. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { readonly [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** Values a `{name}` placeholder can be filled with. */
export type TemplateParams = Readonly<Record<string, string | number>>;
