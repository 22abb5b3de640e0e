import { useRef } from 'react';

import type { JourneyId, SavedProgress } from '@eulogin-coach/react';
import { JOURNEYS } from '@eulogin-coach/machine/registry';
import { GROUPS } from '../features/picker/journey-picker.js';
import { ModeChoice } from '../features/picker/mode-choice.js';
import { useFocusAfterModeChoice } from '../features/picker/app-mode.js';
import { ResumeForm } from '../features/resume/resume-form.js';
import { useStepFocus } from '../hooks/use-step-focus.js';
import { useContent } from '../i18n/content-context.js';
import { useFormat } from '../i18n/use-format.js';

/** Guide mode's start: the same journeys as the rehearsal, each started for the real thing. */
export function GuideJourneys({
  busy,
  onStart,
  onResume,
  focusOnMount = false,
}: {
  busy: boolean;
  onStart: (journey: JourneyId) => void;
  /** Continue from a share code: the step a helpdesk agent or an earlier visit left off at. */
  onResume: (progress: SavedProgress) => void;
  focusOnMount?: boolean;
}) {
  const { content } = useContent();
  const format = useFormat();
  const texts = content.guideMode;
  const picker = content.ui.picker;
  const heading = useRef<HTMLHeadingElement>(null);
  useStepFocus('coach.journeys', heading, focusOnMount);
  useFocusAfterModeChoice(heading);
  return (
    <section className="picker" aria-labelledby="guide-journeys-heading">
      <h2 id="guide-journeys-heading" tabIndex={-1} ref={heading}>
        {texts.journeysHeading}
      </h2>
      <ModeChoice />
      <p>{texts.journeysIntro}</p>
      <p className="guide-mode__no-secrets">{texts.noSecrets}</p>
      {GROUPS.map((group) => (
        <section key={group.key} className="picker__group" aria-labelledby={`guide-group-${group.key}`}>
          <h3 id={`guide-group-${group.key}`}>{picker[group.key]}</h3>
          <ul className="picker__list">
            {group.journeys.map((journey) => (
              <li key={journey}>
                <article className="journey" aria-labelledby={`guide-journey-${journey}`}>
                  <h4 id={`guide-journey-${journey}`}>{content.journeys[journey].title}</h4>
                  <p className="journey__description">{content.journeys[journey].description}</p>
                  <div className="journey__footer">
                    <p className="journey__meta">
                      {format(picker.stepCount, { count: JOURNEYS[journey].path.length })}
                    </p>
                    <button
                      type="button"
                      className="btn btn--primary"
                      aria-label={format(picker.startJourney, { journey: content.journeys[journey].title })}
                      disabled={busy}
                      onClick={() => onStart(journey)}
                    >
                      {picker.start}
                    </button>
                  </div>
                </article>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section className="picker__resume" aria-labelledby="guide-resume-heading">
        <h3 id="guide-resume-heading">{picker.resumeHeading}</h3>
        <p>{picker.resumeIntro}</p>
        <ResumeForm busy={busy} onResume={onResume} />
      </section>
    </section>
  );
}
