import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { SURVEY_CHOICES } from '@eulogin-coach/content';
import type { SurveyChoiceQuestion } from '@eulogin-coach/content';
import { useContent } from '../../i18n/content-context.js';
import type { SurveyAnswers } from './survey-store.js';
import { MAX_COMMENT_LENGTH } from './survey-store.js';
import { useFormat } from '../../i18n/use-format.js';

const CHOICE_QUESTIONS = Object.keys(SURVEY_CHOICES) as SurveyChoiceQuestion[];

type Problem = 'nothingAnswered' | 'tooLong' | null;

/** The five questions: four choices (a fieldset each) and a comment, every one optional. */
export function SurveyForm({ onSubmit, onSkip }: { onSubmit: (answers: SurveyAnswers) => void; onSkip: () => void }) {
  const { content } = useContent();
  const format = useFormat();
  const texts = content.survey;
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<Problem>(null);
  useEffect(() => heading.current?.focus(), []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const improve = comment.trim();
    if (improve.length > MAX_COMMENT_LENGTH) return setProblem('tooLong');
    if (Object.keys(answers).length === 0 && !improve) return setProblem('nothingAnswered');
    onSubmit({ ...answers, ...(improve ? { improve } : {}) });
  };
  return (
    <form className="survey__form" aria-labelledby={`${id}-h`} onSubmit={submit} noValidate>
      <h3 id={`${id}-h`} tabIndex={-1} ref={heading}>
        {texts.formHeading}
      </h3>
      <p>{texts.privacy}</p>
      {CHOICE_QUESTIONS.map((q) => {
        const question = texts.questions[q];
        const choices = question.choices as Readonly<Record<string, string>>;
        return (
          <fieldset key={q} className="survey__question">
            <legend>
              {question.legend} <span className="survey__optional">({texts.optional})</span>
            </legend>
            {(SURVEY_CHOICES[q] as readonly string[]).map((choice) => (
              <label key={choice} className="survey__choice">
                <input
                  type="radio"
                  name={`${id}-${q}`}
                  value={choice}
                  checked={answers[q] === choice}
                  onChange={() => {
                    setAnswers({ ...answers, [q]: choice });
                    setProblem(null);
                  }}
                />{' '}
                {choices[choice]}
              </label>
            ))}
          </fieldset>
        );
      })}
      <div className="field">
        <label htmlFor={`${id}-improve`}>
          {texts.questions.improve.label} <span className="survey__optional">({texts.optional})</span>
        </label>
        <p id={`${id}-improve-hint`} className="field__hint">
          {texts.questions.improve.hint}
        </p>
        <textarea
          id={`${id}-improve`}
          rows={3}
          value={comment}
          aria-describedby={`${id}-improve-hint${problem ? ` ${id}-problem` : ''}`}
          aria-invalid={problem === 'tooLong' || undefined}
          onChange={(e) => {
            setComment(e.target.value);
            setProblem(null);
          }}
        />
      </div>
      {problem ? (
        <p id={`${id}-problem`} className="form-error" role="alert">
          {problem === 'tooLong' ? format(texts.tooLong, { max: MAX_COMMENT_LENGTH }) : texts.nothingAnswered}
        </p>
      ) : null}
      <div className="survey__actions">
        <button type="submit" className="btn btn--primary">
          {texts.submit}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onSkip}>
          {texts.skip}
        </button>
      </div>
    </form>
  );
}
