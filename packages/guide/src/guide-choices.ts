import type {
  AccountSummary,
  CoachEvent,
  GuideQuestion,
  GuideQuestionEffect,
  KeyKind,
  SignInMethod,
  StepId,
  WhatIfId,
} from '@eulogin-coach/machine';
import { GUIDE_ANSWERS } from './guide-answers.js';
import type { GuideActionDefinition, GuideActionId, GuideActionInput } from './guide-actions.js';
import { ANSWER_WHAT_IFS, GUIDE_ACTIONS, GUIDE_ACTION_IDS } from './guide-actions.js';
import type { GuideEffects } from './guide-effects.js';

/** What the choices are worked out from: the coach's view-model (`connect`) has all of it. */
export interface GuideChoiceSource {
  readonly stepId: StepId;
  readonly busy: boolean;
  readonly methods: readonly SignInMethod[];
  readonly values: { readonly signIn: { readonly method: SignInMethod } };
  readonly data: { readonly account: AccountSummary | null; readonly keyKind: KeyKind };
  /** Whether the coach acts on `event` now. */
  readonly can: (event: CoachEvent) => boolean;
}

/** An outcome the person reports, as the answer to one of the coach's questions. */
export interface GuideChoiceAnswer {
  readonly effect: GuideQuestionEffect;
  readonly answer: string;
}

/**
 * One thing the person can say happened. Performing it sends `events` to the coach, then gives `answer` to the
 * question the coach asks. Ids are stable: `{action}` or `{action}.{answer}`, and `answer.{effect}.{answer}` for an
 * answer to a question already waiting.
 */
export interface GuideChoice {
  readonly id: string;
  /** The action (for its text); null for an answer to a question already waiting. */
  readonly action: GuideActionId | null;
  readonly events: readonly CoachEvent[];
  readonly answer: GuideChoiceAnswer | null;
  /** The what-if this choice reports: its explanation and fix apply to where the person lands. */
  readonly whatIf: WhatIfId | null;
}

function answersOf(definition: GuideActionDefinition): readonly string[] {
  if (!definition.asks) return [];
  return definition.answers ?? GUIDE_ANSWERS[definition.asks];
}

function answerWhatIf(effect: GuideQuestionEffect, answer: string): WhatIfId | null {
  const table: Partial<Record<string, WhatIfId>> | undefined = ANSWER_WHAT_IFS[effect];
  return table?.[answer] ?? null;
}

/** The answers to a question the coach is waiting for. */
function answerChoices(question: GuideQuestion): GuideChoice[] {
  return question.answers.map((answer) => ({
    id: `answer.${question.effect}.${answer}`,
    action: null,
    events: [],
    answer: { effect: question.effect, answer },
    whatIf: answerWhatIf(question.effect, answer),
  }));
}

/**
 * What the person can report now, in the order to show. While the coach waits for an answer: that question's
 * answers. Otherwise: every action the coach accepts on this step (checked with `can`, so it follows the
 * statechart), an action that asks a question split into one choice per outcome. Nothing while the coach is busy.
 */
export function guideChoices(source: GuideChoiceSource, pending: GuideQuestion | null): readonly GuideChoice[] {
  if (pending) return answerChoices(pending);
  if (source.busy) return [];
  const input: GuideActionInput = {
    stepId: source.stepId,
    methods: source.methods,
    preferredMethod: source.values.signIn.method,
    account: source.data.account,
    keyKind: source.data.keyKind,
  };
  const choices: GuideChoice[] = [];
  for (const action of GUIDE_ACTION_IDS) {
    const definition: GuideActionDefinition = GUIDE_ACTIONS[action];
    if (definition.at && !definition.at.includes(source.stepId)) continue;
    const events = definition.events(input);
    if (!events || !events.every((e) => source.can(e))) continue;
    if (!definition.at && events.length === 0) continue;
    const whatIf = definition.whatIf?.[source.stepId] ?? definition.whatIf?.['*'] ?? null;
    const asks = definition.asks;
    if (!asks) {
      choices.push({ id: action, action, events, answer: null, whatIf });
      continue;
    }
    for (const answer of answersOf(definition)) {
      choices.push({
        id: `${action}.${answer}`,
        action,
        events,
        answer: { effect: asks, answer },
        whatIf: answerWhatIf(asks, answer) ?? whatIf,
      });
    }
  }
  return choices;
}

/** Where a choice is performed: the coach's `send` and the guide effects that hold its questions. */
export interface GuideChoiceTarget {
  readonly send: (event: CoachEvent) => void;
  readonly guide: Pick<GuideEffects, 'pending' | 'answer'>;
}

/**
 * Performs a choice: sends its events, then answers the question the coach asked (the coach asks at once when it
 * starts the effect). Returns false when the answer could not be given — the coach asked nothing (a form was
 * refused) or something else; the question it did ask, if any, is then waiting, and `guideChoices` lists its answers.
 */
export function performGuideChoice(choice: GuideChoice, target: GuideChoiceTarget): boolean {
  for (const event of choice.events) target.send(event);
  if (!choice.answer) return true;
  if (target.guide.pending()?.effect !== choice.answer.effect) return false;
  return target.guide.answer(choice.answer.answer);
}
