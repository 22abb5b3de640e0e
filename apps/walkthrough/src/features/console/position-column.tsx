import { useId } from 'react';
import type { RefObject } from 'react';
import type { CoachView } from '@eulogin-coach/react';
import { useContent } from '../../i18n/content-context.js';
import { CallerStatus } from '../helpdesk/caller-status.js';
import { ResumeForm } from '../resume/resume-form.js';
import type { CallRecord } from './call-record.js';
import { CallerCode } from './caller-code.js';
import type { ConsoleActions } from './console-actions.js';
import { StepHistory, StepHistoryLink } from './step-history.js';

/** The left column: where the caller is, their position code both ways, and the steps visited to go back to. */
export function PositionColumn({
  view,
  record,
  position,
  actions,
  callerCode,
}: {
  view: CoachView;
  record: CallRecord;
  position: string;
  actions: ConsoleActions;
  /** Around the form for the caller's code, so the console can move the focus into it. */
  callerCode?: RefObject<HTMLDivElement | null>;
}) {
  const { content } = useContent();
  const texts = content.console;
  const historyHeading = `${useId()}-history`;
  return (
    <section className="console__column console__position" aria-label={texts.regions.position}>
      <h3>{texts.regions.position}</h3>
      <StepHistoryLink record={record} target={historyHeading} />
      <CallerStatus view={view} />
      <CallerCode code={position} />
      <div ref={callerCode}>
        <h4>{texts.code.callerCode}</h4>
        <ResumeForm busy={view.busy} onResume={actions.resume} />
      </div>
      <StepHistory record={record} current={view.stepId} onBack={actions.goBack} headingId={historyHeading} />
    </section>
  );
}
