import { useId } from 'react';
import { textParams } from '@eulogin-coach/content';
import type { CoachView } from '@eulogin-coach/react';
import { useContent } from '../../i18n/content-context.js';
import { callSummary, dateTimeFormat, entryText, timeFormat } from './call-summary.js';
import { NoteForm } from './note-form.js';
import { OutcomeForm } from './outcome-form.js';
import { RecordActions } from './record-actions.js';
import type { CallRecordApi } from './use-call-record.js';
import { useFormat } from '../../i18n/use-format.js';

/** The right column: a note at this step, the call's outcome, the record's actions and the record itself. */
export function RecordColumn({
  view,
  calls,
  position,
  now,
}: {
  view: CoachView;
  calls: CallRecordApi;
  position: string;
  now: () => number;
}) {
  const { content, locale } = useContent();
  const format = useFormat();
  const texts = content.console;
  const { record } = calls;
  const id = useId();
  const at = timeFormat(locale);
  const summary = callSummary(record, content, at, dateTimeFormat(locale));
  const stepTitle = format(content.steps[view.stepId].title, textParams(view.data.config));
  return (
    <section className="console__column console__record" aria-label={texts.regions.record}>
      <h3>{texts.record.heading}</h3>
      <p className="field__hint">{texts.record.localOnly}</p>
      <NoteForm
        stepTitle={stepTitle}
        onAdd={(text) => calls.add({ kind: 'note', at: now(), stepId: view.stepId, text })}
      />
      <OutcomeForm
        key={record.startedAt}
        position={position}
        saved={record.outcome}
        onSave={(outcome) => calls.add({ kind: 'outcome', at: now(), outcome })}
      />
      <RecordActions record={record} summary={summary} onDelete={calls.remove} />
      {/* What printing prints (see the print stylesheet): the whole record as the ticket summary. */}
      <div className="console-print" aria-hidden="true">
        <pre>{summary}</pre>
      </div>
      <div>
        <h4 id={`${id}-log`}>{texts.record.log}</h4>
        {record.entries.length === 0 ? (
          <p className="field__hint">{texts.record.empty}</p>
        ) : (
          <ol className="console-record__log" aria-labelledby={`${id}-log`}>
            {record.entries.map((e, i) => (
              <li key={`${i}-${e.at}`}>
                <time dateTime={new Date(e.at).toISOString()}>{at(e.at)}</time> {entryText(content, e)}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
