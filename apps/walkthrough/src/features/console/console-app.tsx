import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { textParams } from '@eulogin-coach/content';
import { decodeShareCode, encodeShareCode, toSavedProgress } from '@eulogin-coach/machine/persist';
import { useCoachActor, useCoachSelector, useCoachView } from '@eulogin-coach/react';
import type { SavedProgress, StepId } from '@eulogin-coach/react';
import { AppFrame } from '../../app-frame.js';
import { useContent } from '../../i18n/content-context.js';
import { DecodeProblem } from '../resume/decode-problem.js';
import { appendEntry, lastStep, withJourney } from './call-record.js';
import { ConsoleSession } from './console-session.js';
import type { ConsoleSessionValue } from './console-session.js';
import { ConsoleSearch } from './console-search.js';
import type { ConsoleActions } from './console-actions.js';
import type { FaqLookup, HelpSearchFn } from './help-hit.js';
import { useHelpSearch } from './use-help-search.js';
import { PositionColumn } from './position-column.js';
import { RecordColumn } from './record-column.js';
import { RefusedRecord } from './refused-record.js';
import { dropCodeFromAddress, readRouteCode } from './route-code.js';
import { ScriptColumn } from './script-column.js';
import type { AnswersSlot } from './pending-answers.js';
import { useCallRecord } from './use-call-record.js';
import './console.css';
import { useFormat } from '../../i18n/use-format.js';

const JourneyMap = lazy(() => import('./journey-map.js'));

export interface ConsoleAppProps {
  /** The coach and its guide effects; a fresh guide-mode session when absent (tests pass their own). */
  readonly session?: ConsoleSessionValue;
  /** A share code from the page's address (`?code=`), not yet decoded. */
  readonly code?: string | null;
  /** The help search; the content package's search over every language when absent (tests pass their own). */
  readonly search?: HelpSearchFn;
  /** FAQ questions and answers by id, for FAQ hits. */
  readonly faqs?: FaqLookup;
  /** The answer buttons under the script; the guide's pending question when absent. */
  readonly answers?: AnswersSlot;
  /** The clock of the record's times (tests pass a fixed one). */
  readonly now?: () => number;
}

/**
 * The helpdesk console (`?view=console`): the agent's screen while a caller does the real EU Login set-up. The
 * caller's position, the step's script with its answers and the call record side by side; a search above them and
 * the journey map below.
 */
export default function ConsoleApp({ session, ...props }: ConsoleAppProps) {
  return (
    <ConsoleSession {...(session ? { session } : {})}>
      <ConsoleShell {...props} />
    </ConsoleSession>
  );
}

