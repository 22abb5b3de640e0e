import { useRef, useState } from 'react';
import { errorMessage, textParams } from '@eulogin-coach/content';
import { guideChoices, performGuideChoice } from '@eulogin-coach/guide';
import type { GuideChoice, GuideEffects } from '@eulogin-coach/guide';
import type { CoachView, WhatIfId } from '@eulogin-coach/react';
import { AssumedNote } from '../components/assumed-note.js';
import { ShareCode } from '../components/share-code.js';
import { useStepFocus } from '../hooks/use-step-focus.js';
import { useContent } from '../i18n/content-context.js';
import { GuideChoiceList } from './guide-choice-list.js';
import { usePendingQuestion } from './guide-session.js';
import { RealServiceLinks } from './real-service-links.js';
import { useFormat } from '../i18n/use-format.js';

/** EU Login's address, as the person types it. */
export const EU_LOGIN_URL = 'https://webgate.ec.europa.eu/cas/';

export interface GuideStepPanelProps {
  readonly view: CoachView;
  readonly guide: GuideEffects;
  /** Told of every answer given (after it is performed): the helpdesk console records them. */
  readonly onChoice?: (choice: GuideChoice) => void;
  /** Move focus to the step's heading when the panel appears (it replaced another view), not only on changes. */
  readonly focusOnMount?: boolean;
}

/**
 * One step of the real EU Login set-up: what to do there, where, and "What happened?" with the answers as buttons.
 * Nothing is typed: the person does it on the real service and reports the outcome. Focus moves to the step's
 * heading after every answer.
 */
export function GuideStepPanel({ view, guide, onChoice, focusOnMount = false }: GuideStepPanelProps) {
  const { content } = useContent();
  const format = useFormat();
  const texts = content.guideMode;
  const pending = usePendingQuestion(guide);
  const [answers, setAnswers] = useState(0);
  const [reported, setReported] = useState<WhatIfId | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Before the person's first answer, the page may still be settling on what it loaded (a save carried on): focus
  // stays at the top of the page until they act.
  useStepFocus(`${view.stepId}#${answers}`, heading, focusOnMount, focusOnMount || answers > 0);
  const params = { ...textParams(view.data.config), url: EU_LOGIN_URL };
  const step = content.steps[view.stepId];
  const instructions = texts.realSteps[view.stepId] ?? step.helpdesk.say;
  const choices = guideChoices(view, pending);
  const choose = (choice: GuideChoice) => {
    performGuideChoice(choice, { send: view.send, guide });
    setReported(choice.whatIf);
    setAnswers((n) => n + 1);
    onChoice?.(choice);
  };
  return (
    <section className="guide-mode" aria-labelledby="guide-mode-step">
      <h2 id="guide-mode-step" tabIndex={-1} ref={heading}>
        {format(step.title, params)}
      </h2>
      {view.progress ? (
        <p className="guide-mode__progress">
          {format(content.ui.guide.stepOf, { n: view.progress.current, total: view.progress.total })}
        </p>
      ) : null}
      {view.notice && view.notice !== 'jumped' && view.notice !== 'resumed' ? (
        <p className="guide-mode__notice">{format(content.notices[view.notice], params)}</p>
      ) : null}
      {view.errors.map((error) => (
        <p key={`${error.field}:${error.rule}`} className="guide-mode__notice">
          {errorMessage(content, error)}
        </p>
      ))}
      {reported ? (
        <section className="guide-mode__reported" aria-labelledby="guide-mode-reported">
          <h3 id="guide-mode-reported">{texts.reportedHeading}</h3>
          <p>{format(content.whatIfs[reported].explanation, params)}</p>
          <p>{format(content.whatIfs[reported].fix, params)}</p>
        </section>
      ) : null}
      <section aria-labelledby="guide-mode-do">
        <h3 id="guide-mode-do">{texts.doThisHeading}</h3>
        <ol className="guide-mode__instructions">
          {instructions.map((line) => (
            <li key={line}>{format(line, params)}</li>
          ))}
        </ol>
        {step.assumed ? <AssumedNote text={format(step.assumed, params)} /> : null}
        <RealServiceLinks url={EU_LOGIN_URL} />
      </section>
      <section aria-labelledby="guide-mode-what-happened">
        <h3 id="guide-mode-what-happened">{texts.whatHappened}</h3>
        <p className="field__hint">{texts.whatHappenedHint}</p>
        {choices.length === 0 ? (
          <p role="status">{texts.working}</p>
        ) : (
          <GuideChoiceList content={content} choices={choices} disabled={false} onChoose={choose} />
        )}
      </section>
      <div className="guide-mode__controls">
        <button
          type="button"
          className="btn btn--secondary"
          disabled={!view.canGoBack}
          onClick={() => {
            setReported(null);
            setAnswers((n) => n + 1);
            view.send({ type: 'coach.back' });
          }}
        >
          {texts.back}
        </button>
        <button
          type="button"
          className="btn btn--secondary"
          onClick={() => {
            setReported(null);
            view.send({ type: 'coach.restart' });
          }}
        >
          {texts.restart}
        </button>
      </div>
      <p className="guide-mode__no-secrets">{texts.noSecrets}</p>
      <ShareCode label={texts.shareLabel} hint={texts.shareHint} />
    </section>
  );
}
