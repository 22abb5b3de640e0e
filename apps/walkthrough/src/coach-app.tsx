import { Suspense, lazy, useEffect, useMemo, useRef, useState } from 'react';
import { textParams } from '@eulogin-coach/content';
import { CoachProvider, useCoachActor, useCoachView } from '@eulogin-coach/react';
import type { CoachEvent, StepId } from '@eulogin-coach/react';
import { AppFrame, HelpdeskAside } from './app-frame.js';
import type { Rehearsal } from './effects/rehearsal.js';
import { createRehearsal } from './effects/rehearsal.js';
import { RehearsalContext, useRehearsal } from './effects/rehearsal-context.js';
import { JourneyPicker } from './features/picker/journey-picker.js';
import { DecodeProblem } from './features/resume/decode-problem.js';
import { ResumeOriginContext } from './features/resume/resume-origin.js';
import { useContent } from './i18n/content-context.js';
import type { StoredProgress } from './persist/local-progress.js';
import { writeProgress } from './persist/local-progress.js';
import { useFormat } from './i18n/use-format.js';

const HelpdeskPanel = lazy(() => import('./features/helpdesk/helpdesk-panel.js'));
const loadWorkspace = () => import('./workspace.js');
const Workspace = lazy(loadWorkspace);

export interface CoachAppProps {
  readonly rehearsal?: Rehearsal;
  /** What to do first: start a journey, resume a position, or nothing (the helpdesk was opened). */
  readonly first: CoachEvent | null;
  readonly stored: StoredProgress;
  readonly dismissStored: () => void;
  readonly helpdeskOpen: boolean;
  readonly toggleHelpdesk: () => void;
}

/** The rehearsal with its coach: loaded once a journey starts, a position is resumed or the helpdesk opens. */
export default function CoachApp({ rehearsal, ...props }: CoachAppProps) {
  const [r] = useState(() => rehearsal ?? createRehearsal());
  return (
    <RehearsalContext.Provider value={r}>
      <CoachProvider logic={r.logic} clock={r.clock}>
        <CoachShell {...props} />
      </CoachProvider>
    </RehearsalContext.Provider>
  );
}

function CoachShell({ first, stored, dismissStored, helpdeskOpen, toggleHelpdesk }: Omit<CoachAppProps, 'rehearsal'>) {
  const actor = useCoachActor();
  const view = useCoachView();
  const { content, locale } = useContent();
  const format = useFormat();
  const ui = content.ui;
  // Before the first event: the accounts a journey starts with get their mails in the interface's language.
  const rehearsal = useRehearsal();
  useEffect(() => rehearsal.setInterfaceLanguage(locale), [rehearsal, locale]);
  // Where the last resumed position was made, so the guide can say when it landed on the step before it.
  const [resumedFrom, setResumedFrom] = useState<StepId | null>(
    first?.type === 'coach.resume' ? first.progress.stepId : null,
  );
  const origin = useMemo(() => ({ from: resumedFrom, note: setResumedFrom }), [resumedFrom]);
  // The first event, once (StrictMode runs effects twice).
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (first) actor.send(first);
    loadWorkspace().catch(() => undefined); // a preload; the lazy Workspace reports a failure
  }, [actor, first]);
  // Save on every step change after the first.
  const [loadedAt] = useState(view.stepId);
  const [moved, setMoved] = useState(false);
  if (!moved && view.stepId !== loadedAt) setMoved(true);
  useEffect(() => {
    if (moved) writeProgress(actor.getSnapshot(), view.stepId === 'coach.journeys');
  }, [actor, moved, view.stepId]);

  const atPicker = view.stepId === 'coach.journeys';
  const title = format(content.steps[view.stepId].title, textParams(view.data.config));
  const announcement = view.progress
    ? `${format(ui.guide.stepOf, { n: view.progress.current, total: view.progress.total })}: ${title}`
    : title;
  return (
    <ResumeOriginContext.Provider value={origin}>
      <AppFrame announcement={announcement}>
        {stored.kind === 'read' && !stored.result.ok ? (
          <DecodeProblem error={stored.result.error} onFresh={dismissStored} heading={ui.app.saveUnreadableHeading} />
        ) : null}
        {atPicker ? (
          <JourneyPicker
            config={view.data.config}
            busy={view.busy}
            notice={view.notice}
            onStart={(journey, whatIfs) => view.send({ type: 'coach.chooseJourney', journey, whatIfs })}
            onResume={(progress) => {
              setResumedFrom(progress.stepId);
              view.send({ type: 'coach.resume', progress });
            }}
            onFresh={() => view.send({ type: 'coach.restart' })}
            focusOnMount={moved}
          />
        ) : (
          <Suspense fallback={<p role="status">{ui.common.loading}</p>}>
            <Workspace view={view} focusOnMount={moved} />
          </Suspense>
        )}
        <HelpdeskAside open={helpdeskOpen} onToggle={toggleHelpdesk}>
          <Suspense fallback={<p>{ui.common.loading}</p>}>
            <HelpdeskPanel view={view} />
          </Suspense>
        </HelpdeskAside>
      </AppFrame>
    </ResumeOriginContext.Provider>
  );
}