function ConsoleShell({ code = null, search, faqs, answers, now = Date.now }: Omit<ConsoleAppProps, 'session'>) {
  const { content } = useContent();
  const format = useFormat();
  const texts = content.console;
  const actor = useCoachActor();
  const view = useCoachView();
  const calls = useCallRecord(now);
  const { add, update } = calls;
  const position = useCoachSelector((s) => encodeShareCode(toSavedProgress(s)));
  const [routeCode] = useState(() => readRouteCode(code));
  const [codeProblem, setCodeProblem] = useState(routeCode.kind === 'bad' ? routeCode.error : null);
  /** The "Type the caller's code" form, which a bad code in the address sends the agent to. */
  const callerCode = useRef<HTMLDivElement>(null);
  const { locale } = useContent();
  const help = useHelpSearch(locale);

  // The first move, once (StrictMode runs effects twice): the address's code, else where the last call got to.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (routeCode.kind === 'ok') {
      actor.send({ type: 'coach.resume', progress: routeCode.progress });
      add({ kind: 'resume', at: now(), stepId: routeCode.progress.stepId, code: routeCode.code });
      dropCodeFromAddress();
      return;
    }
    const last = lastStep(calls.record);
    const saved = last ? decodeShareCode(last.code) : null;
    if (saved?.ok) actor.send({ type: 'coach.resume', progress: saved.value });
    // Read once, at mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Every step the caller reaches, with the code of that position; a step already last in the record is not repeated.
  const { stepId, journey, busy } = view;
  useEffect(() => {
    if (stepId === 'coach.journeys' || busy) return;
    const at = now();
    update((r) => {
      const last = lastStep(r);
      const next = withJourney(r, journey);
      if (last?.stepId !== stepId) return appendEntry(next, { kind: 'step', at, stepId, code: position });
      // The same step with a new position (the phone changed): the step's line keeps the latest code.
      if (last.code === position || next.entries.at(-1) !== last) return next;
      return { ...next, entries: [...next.entries.slice(0, -1), { ...last, code: position }] };
    });
  }, [stepId, journey, busy, position, now, update]);

  const actions: ConsoleActions = useMemo(
    () => ({
      jumpTo: (to: StepId) => {
        if (!view.can({ type: 'helpdesk.jumpTo', stepId: to })) return;
        add({ kind: 'jump', at: now(), from: view.stepId, to });
        view.send({ type: 'helpdesk.jumpTo', stepId: to });
      },
      resume: (progress: SavedProgress) => {
        add({ kind: 'resume', at: now(), stepId: progress.stepId, code: encodeShareCode(progress) });
        view.send({ type: 'coach.resume', progress });
      },
      answered: ({ action, answer }) => {
        const at = now();
        if (action) add({ kind: 'action', at, stepId: view.stepId, action });
        if (answer) add({ kind: 'answer', at, stepId: view.stepId, effect: answer.effect, answer: answer.answer });
      },
      goBack: (to: StepId, toCode: string) => {
        const decoded = decodeShareCode(toCode);
        if (!decoded.ok) return;
        add({ kind: 'jump', at: now(), from: view.stepId, to });
        view.send({ type: 'coach.resume', progress: decoded.value });
      },
    }),
    [view, add, now],
  );

  const title = format(content.steps[view.stepId].title, textParams(view.data.config));
  const announcement = view.progress
    ? `${format(content.ui.guide.stepOf, { n: view.progress.current, total: view.progress.total })}: ${title}`
    : title;
  const jumpFromSearch = useCallback((to: StepId) => actions.jumpTo(to), [actions]);
  return (
    <AppFrame announcement={announcement}>
      <div className="console">
        <div className="console__top">
          <h2 className="console__title">{texts.title}</h2>
          <ConsoleSearch
            help={
              search ? { state: 'ready', search, faqs: faqs ?? (() => undefined), callerSees: () => undefined } : help
            }
            onJump={jumpFromSearch}
            canJump={(to) => view.can({ type: 'helpdesk.jumpTo', stepId: to })}
          />
        </div>
        {codeProblem ? (
          <DecodeProblem
            error={codeProblem}
            heading={content.ui.app.codeUnreadableHeading}
            // The console has no fresh start to offer: the agent types the code the caller reads out instead.
            action={texts.code.typeInstead}
            onFresh={() => {
              dropCodeFromAddress();
              setCodeProblem(null);
              callerCode.current?.querySelector('input')?.focus();
            }}
          />
        ) : null}
        {calls.refused ? <RefusedRecord error={calls.refused} onDismiss={calls.dismissRefused} /> : null}
        <div className="console__columns">
          <PositionColumn
            view={view}
            record={calls.record}
            position={position}
            actions={actions}
            callerCode={callerCode}
          />
          <ScriptColumn
            view={view}
            actions={actions}
            {...(answers ? { answers } : {})}
            {...(help.state === 'ready' ? { callerSees: help.callerSees } : {})}
          />
          <RecordColumn view={view} calls={calls} position={position} now={now} />
        </div>
        <Suspense fallback={<p role="status">{content.ui.common.loading}</p>}>
          <JourneyMap view={view} record={calls.record} onJump={actions.jumpTo} />
        </Suspense>
      </div>
    </AppFrame>
  );
}
