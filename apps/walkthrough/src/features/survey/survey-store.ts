import { SURVEY_CHOICES } from '@eulogin-coach/content';
import type { SurveyChoice, SurveyChoiceQuestion } from '@eulogin-coach/content';

/** Where the survey's outcome is kept: this browser's localStorage only. Nothing is ever sent. */
export const SURVEY_KEY = 'eulogin-coach.survey';
/** A stored value longer than this is not read at all. */
export const MAX_SURVEY_CHARS = 4096;
/** The longest free-text answer kept. */
export const MAX_COMMENT_LENGTH = 500;

export type SurveyAnswers = { readonly [Q in SurveyChoiceQuestion]?: SurveyChoice<Q> } & {
  readonly improve?: string;
};

export type SurveyRecord =
  | { readonly version: 1; readonly status: 'dismissed' }
  | { readonly version: 1; readonly status: 'answered'; readonly answeredAt: string; readonly answers: SurveyAnswers };

/** Why a stored survey could not be read: storage is blocked, or what is there is too long or not a survey. */
export type SurveyReadError = 'unavailable' | 'tooLong' | 'notJson' | 'wrongShape';

export type StoredSurvey =
  | { readonly kind: 'none' }
  | { readonly kind: 'read'; readonly record: SurveyRecord }
  | { readonly kind: 'refused'; readonly error: SurveyReadError };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const CHOICE_QUESTIONS: ReadonlySet<string> = new Set(Object.keys(SURVEY_CHOICES));

/** Whether `answer` is one of question `key`'s choices; own names only ("constructor" is no question). */
function isChoice(key: string, answer: string): boolean {
  if (!CHOICE_QUESTIONS.has(key)) return false;
  return (SURVEY_CHOICES[key as SurveyChoiceQuestion] as readonly string[]).includes(answer);
}

/** Checks untrusted answers field by field; an unknown field or value refuses the whole. */
export function parseAnswers(value: unknown): SurveyAnswers | null {
  if (!isRecord(value)) return null;
  const answers: Record<string, string> = {};
  for (const [key, answer] of Object.entries(value)) {
    if (typeof answer !== 'string') return null;
    if (key === 'improve') {
      if (answer.length > MAX_COMMENT_LENGTH) return null;
    } else if (!isChoice(key, answer)) {
      return null;
    }
    answers[key] = answer;
  }
  return answers;
}

/** Reads a stored value (untrusted): type-checked and size-bounded; a typed refusal, never a throw. */
export function parseSurvey(raw: unknown): StoredSurvey {
  if (raw === null || raw === undefined) return { kind: 'none' };
  if (typeof raw !== 'string') return { kind: 'refused', error: 'wrongShape' };
  if (raw.length > MAX_SURVEY_CHARS) return { kind: 'refused', error: 'tooLong' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'refused', error: 'notJson' };
  }
  if (!isRecord(value) || value.version !== 1) return { kind: 'refused', error: 'wrongShape' };
  if (value.status === 'dismissed') return { kind: 'read', record: { version: 1, status: 'dismissed' } };
  const answers = parseAnswers(value.answers);
  if (value.status !== 'answered' || typeof value.answeredAt !== 'string' || value.answeredAt.length > 40 || !answers) {
    return { kind: 'refused', error: 'wrongShape' };
  }
  return { kind: 'read', record: { version: 1, status: 'answered', answeredAt: value.answeredAt, answers } };
}

export function readSurvey(): StoredSurvey {
  let raw: unknown;
  try {
    raw = globalThis.localStorage?.getItem(SURVEY_KEY);
  } catch {
    return { kind: 'refused', error: 'unavailable' };
  }
  return parseSurvey(raw);
}

/** Keeps the outcome; false when storage refuses (the survey then still closes for this visit). */
export function writeSurvey(record: SurveyRecord): boolean {
  try {
    globalThis.localStorage?.setItem(SURVEY_KEY, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether to ask at the end of a journey: not once answered or dismissed, nor where storage is blocked (the answer
 * could not be kept, and the question would come back every time). An unreadable value is asked again and replaced.
 */
export function shouldAsk(stored: StoredSurvey): boolean {
  if (stored.kind === 'read') return false;
  return !(stored.kind === 'refused' && stored.error === 'unavailable');
}

/** The answers as a file to keep or share: versioned JSON. */
export function surveyExport(answeredAt: string, answers: SurveyAnswers): string {
  return JSON.stringify({ schema: 'eulogin-coach/survey', version: 1, answeredAt, answers }, null, 2);
}
