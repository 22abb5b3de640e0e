import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import type { Locale } from '@eulogin-coach/content';
import { format, textParams } from '@eulogin-coach/content';
import { CoachProvider, useCoachActor, useCoachView } from '@eulogin-coach/react';
import { AppHeader } from './app-header.js';
import type { Rehearsal } from './effects/rehearsal.js';
import { createRehearsal } from './effects/rehearsal.js';
import { RehearsalContext } from './effects/rehearsal-context.js';
import { JourneyPicker } from './features/picker/journey-picker.js';
import { DecodeProblem } from './features/resume/decode-problem.js';
import { ContentProvider, useContent } from './i18n/content-context.js';
import type { StoredProgress } from './persist/local-progress.js';
import { forgetProgress, readProgress, writeProgress } from './persist/local-progress.js';

const HelpdeskPanel = lazy(() => import('./features/helpdesk/helpdesk-panel.js'));
const loadWorkspace = () => import('./workspace.js');
const Workspace = lazy(loadWorkspace);

export interface AppProps {
  /** The simulated world, clock and coach logic; a fresh rehearsal when absent. */
  readonly rehearsal?: Rehearsal;
  /** A fixed language (tests); otherwise remembered or detected. */
  readonly locale?: Locale;
}

export function App({ rehearsal, locale }: AppProps) {
  const [r] = useState(() => rehearsal ?? createRehearsal());
  return (
    <RehearsalContext.Provider value={r}>
      <ContentProvider {...(locale ? { locale } : {})}>
        <CoachProvider logic={r.logic} clock={r.clock}>
          <Shell />
        </CoachProvider>
      </ContentProvider>
    </RehearsalContext.Provider>
  );
}

/** Resumes a saved rehearsal once, saves on every step change, and explains a save it cannot read. */
function useSavedProgress(stepId: string): [StoredProgress, () => void] {
  const actor = useCoachActor();
  const [stored, setStored] = useState<StoredProgress>(readProgress);
  const resumed = useRef(false);
  useEffect(() => {
    if (resumed.current) return;
    resumed.current = true;
    if (stored.kind === 'read' && stored.result.ok) actor.send({ type: 'coach.resume', progress: stored.result.value });
  }, [actor, stored]);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    writeProgress(actor.getSnapshot(), stepId === 'coach.journeys');
  }, [actor, stepId]);
  const dismiss = () => {
    forgetProgress();
    setStored({ kind: 'none' });
  };
  return [stored, dismiss];
}

function Shell() {
  const view = useCoachView();
  const { content } = useContent();
  const [stored, dismiss] = useSavedProgress(view.stepId);
  const [helpdeskOpen, setHelpdeskOpen] = useState(false);
  // The rehearsal screens load while the person reads the journey list.
  useEffect(() => void loadWorkspace(), []);
  const ui = content.ui;
  const atPicker = view.stepId === 'coach.journeys';
  // Focus follows the step once the person has moved; never on page load.
  const [loadedAt] = useState(view.stepId);
  const [moved, setMoved] = useState(false);
  if (!moved && view.stepId !== loadedAt) setMoved(true);
  const title = format(content.steps[view.stepId].title, textParams(view.data.config));
  const announcement = view.progress
    ? `${format(ui.guide.stepOf, { n: view.progress.current, total: view.progress.total })}: ${title}`
    : title;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {ui.app.skipLink}
      </a>
      <AppHeader />
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <main id="main" tabIndex={-1}>
        {stored.kind === 'read' && !stored.result.ok ? (
          <DecodeProblem error={stored.result.error} onFresh={dismiss} heading={content.ui.app.saveUnreadableHeading} />
        ) : null}
        {atPicker ? (
          <JourneyPicker view={view} focusOnMount={moved} />
        ) : (
          <Suspense fallback={<p role="status">{ui.common.loading}</p>}>
            <Workspace view={view} focusOnMount={moved} />
          </Suspense>
        )}
        <aside className="helpdesk-aside" aria-label={ui.app.helpdeskRegion}>
          <button
            type="button"
            className="btn btn--secondary"
            aria-expanded={helpdeskOpen}
            aria-controls="helpdesk-panel"
            onClick={() => setHelpdeskOpen(!helpdeskOpen)}
          >
            {ui.helpdesk.toggle}
          </button>
          <div id="helpdesk-panel" hidden={!helpdeskOpen}>
            {helpdeskOpen ? (
              <>
                <h2>{ui.helpdesk.title}</h2>
                <Suspense fallback={<p>{ui.common.loading}</p>}>
                  <HelpdeskPanel view={view} />
                </Suspense>
              </>
            ) : null}
          </div>
        </aside>
      </main>
      <footer className="app-footer">
        <p>{ui.app.disclaimer}</p>
        <p>{ui.app.notAffiliated}</p>
      </footer>
    </div>
  );
}
