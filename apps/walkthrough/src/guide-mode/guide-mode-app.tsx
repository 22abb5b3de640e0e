import { useEffect, useRef, useState } from 'react';
import { textParams } from '@eulogin-coach/content';
import { currentStepId, isBusy, useCoachActor, useCoachView } from '@eulogin-coach/react';
import type { DecodeError, SavedProgress, StepId } from '@eulogin-coach/react';
import { AppFrame } from '../app-frame.js';
import { dropCodeFromAddress, dropFromAddress, readRouteCode } from '../features/console/route-code.js';
import { DecodeProblem } from '../features/resume/decode-problem.js';
import { useContent } from '../i18n/content-context.js';
import { routeJourney } from '../route/route-journey.js';
import { GuideJourneys } from './guide-journeys.js';
import { forgetGuideProgress, readGuideProgress, writeGuideProgress } from './guide-progress.js';
import { GuideSession, useGuideEffects } from './guide-session.js';
import { GuideStepPanel } from './guide-step-panel.js';
import { useFormat } from '../i18n/use-format.js';

export interface GuideModeAppProps {
  /** A share code from the page's address (`?mode=guide&code=…`), not yet decoded. */
  readonly code?: string | null;
  /** Called once the code has been taken (used or refused): the page that handed it over forgets it. */
  readonly onCodeUsed?: () => void;
}

/** Where guide mode starts: the address's code, else its own save, else the journey list; and what could not be read. */
interface Start {
  readonly progress: SavedProgress | null;
  /** Whether `progress` came from the address's code (rather than the save). */
  readonly fromCode: boolean;
  readonly problem: { readonly error: DecodeError; readonly from: 'code' | 'save' } | null;
}

function startOf(code: string | null): Start {
  const route = readRouteCode(code);
  if (route.kind === 'ok') return { progress: route.progress, fromCode: true, problem: null };
  const stored = readGuideProgress();
  const saved = stored.kind === 'read' && stored.result.ok ? stored.result.value : null;
  if (route.kind === 'bad') return { progress: saved, fromCode: false, problem: { error: route.error, from: 'code' } };
  if (stored.kind === 'read' && !stored.result.ok) {
    return { progress: null, fromCode: false, problem: { error: stored.result.error, from: 'save' } };
  }
  return { progress: saved, fromCode: false, problem: null };
}

/**
 * Guide mode: the journey list, then each step of the real set-up with its answers. Loaded when chosen. It carries
 * on from a code in the address or from where the person was (its own save, kept on every step), so a reload or a
 * closed tab loses nothing.
 */
export default function GuideModeApp({ code = null, onCodeUsed }: GuideModeAppProps) {
  return (
    <GuideSession>
      <GuideModePage code={code} {...(onCodeUsed ? { onCodeUsed } : {})} />
    </GuideSession>
  );
}

function GuideModePage({ code, onCodeUsed }: { code: string | null; onCodeUsed?: () => void }) {
  const actor = useCoachActor();
  const view = useCoachView();
  const guide = useGuideEffects();
  const { content } = useContent();
  const format = useFormat();
  const [start] = useState(() => startOf(code));
  // A journey named in the address (the help centre's "Guide me") comes before the person's own save.
  const [journey] = useState(() => routeJourney(globalThis.location?.search ?? ''));
  const [problem, setProblem] = useState(start.problem);
  // The first move, once (StrictMode runs effects twice): carry on from the code, start the journey the address
  // names, or carry on from the save.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (start.progress && (start.fromCode || !journey)) actor.send({ type: 'coach.resume', progress: start.progress });
    else if (journey) actor.send({ type: 'coach.chooseJourney', journey });
    if (start.problem?.from !== 'save') dropCodeFromAddress();
    // Started once: a reload, or switching mode and back, carries on from the save instead of starting over.
    dropFromAddress('journey');
    onCodeUsed?.();
  }, [actor, start, journey, onCodeUsed]);
  // Focus follows the page once the person has moved on from the page as it loaded; the position is saved then.
  // The page as it loaded includes the move made for them on load (a save or a code carried on, the journey the
  // address names): a screen-reader user starts at the top of the page, and focus moves only once they act.
  const [movesOnLoad] = useState(() => Boolean((start.progress && (start.fromCode || !journey)) || journey));
  const [loadedAt, setLoadedAt] = useState<StepId | null>(movesOnLoad ? null : view.stepId);
  useEffect(() => {
    if (loadedAt !== null) return;
    // The move is sent before the actor starts (its provider starts it after this page's effects): settled once the
    // coach has been busy with it, or stands on a step, and is idle again.
    let underWay = false;
    const settle = () => {
      const snapshot = actor.getSnapshot();
      const stepId = currentStepId(snapshot);
      if (isBusy(snapshot) || stepId !== 'coach.journeys') underWay = true;
      if (underWay && !isBusy(snapshot)) setLoadedAt(stepId);
    };
    settle();
    const subscription = actor.subscribe(settle);
    return () => subscription.unsubscribe();
  }, [actor, loadedAt]);
  const [moved, setMoved] = useState(false);
  if (!moved && loadedAt !== null && view.stepId !== loadedAt) setMoved(true);
  // Saved from the first move on, the one made on load included (a code's position outlives a reload).
  const saving = moved || (movesOnLoad && loadedAt !== null);
  useEffect(() => {
    if (saving && !view.busy) writeGuideProgress(actor.getSnapshot(), view.stepId === 'coach.journeys');
  }, [actor, saving, view.stepId, view.busy]);
  const title =
    view.stepId === 'coach.journeys'
      ? content.guideMode.journeysHeading
      : format(content.steps[view.stepId].title, textParams(view.data.config));
  const announcement = view.progress
    ? `${format(content.ui.guide.stepOf, { n: view.progress.current, total: view.progress.total })}: ${title}`
    : title;
  return (
    <AppFrame announcement={announcement}>
      {problem ? (
        <DecodeProblem
          error={problem.error}
          heading={
            problem.from === 'code' ? content.ui.app.codeUnreadableHeading : content.ui.app.saveUnreadableHeading
          }
          onFresh={() => {
            if (problem.from === 'save') forgetGuideProgress();
            setProblem(null);
          }}
        />
      ) : null}
      {view.stepId === 'coach.journeys' ? (
        <GuideJourneys
          busy={view.busy}
          onStart={(journey) => view.send({ type: 'coach.chooseJourney', journey })}
          onResume={(progress) => view.send({ type: 'coach.resume', progress })}
          focusOnMount={moved}
        />
      ) : (
        <GuideStepPanel view={view} guide={guide} focusOnMount={moved} />
      )}
    </AppFrame>
  );
}
