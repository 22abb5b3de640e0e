import type { CoachView } from '@eulogin-coach/react';
import { textParams } from '@eulogin-coach/content';
import { useContent } from '../../i18n/content-context.js';
import { LetTimePass } from './let-time-pass.js';
import { useFormat } from '../../i18n/use-format.js';

/**
 * The what-ifs switched on for this rehearsal that can happen here, each with what to do to make it happen (and, for
 * one that takes time, the button that lets the time pass): the guide's own instructions lead to every one of them.
 */
export function WhatIfLeads({ view }: { view: CoachView }) {
  const { content } = useContent();
  const format = useFormat();
  const params = textParams(view.data.config);
  const leads = view.activeWhatIfs.flatMap((id) => {
    const text = content.whatIfs[id];
    const here = view.whatIfs.find((w) => w.id === id);
    const lead = text.leadAt?.[view.stepId] ?? (here ? text.lead : undefined);
    return lead === undefined ? [] : [{ id, label: text.label, lead, wait: here?.wait }];
  });
  if (leads.length === 0) return null;
  return (
    <ul className="guide__leads">
      {leads.map(({ id, label, lead, wait }) => (
        <li key={id} className="guide__lead">
          <p>
            <strong>{format(content.ui.guide.whatIfLead, { label: format(label, params) })}. </strong>
            {format(lead, params)}
          </p>
          {wait ? <LetTimePass view={view} wait={wait} /> : null}
        </li>
      ))}
    </ul>
  );
}
