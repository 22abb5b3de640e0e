import type { CoachView } from '@eulogin-coach/react';
import { textParams } from '@eulogin-coach/content';
import { useContent } from '../../i18n/content-context.js';
import { LetTimePass } from './let-time-pass.js';
import { useFormat } from '../../i18n/use-format.js';

/** "What can go wrong here?": the what-ifs of this step, with what happens and what to do. */
export function WhatIfList({ view }: { view: CoachView }) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.guide;
  const params = textParams(view.data.config);
  if (view.whatIfs.length === 0) return null;
  return (
    <details className="what-ifs">
      <summary>{ui.whatCanGoWrong}</summary>
      <ul>
        {view.whatIfs.map((w) => {
          const text = content.whatIfs[w.id];
          const on = view.activeWhatIfs.includes(w.id);
          return (
            <li key={w.id} className="what-if">
              <h3 className="what-if__label">
                {format(text.label, params)}
                {on ? <span className="badge">{ui.whatIfOn}</span> : null}
              </h3>
              <p>
                <strong>{ui.explanationHeading}: </strong>
                {format(text.explanation, params)}
              </p>
              <p>
                <strong>{ui.fixHeading}: </strong>
                {format(text.fix, params)}
              </p>
              {/* One switched on offers it in the guide's own instructions already. */}
              {w.wait && !on ? <LetTimePass view={view} wait={w.wait} /> : null}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
