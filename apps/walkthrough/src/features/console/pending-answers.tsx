import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { textParams } from '@eulogin-coach/content';
import { guideChoices, performGuideChoice } from '@eulogin-coach/guide';
import type { GuideActionId, GuideEffects } from '@eulogin-coach/guide';
import { GuideChoiceList } from '../../guide-mode/guide-choice-list.js';
import { JOURNEYS, WHAT_IFS, isOfferedOn, resumeTarget } from '@eulogin-coach/machine/registry';
import type { CoachView, GuideQuestionEffect, StepId, WhatIfId } from '@eulogin-coach/react';
import { useContent } from '../../i18n/content-context.js';
import { usePendingQuestion } from './console-session.js';
import { useFormat } from '../../i18n/use-format.js';

/** What the agent chose for the caller, for the call record: something the caller did, what they saw, or both. */
export interface AnswerChoice {
  readonly action: GuideActionId | null;
  readonly answer: { readonly effect: GuideQuestionEffect; readonly answer: string } | null;
}

export interface AnswersSlotProps {
  readonly view: CoachView;
  readonly guide: GuideEffects;
  /** Record the answer chosen (call it before answering the guide). */
  readonly onChoice: (choice: AnswerChoice) => void;
  /** Move the coach to where the caller now is. */
  readonly onJump: (stepId: StepId) => void;
}

/** What goes under the script: answer buttons that move the coach (guide mode's step panel plugs in here). */
export type AnswersSlot = (props: AnswersSlotProps) => ReactNode;

/** A problem the caller reported: at which step, and whether the coach has reached the step it leads to. */
interface Reported {
  readonly stepId: StepId;
  readonly whatIf: WhatIfId;
  readonly arrived: boolean;
}

/** Where the caller can be next from this step: the next step of the task, and the problems that branch off here. */
export function nextPlaces(view: CoachView): readonly { readonly to: StepId; readonly whatIf: WhatIfId | null }[] {
  const { journey } = view;
  if (!journey || !view.progress) return [];
  const path = JOURNEYS[journey].path;
  const next = path[view.progress.current];
  const places: { to: StepId; whatIf: WhatIfId | null }[] = [];
  // On a detour, the next step of the task is where the caller goes back to.
  if (next && next !== view.stepId) places.push({ to: next, whatIf: null });
  for (const w of view.whatIfs) {
    const to = WHAT_IFS[w.id].at[view.stepId];
    if (to && to !== view.stepId && isOfferedOn(w, journey)) places.push({ to, whatIf: w.id });
  }
  // A place whose jump would land back here (it shows live data made on this step) is no move at all.
  return places.filter(
    (p) => resumeTarget(p.to) !== view.stepId && view.can({ type: 'helpdesk.jumpTo', stepId: p.to }),
  );
}

/**
 * The default answers: what the caller can report at this step, as guide mode offers it (what they did on the real
 * EU Login and what they see now, each a button that moves the coach), and where the caller can be next, to move the
 * coach when they report a screen the coach did not expect.
 */
export function PendingAnswers({ view, guide, onChoice, onJump }: AnswersSlotProps) {
  const { content } = useContent();
  const format = useFormat();
  const texts = content.console.answers;
  const params = textParams(view.data.config);
  const question = usePendingQuestion();
  const choices = guideChoices(view, question);
  const places = nextPlaces(view);
  const id = useId();
  // The problem the last answer reported, on its step or the step it led to: its explanation and fix to read out,
  // once per report. It goes when the coach leaves those steps, and once it has been shown where the report led,
  // when the coach leaves that one (coming back to either step later does not show it again).
  const [reported, setReported] = useState<Reported | null>(null);
  if (reported) {
    const target = WHAT_IFS[reported.whatIf].at[reported.stepId] ?? reported.stepId;
    const here = view.stepId === target;
    if ((reported.arrived && !here) || (!here && view.stepId !== reported.stepId)) setReported(null);
    else if (here && !reported.arrived) setReported({ ...reported, arrived: true });
  }
  const shown = reported?.whatIf ?? null;
  return (
    <div className="console-answers">
      {shown ? (
        <section className="console-answers__reported" aria-labelledby={`${id}-reported`}>
          <h5 id={`${id}-reported`}>{texts.reportedHeading}</h5>
          <p>
            <strong>{format(content.whatIfs[shown].label, params)}</strong>{' '}
            {format(content.whatIfs[shown].explanation, params)}
          </p>
          <p>{format(content.whatIfs[shown].fix, params)}</p>
        </section>
      ) : null}
      {choices.length > 0 ? (
        <GuideChoiceList
          content={content}
          choices={choices}
          disabled={false}
          onChoose={(choice) => {
            // The record says only what the coach took: an answer whose question never came (a form the coach
            // refused) is not claimed. Both are recorded before the record follows the coach to its next step,
            // which happens after this render.
            const at = view.stepId;
            const answered = performGuideChoice(choice, { send: view.send, guide });
            onChoice({ action: choice.action, answer: answered ? choice.answer : null });
            // Shown where the caller now is: a report stays on the step, a branch lands on the problem's step.
            setReported(choice.whatIf ? { stepId: at, whatIf: choice.whatIf, arrived: false } : null);
          }}
        />
      ) : (
        <p className="field__hint">{view.busy ? content.guideMode.working : texts.none}</p>
      )}
      {places.length > 0 ? (
        <fieldset>
          <legend>{texts.movedOn}</legend>
          <div className="console-answers__buttons">
            {places.map((p) => {
              const step = format(content.steps[p.to].title, params);
              return (
                <button
                  key={`${p.whatIf ?? ''}${p.to}`}
                  type="button"
                  className="btn btn--secondary"
                  onClick={() => onJump(p.to)}
                >
                  {p.whatIf
                    ? format(texts.detour, { whatIf: format(content.whatIfs[p.whatIf].label, params), step })
                    : format(texts.next, { step })}
                </button>
              );
            })}
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}
