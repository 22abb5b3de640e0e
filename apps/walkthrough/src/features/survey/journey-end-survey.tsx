import { useEffect, useId, useRef, useState } from 'react';
import { useContent } from '../../i18n/content-context.js';
import { downloadJson } from './download-answers.js';
import { SurveyForm } from './survey-form.js';
import type { SurveyAnswers } from './survey-store.js';
import { readSurvey, shouldAsk, surveyExport, writeSurvey } from './survey-store.js';
import './survey.css';

type Stage =
  | { readonly kind: 'hidden' }
  | { readonly kind: 'prompt' }
  | { readonly kind: 'form' }
  | { readonly kind: 'thanks'; readonly answeredAt: string; readonly answers: SurveyAnswers };

/**
 * The feedback survey, for the end of a journey: "Have time for a quick survey?", then five optional questions.
 * Asked once: answering or dismissing it is remembered in this browser, where the answers stay (they can be
 * downloaded as JSON). Mount it where a journey has ended; it shows nothing once asked.
 */
export function JourneyEndSurvey() {
  const { content } = useContent();
  const texts = content.survey;
  const id = useId();
  const [stage, setStage] = useState<Stage>(() => (shouldAsk(readSurvey()) ? { kind: 'prompt' } : { kind: 'hidden' }));
  const thanksHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (stage.kind === 'thanks') thanksHeading.current?.focus();
  }, [stage.kind]);
  const dismiss = () => {
    writeSurvey({ version: 1, status: 'dismissed' });
    setStage({ kind: 'hidden' });
    // The survey goes away: keep the keyboard on the page rather than on nothing.
    document.getElementById('main')?.focus();
  };
  const submit = (answers: SurveyAnswers) => {
    const answeredAt = new Date().toISOString();
    writeSurvey({ version: 1, status: 'answered', answeredAt, answers });
    setStage({ kind: 'thanks', answeredAt, answers });
  };
  if (stage.kind === 'hidden') return null;
  return (
    <section className="survey" aria-labelledby={`${id}-title`}>
      {stage.kind === 'prompt' ? (
        <>
          <h2 id={`${id}-title`}>{texts.promptHeading}</h2>
          <p>{texts.promptBody}</p>
          <p>{texts.privacy}</p>
          <div className="survey__actions">
            <button type="button" className="btn btn--primary" onClick={() => setStage({ kind: 'form' })}>
              {texts.take}
            </button>
            <button type="button" className="btn btn--secondary" onClick={dismiss}>
              {texts.dismiss}
            </button>
          </div>
        </>
      ) : null}
      {stage.kind === 'form' ? (
        <>
          <h2 id={`${id}-title`} className="sr-only">
            {texts.promptHeading}
          </h2>
          <SurveyForm onSubmit={submit} onSkip={dismiss} />
        </>
      ) : null}
      {stage.kind === 'thanks' ? (
        <>
          <h2 id={`${id}-title`} tabIndex={-1} ref={thanksHeading}>
            {texts.thanksHeading}
          </h2>
          <p>{texts.thanksBody}</p>
          <p>{texts.privacy}</p>
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() => downloadJson(surveyExport(stage.answeredAt, stage.answers), 'eulogin-coach-survey.json')}
          >
            {texts.download}
          </button>
        </>
      ) : null}
    </section>
  );
}
