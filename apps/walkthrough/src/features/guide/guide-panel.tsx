import { useRef } from 'react';
import type { ReactNode } from 'react';
import type { CoachView, NoSmartphoneOption, RecoverySituation } from '@eulogin-coach/react';
import { textParams } from '@eulogin-coach/content';
import { AssumedNote } from '../../components/assumed-note.js';
import { ShareCode } from '../../components/share-code.js';
import { StepButton } from '../../components/step-button.js';
import { useStepFocus } from '../../hooks/use-step-focus.js';
import { useContent } from '../../i18n/content-context.js';
import { StepHelpLinks } from '../help-centre/step-help-links.js';
import { Persona } from './persona.js';
import { RestartButton } from './restart-button.js';
import { WhatIfLeads } from './what-if-leads.js';
import { WhatIfList } from './what-if-list.js';
import { LetTimePass } from './let-time-pass.js';
import { useFormat } from '../../i18n/use-format.js';
import { useResumeOrigin } from '../resume/resume-origin.js';

const ALTERNATIVES: readonly NoSmartphoneOption[] = ['tablet', 'securityKey', 'trustedPlatform'];
const SITUATIONS: readonly RecoverySituation[] = ['otherFactor', 'noFactor'];

/**
 * The guide: what to do now, where, how far along, and what can go wrong here. `compact` (a narrow screen) folds the
 * practice details, the what-ifs and the share code into one closed box, so the screen to act on stays in view.
 */
export function GuidePanel({
  view,
  focusOnMount = false,
  compact = false,
}: {
  view: CoachView;
  focusOnMount?: boolean;
  compact?: boolean;
}) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.guide;
  const heading = useRef<HTMLHeadingElement>(null);
  useStepFocus(view.stepId, heading, focusOnMount);
  const step = content.steps[view.stepId];
  const params = textParams(view.data.config);
  const progress = view.progress;
  // A resumed position made on a step that cannot be shown twice lands on the step before it: the notice says so.
  const resumedFrom = useResumeOrigin().from;
  const methodNote = view.journey ? content.journeys[view.journey].methodNote : undefined;
  const assumed = step.assumed ? <AssumedNote text={format(step.assumed, params)} /> : null;
  const extras = (
    <GuideExtras compact={compact} summary={content.ui.surfaceTabs.guideMore}>
      {compact ? assumed : null}
      <Persona view={view} />
      <WhatIfList view={view} />
      <StepHelpLinks stepId={view.stepId} />
      <details className="guide__share">
        <summary>{ui.share}</summary>
        <ShareCode label={ui.shareCodeLabel} hint={ui.shareIntro} />
      </details>
    </GuideExtras>
  );
  return (
    <aside className="guide" aria-label={content.ui.app.guideRegion}>
      {progress ? (
        <div className="guide__progress">
          <p>{format(ui.stepOf, { n: progress.current, total: progress.total })}</p>
          <div
            className="progress"
            role="progressbar"
            aria-label={ui.progressLabel}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={progress.percent}
            aria-valuetext={format(ui.stepOf, { n: progress.current, total: progress.total })}
          >
            <span style={{ width: `${progress.percent}%` }} />
          </div>
          {progress.complete ? null : (
            <p className="guide__time">
              {progress.minutesLeft <= 1
                ? ui.timeLeftUnderMinute
                : format(ui.timeLeft, { minutes: progress.minutesLeft })}
            </p>
          )}
        </div>
      ) : null}
      <h2 className="guide__title" tabIndex={-1} ref={heading}>
        {format(step.title, params)}
      </h2>
      <p>{format(step.body, params)}</p>
      {methodNote && view.stepId === 'signIn.password' ? (
        <p className="guide__method">{format(methodNote, { method: content.methods[view.values.signIn.method] })}</p>
      ) : null}
      <WhatIfLeads view={view} />
      {step.assumed && !compact ? assumed : null}
      {view.surface !== 'guide' && !progress?.complete ? (
        <p className={`guide__act guide__act--${view.surface}`}>
          {format(ui.actOn, { surface: content.surfaces[view.surface] })}
        </p>
      ) : null}
      {view.busy ? <p className="guide__busy">{ui.busy}</p> : null}
      {view.notice && view.notice !== 'mailResent' ? (
        <p className="guide__notice" role="status">
          <strong>{ui.noticeLabel}: </strong>
          {view.notice === 'resumed' && resumedFrom !== null && resumedFrom !== view.stepId
            ? format(ui.resumedBefore, {
                saved: format(content.steps[resumedFrom].title, params),
                step: format(step.title, params),
              })
            : format(content.notices[view.notice], params)}
        </p>
      ) : null}
      {view.stepId === 'noSmartphone.options' ? (
        <ul className="option-list">
          {ALTERNATIVES.map((option) => (
            <li key={option}>
              <StepButton view={view} event={{ type: 'user.chooseAlternative', option }} variant="secondary">
                <strong>{content.noSmartphoneOptions[option].label}</strong>
                <span>{content.noSmartphoneOptions[option].description}</span>
              </StepButton>
            </li>
          ))}
        </ul>
      ) : null}
      {view.stepId === 'recovery.options' ? (
        <ul className="option-list">
          {SITUATIONS.map((situation) => (
            <li key={situation}>
              <StepButton view={view} event={{ type: 'user.chooseRecovery', situation }} variant="secondary">
                <strong>{content.recoverySituations[situation].label}</strong>
                <span>{content.recoverySituations[situation].description}</span>
              </StepButton>
            </li>
          ))}
        </ul>
      ) : null}
      {progress?.complete ? (
        <div className="guide__done">
          <h3>{ui.doneHeading}</h3>
          <p>{ui.doneBody}</p>
        </div>
      ) : null}
      {view.step.wait ? <LetTimePass view={view} wait={view.step.wait} /> : null}
      <div className="guide__nav">
        <StepButton view={view} event={{ type: 'coach.back' }}>
          {ui.back}
        </StepButton>
        <RestartButton view={view} />
        {compact ? extras : null}
      </div>
      {compact ? null : extras}
    </aside>
  );
}

/** The guide's extras: shown in full beside the screens, folded into one closed box when compact. */
function GuideExtras({ compact, summary, children }: { compact: boolean; summary: string; children: ReactNode }) {
  if (!compact) return <>{children}</>;
  return (
    <details className="guide__more">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
