import { textParams } from '@eulogin-coach/content';
import { DEFAULT_CONFIG } from '@eulogin-coach/react';
import type { StepId } from '@eulogin-coach/react';
import { useContent } from '../../i18n/content-context.js';
import type { CallRecord } from './call-record.js';
import { visitedSteps } from './call-record.js';
import { useFormat } from '../../i18n/use-format.js';

const params = textParams(DEFAULT_CONFIG);

/**
 * A button at the top of the caller's position to the steps visited, which sit at the bottom of its column (on a
 * wide screen the column scrolls on its own, so the list is often out of sight).
 */
export function StepHistoryLink({ record, target }: { record: CallRecord; target: string }) {
  const { content } = useContent();
  const format = useFormat();
  const count = visitedSteps(record).length;
  if (count === 0) return null;
  return (
    <button
      type="button"
      className="btn btn--link console-history__jump"
      // Focusing the heading scrolls the column to it.
      onClick={() => document.getElementById(target)?.focus()}
    >
      {format(content.console.history.jumpTo, { count })} <span aria-hidden="true">↓</span>
    </button>
  );
}

/** The steps visited during the call, latest first: each a button back to the position recorded there. */
export function StepHistory({
  record,
  current,
  onBack,
  headingId,
}: {
  record: CallRecord;
  current: StepId;
  onBack: (stepId: StepId, code: string) => void;
  /** The heading's id, for `StepHistoryLink`. */
  headingId?: string;
}) {
  const { content } = useContent();
  const format = useFormat();
  const texts = content.console.history;
  const visited = [...visitedSteps(record)].reverse();
  return (
    <nav className="console-history" aria-label={texts.heading}>
      <h4 id={headingId} tabIndex={-1}>
        {texts.heading}
      </h4>
      {visited.length === 0 ? (
        <p className="field__hint">{texts.empty}</p>
      ) : (
        <ol>
          {visited.map((v) => {
            const title = format(content.steps[v.stepId].title, params);
            return (
              <li key={v.stepId}>
                {v.stepId === current ? (
                  <span aria-current="step">
                    {title} <span className="field__hint">({texts.here})</span>
                  </span>
                ) : (
                  <button type="button" className="btn btn--link" onClick={() => onBack(v.stepId, v.code)}>
                    {format(texts.back, { step: title })}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </nav>
  );
}
