import { textParams } from '@eulogin-coach/content';
import { DEFAULT_CONFIG } from '@eulogin-coach/react';
import type { StepId } from '@eulogin-coach/react';
import { useContent } from '../../i18n/content-context.js';
import type { CallRecord } from './call-record.js';
import { visitedSteps } from './call-record.js';
import { useFormat } from '../../i18n/use-format.js';

const params = textParams(DEFAULT_CONFIG);

/** The steps visited during the call, latest first: each a button back to the position recorded there. */
export function StepHistory({
  record,
  current,
  onBack,
}: {
  record: CallRecord;
  current: StepId;
  onBack: (stepId: StepId, code: string) => void;
}) {
  const { content } = useContent();
  const format = useFormat();
  const texts = content.console.history;
  const visited = [...visitedSteps(record)].reverse();
  return (
    <nav className="console-history" aria-label={texts.heading}>
      <h4>{texts.heading}</h4>
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
