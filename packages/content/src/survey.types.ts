/** The questions of the feedback survey, in order. */
export const SURVEY_QUESTION_IDS = ['ease', 'clarity', 'confidence', 'factor', 'improve'] as const;
export type SurveyQuestionId = (typeof SURVEY_QUESTION_IDS)[number];

/** The answers on offer for each choice question (the last question is free text). */
export const SURVEY_CHOICES = {
  ease: ['veryEasy', 'easy', 'neither', 'hard', 'veryHard'],
  clarity: ['yes', 'partly', 'no'],
  confidence: ['ready', 'needHelp', 'notYet'],
  factor: ['app', 'tablet', 'securityKey', 'trustedPlatform', 'eid', 'notSure'],
} as const;
export type SurveyChoiceQuestion = keyof typeof SURVEY_CHOICES;
export type SurveyChoice<Q extends SurveyChoiceQuestion> = (typeof SURVEY_CHOICES)[Q][number];

/** The feedback survey at the end of a journey. */
export interface SurveyTexts {
  /** "Have time for a quick survey?" */
  readonly promptHeading: string;
  readonly promptBody: string;
  /** Said on every survey screen: the answers stay in this browser. */
  readonly privacy: string;
  readonly take: string;
  readonly dismiss: string;
  readonly formHeading: string;
  readonly optional: string;
  readonly questions: {
    readonly [Q in SurveyChoiceQuestion]: {
      readonly legend: string;
      readonly choices: Readonly<Record<SurveyChoice<Q>, string>>;
    };
  } & { readonly improve: { readonly label: string; readonly hint: string } };
  readonly submit: string;
  readonly skip: string;
  /** At least one answer is needed to send the form. */
  readonly nothingAnswered: string;
  /** The free text is too long: `{max}` characters. */
  readonly tooLong: string;
  readonly thanksHeading: string;
  readonly thanksBody: string;
  readonly download: string;
}
