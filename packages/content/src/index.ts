export type {
  Content,
  DeepPartial,
  ErrorTexts,
  FieldContent,
  GuideTexts,
  HelpdeskScript,
  IfThen,
  JourneyContent,
  LabelledOption,
  Locale,
  MailContent,
  MailKind,
  MailTexts,
  DecodeTexts,
  PageContent,
  PageUi,
  FlowHelpdeskScripts,
  FlowStepId,
  FlowStepTexts,
  HelpdeskScripts,
  StepContent,
  StepText,
  StepTexts,
  TemplateParams,
  TitledText,
  WhatIfContent,
  WhatIfLabels,
} from './content.types.js';
export { MAIL_KINDS, PAGE_PARTS } from './content.types.js';
export type * from './ui.types.js';
export type { Widen } from './widen.js';
export type { CallRecordProblem, ConsoleTexts } from './console.types.js';
export type { GuideModeActionId, GuideModeTexts, UiModeChoice } from './guide-mode.types.js';
export { format, intlTag, placeholdersOf } from './format.js';
export { errorMessage, errorTemplate } from './error-message.js';
export { textParams, TEXT_PARAM_NAMES } from './text-params.js';
export type { TextParams } from './text-params.js';
export { DEFAULT_LOCALE, LOCALES, isLocale, pickLocale } from './locales.js';
export {
  loadContent,
  loadContentPart,
  loadDecodeTexts,
  loadPageContent,
  loadStepTexts,
  loadWhatIfLabels,
} from './load-content.js';
export { CONTENT_PARTS, PART_KEYS } from './parts.types.js';
export type {
  ContentPart,
  ContentParts,
  HelpCentrePart,
  HelpdeskPart,
  LocaleLoaders,
  MailsPart,
  StepsPart,
  WalkthroughPart,
} from './parts.types.js';
export { BOOT_TEXTS } from './boot-texts.js';
export type { BootTexts } from './boot-texts.js';
export { loadMails, MAIL_LANGUAGES } from './load-mails.js';
export { deepMerge } from './deep-merge.js';
export { LANGUAGE_NAMES } from './languages.js';
export { LOCALE_NAMES } from './locale-names.js';
export type {
  CallerSees,
  FaqEntry,
  FaqTexts,
  HelpContent,
  HelpHit,
  HelpSearch,
  HelpSearchSource,
} from './help/help.types.js';
export { FAQ_IDS, FAQ_LINKS, isFaqId } from './help/faq-links.js';
export type { FaqId, FaqLinks } from './help/faq-links.js';
export { createHelpSearch, MAX_QUERY_LENGTH } from './help/search.js';
export { loadHelpContent } from './help/load-help.js';
export { FAQ_SECTION_IDS, FAQ_SECTIONS } from './help/faq-sections.js';
export type { FaqSectionId } from './help/faq-sections.js';
export { searchFaqEntries } from './help/faq-results.js';
export type { HelpCentreTexts } from './help-centre.types.js';
export { SURVEY_CHOICES, SURVEY_QUESTION_IDS } from './survey.types.js';
export type { SurveyChoice, SurveyChoiceQuestion, SurveyQuestionId, SurveyTexts } from './survey.types.js';
