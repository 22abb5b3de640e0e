import { Suspense, lazy, useCallback, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { Locale } from '@eulogin-coach/content';
import { DEFAULT_CONFIG } from '@eulogin-coach/react';
import type { CoachEvent } from '@eulogin-coach/react';
import { AppFrame, HelpdeskAside } from './app-frame.js';
import { FailureBoundary } from './components/failure-boundary.js';
import type { Rehearsal } from './effects/rehearsal.js';
import { AppModeSwitch } from './features/picker/app-mode.js';
import { JourneyPicker } from './features/picker/journey-picker.js';
import { DecodeProblem } from './features/resume/decode-problem.js';
import { ResumeDraftProvider } from './features/resume/resume-draft.js';
import { GuideModeRoot } from './guide-mode/guide-mode-root.js';
import { ContentProvider, FullContentGate, usePageContent, usePreloadCoachTexts } from './i18n/content-context.js';
import type { LoadedPageTexts, TextSource } from './i18n/content-context.js';
import type { SavedAtStart } from './persist/saved-at-start.js';
import type { StoredProgress } from './persist/stored-progress.js';
import { forgetProgress, hasStoredProgress } from './persist/stored-progress.js';
import type { RehearsalTarget } from './features/help-centre/rehearsal-for.js';
import type { AppRoute } from './route/app-route.js';
import { currentRoute, routeSearch } from './route/app-route.js';
import { dropCodeFromAddress } from './route/drop-from-address.js';

const loadCoachApp = () => import('./coach-app.js');
const CoachApp = lazy(loadCoachApp);
const ConsoleApp = lazy(() => import('./features/console/console-app.js'));
const HelpCentreApp = lazy(() => import('./features/help-centre/help-centre-app.js'));
/** The decoder of saves and share codes, with the reading of both: needed only when there is something to read. */
const loadSavedAtStart = () => import('./persist/saved-at-start.js');

/** A first visit: nothing saved and no code in the address, so nothing to decode. */
const NOTHING_SAVED: SavedAtStart = { stored: { kind: 'none' }, routeCode: { kind: 'none' } };

/** After the start page is up, fetch the coach in the background so Start answers at once. */
const PRELOAD_DELAY_MS = 1500;

export interface AppProps {
  /** The simulated world, clock and coach logic; a fresh rehearsal when absent. */
  readonly rehearsal?: Rehearsal;
  /** A fixed language (tests); otherwise remembered or detected. */
  readonly locale?: Locale;
  /** Where the texts come from (tests); the content package's downloads when absent. */
  readonly texts?: TextSource;
  /** The page texts the entry already loaded, so the first render is the page. */
  readonly loaded?: LoadedPageTexts | null;
}

export function App({ rehearsal, locale, texts, loaded }: AppProps) {
  const [route, setRoute] = useState<AppRoute>(currentRoute);
  // "Rehearse this" in the help centre: the rehearsal, in rehearsal mode, starting that journey with its what-ifs.
  const [start, setStart] = useState<CoachEvent | null>(null);
  const rehearse = ({ journey, whatIfs }: RehearsalTarget) => {
    const next: AppRoute = { mode: 'rehearse', view: 'page', code: null };
    const location = globalThis.location;
    globalThis.history?.pushState(null, '', `${location?.pathname ?? ''}${routeSearch(next)}`);
    setStart({ type: 'coach.chooseJourney', journey, whatIfs });
    setRoute(next);
  };
  // A share code or a "Rehearse this" start is taken once, by the page that opens with it (it keeps it in its own
  // state): switching mode and back must not apply it again. The address loses the code as it is taken.
  const used = useCallback(() => {
    setStart(null);
    setRoute((r) => (r.code === null ? r : { ...r, code: null }));
  }, []);
  // The browser's Back and Forward (after "Rehearse this") show the page the address names.
  useEffect(() => {
    const follow = () => {
      setStart(null);
      setRoute(currentRoute());
    };
    globalThis.addEventListener('popstate', follow);
    return () => globalThis.removeEventListener('popstate', follow);
  }, []);
  return (
    <ContentProvider {...(locale ? { locale } : {})} {...(texts ? { source: texts } : {})} loaded={loaded ?? null}>
      {/* Root reads saved progress and the theme from storage: if anything there still fails, the page explains it
          and offers a fresh start that removes the saved progress, instead of going blank. */}
      <FailureBoundary>
        <ResumeDraftProvider>
          {route.view === 'console' ? (
            <LazyView>
              <ConsoleApp code={route.code} />
            </LazyView>
          ) : route.view === 'help' ? (
            <LazyView>
              <HelpCentreApp onRehearse={rehearse} />
            </LazyView>
          ) : (
            // The mode chosen on the start page (or in the address): rehearse on pretend screens, or guide mode.
            <AppModeSwitch guide={<GuideModeRoot code={route.code} onCodeUsed={used} />}>
              <Root {...(rehearsal ? { rehearsal } : {})} code={route.code} start={start} onUsed={used} />
            </AppModeSwitch>
          )}
        </ResumeDraftProvider>
      </FailureBoundary>
    </ContentProvider>
  );
}

/**
 * The start page needs no coach: the journey list, the resume form and an unreadable save's explanation show
 * straight away, and the coach (XState, the flows, the simulated world) loads when a journey starts, a position is
 * resumed or the helpdesk opens. A readable save is resumed at once.
 */
function Root({
  rehearsal,
  code,
  start,
  onUsed,
}: {
  rehearsal?: Rehearsal;
  code: string | null;
  /** A journey to start at once (from the help centre); it comes before a share code and a save. */
  start: CoachEvent | null;
  /** Called once `code` and `start` have been taken, so that they are not applied again. */
  onUsed: () => void;
}) {
  // Saved progress and a share code in the address are read once the decoder has loaded (at once when there is
  // neither, as on a first visit); until then the start page shows, busy.
  const [saved, setSaved] = useState<SavedAtStart | null>(() =>
    code === null && !hasStoredProgress() ? NOTHING_SAVED : null,
  );
  const [savedFailure, setSavedFailure] = useState<{ readonly error: unknown } | null>(null);
  const [stored, setStored] = useState<StoredProgress>(NOTHING_SAVED.stored);
  // A share code in the address (`?code=`, from the helpdesk console) comes before the save; a bad one is explained.
  const [routeCode, setRouteCode] = useState(NOTHING_SAVED.routeCode);
  const [first, setFirst] = useState<CoachEvent | null>(start);
  useEffect(() => {
    if (saved) return;
    let current = true;
    loadSavedAtStart().then(
      ({ readSavedAtStart }) => {
        if (!current) return;
        const read = readSavedAtStart(code);
        setStored(read.stored);
        setRouteCode(read.routeCode);
        setFirst(
          (chosen) =>
            chosen ??
            (read.routeCode.kind === 'ok'
              ? { type: 'coach.resume', progress: read.routeCode.progress }
              : read.routeCode.kind === 'none' && read.stored.kind === 'read' && read.stored.result.ok
                ? { type: 'coach.resume', progress: read.stored.result.value }
                : null),
        );
        setSaved(read);
      },
      (error: unknown) => current && setSavedFailure({ error }),
    );
    return () => {
      current = false;
    };
  }, [saved, code]);
  // Taken once: a reload, or switching mode and back, does not apply the code or the start again (a refused code
  // stays explained here until the person dismisses it). The code is given up only once it has been read.
  const [taken] = useState(() => code !== null || start !== null);
  useEffect(() => {
    if (routeCode.kind !== 'none') dropCodeFromAddress();
  }, [routeCode]);
  useEffect(() => {
    if (taken && saved) onUsed();
  }, [taken, saved, onUsed]);
  const [helpdeskOpen, setHelpdeskOpen] = useState(false);
  // Once the helpdesk has opened the coach, it stays: closing the helpdesk must not end a journey started inside it.
  const [helpdeskUsed, setHelpdeskUsed] = useState(false);
  // Not before the saved progress has been read: the coach starts with it.
  const coachWanted = saved !== null && (first !== null || helpdeskOpen || helpdeskUsed);
  const preloadCoachTexts = usePreloadCoachTexts();
  const { content } = usePageContent();
  useEffect(() => {
    const timer = setTimeout(() => {
      // A failed preload is not reported: the real load, when a journey starts, explains it.
      loadCoachApp().catch(() => undefined);
      preloadCoachTexts();
    }, PRELOAD_DELAY_MS);
    return () => clearTimeout(timer);
  }, [preloadCoachTexts]);
  const dismissStored = () => {
    forgetProgress();
    setStored({ kind: 'none' });
  };
  const toggleHelpdesk = () => {
    setHelpdeskUsed(true);
    setHelpdeskOpen(!helpdeskOpen);
  };
  // The decoder could not be downloaded: the error boundary explains it and offers a reload.
  if (savedFailure) throw savedFailure.error;
  const startPage = (busy: boolean) => (
    <StartPage
      busy={busy}
      codeProblem={
        routeCode.kind === 'bad' ? (
          <DecodeProblem
            error={routeCode.error}
            heading={content.ui.app.codeUnreadableHeading}
            onFresh={() => {
              dropCodeFromAddress();
              setRouteCode({ kind: 'none' });
            }}
          />
        ) : null
      }
      stored={stored}
      dismissStored={dismissStored}
      start={setFirst}
      helpdeskOpen={helpdeskOpen}
      toggleHelpdesk={toggleHelpdesk}
    />
  );
  if (!coachWanted) return startPage(saved === null);
  return (
    <FailureBoundary>
      <Suspense fallback={startPage(true)}>
        <FullContentGate fallback={startPage(true)}>
          <CoachApp
            {...(rehearsal ? { rehearsal } : {})}
            first={first}
            stored={stored}
            dismissStored={dismissStored}
            helpdeskOpen={helpdeskOpen}
            toggleHelpdesk={toggleHelpdesk}
          />
        </FullContentGate>
      </Suspense>
    </FailureBoundary>
  );
}

function StartPage(props: {
  busy: boolean;
  codeProblem: ReactNode;
  stored: StoredProgress;
  dismissStored: () => void;
  start: (event: CoachEvent) => void;
  helpdeskOpen: boolean;
  toggleHelpdesk: () => void;
}): ReactNode {
  const { content } = usePageContent();
  const ui = content.ui;
  return (
    <AppFrame announcement={ui.picker.heading}>
      {props.codeProblem}
      {props.stored.kind === 'read' && !props.stored.result.ok ? (
        <DecodeProblem
          error={props.stored.result.error}
          onFresh={props.dismissStored}
          heading={ui.app.saveUnreadableHeading}
        />
      ) : null}
      <JourneyPicker
        config={DEFAULT_CONFIG}
        busy={props.busy}
        notice={null}
        onStart={(journey, whatIfs) => props.start({ type: 'coach.chooseJourney', journey, whatIfs })}
        onResume={(progress) => props.start({ type: 'coach.resume', progress })}
        onFresh={() => undefined}
      />
      <p className="start-help">
        <a href={routeSearch({ view: 'help' })}>{ui.app.helpCentreStart}</a>
      </p>
      <HelpdeskAside open={props.helpdeskOpen} onToggle={props.toggleHelpdesk}>
        <p role="status">{ui.common.loading}</p>
      </HelpdeskAside>
    </AppFrame>
  );
}

/** A view loaded on its own (the helpdesk console, the help centre): none of it is in the start page's JavaScript. */
function LazyView({ children }: { children: ReactNode }) {
  const { content } = usePageContent();
  const loading = (
    <AppFrame announcement={content.ui.common.loading}>
      <p role="status">{content.ui.common.loading}</p>
    </AppFrame>
  );
  return (
    <FailureBoundary>
      <Suspense fallback={loading}>
        <FullContentGate fallback={loading}>{children}</FullContentGate>
      </Suspense>
    </FailureBoundary>
  );
}
