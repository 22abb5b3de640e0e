import { useRef, useState } from 'react';
import { JOURNEYS, STEPS, whatIfsForJourney } from '@eulogin-coach/machine/registry';
import type { CoachConfig, JourneyId, NoticeCode, SavedProgress, WhatIfId } from '@eulogin-coach/react';
import { format, textParams } from '@eulogin-coach/content';
import { useStepFocus } from '../../hooks/use-step-focus.js';
import { usePageContent } from '../../i18n/content-context.js';
import { ResumeForm } from '../resume/resume-form.js';
import { ModeChoice } from './mode-choice.js';

/** The journeys in the groups the start page shows them in. */
export const GROUPS: readonly {
  readonly key: 'groupSetUp' | 'groupSignIn' | 'groupTrouble';
  readonly journeys: readonly JourneyId[];
}[] = [
  { key: 'groupSetUp', journeys: ['fullSetup', 'noSmartphone', 'linkEid'] },
  { key: 'groupSignIn', journeys: ['signInAppPin', 'signInAppQr', 'signInSecurityKey', 'signInEid'] },
  { key: 'groupTrouble', journeys: ['forgotPassword', 'forgotPin', 'newPhone', 'lostPhone'] },
];

export interface JourneyPickerProps {
  readonly config: CoachConfig;
  /** The coach is busy (preparing a journey): starting another waits. */
  readonly busy: boolean;
  readonly notice: NoticeCode | null;
  readonly onStart: (journey: JourneyId, whatIfs: readonly WhatIfId[]) => void;
  readonly onResume: (progress: SavedProgress) => void;
  readonly onFresh: () => void;
  readonly focusOnMount?: boolean;
}

/**
 * The start: every journey with what it is, how long it takes, and the what-ifs it can be made harder with. It
 * needs no coach, so the page shows it before the coach and the simulated world have loaded.
 */
export function JourneyPicker(props: JourneyPickerProps) {
  const { content } = usePageContent();
  const ui = content.ui.picker;
  const heading = useRef<HTMLHeadingElement>(null);
  useStepFocus('coach.journeys', heading, props.focusOnMount ?? false);
  return (
    <section className="picker" aria-labelledby="picker-heading">
      <h2 id="picker-heading" tabIndex={-1} ref={heading}>
        {ui.heading}
      </h2>
      <ModeChoice />
      <p>{ui.intro}</p>
      {props.notice === 'prepareFailed' ? (
        <p role="alert" className="form-error">
          {content.notices.prepareFailed}
        </p>
      ) : null}
      {GROUPS.map((group) => (
        <section key={group.key} className="picker__group" aria-labelledby={`group-${group.key}`}>
          <h3 id={`group-${group.key}`}>{ui[group.key]}</h3>
          <ul className="picker__list">
            {group.journeys.map((journey) => (
              <li key={journey}>
                <JourneyCard {...props} journey={journey} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section className="picker__resume" aria-labelledby="resume-heading">
        <h3 id="resume-heading">{ui.resumeHeading}</h3>
        <p>{ui.resumeIntro}</p>
        <ResumeForm busy={props.busy} onResume={props.onResume} onFresh={props.onFresh} />
      </section>
    </section>
  );
}

function JourneyCard({ config, busy, onStart, journey }: JourneyPickerProps & { journey: JourneyId }) {
  const { content } = usePageContent();
  const ui = content.ui.picker;
  const [chosen, setChosen] = useState<readonly WhatIfId[]>([]);
  const text = content.journeys[journey];
  const path = JOURNEYS[journey].path;
  const minutes = Math.max(1, Math.ceil(path.reduce((sum, s) => sum + STEPS[s].minutes, 0)));
  const whatIfs = whatIfsForJourney(journey);
  const params = textParams(config);
  const toggle = (id: WhatIfId, on: boolean) => setChosen(on ? [...chosen, id] : chosen.filter((w) => w !== id));
  return (
    <article className="journey" aria-labelledby={`journey-${journey}`}>
      <h4 id={`journey-${journey}`}>{text.title}</h4>
      <p className="journey__description">{text.description}</p>
      <div className="journey__footer">
        <p className="journey__meta">
          {format(ui.stepCount, { count: path.length })} · {format(ui.duration, { minutes })}
        </p>
        {whatIfs.length > 0 ? (
          <details className="journey__what-ifs">
            <summary>
              {ui.whatIfHeading}
              {chosen.length > 0 ? ` (${format(ui.whatIfSelected, { count: chosen.length })})` : ''}
            </summary>
            <fieldset>
              <legend>{ui.whatIfIntro}</legend>
              {whatIfs.map((w) => (
                <label key={w.id} className="choice">
                  <input
                    type="checkbox"
                    checked={chosen.includes(w.id)}
                    onChange={(e) => toggle(w.id, e.target.checked)}
                  />
                  {format(content.whatIfs[w.id].label, params)}
                </label>
              ))}
            </fieldset>
          </details>
        ) : (
          <p className="journey__meta">{ui.whatIfNone}</p>
        )}
        <button
          type="button"
          className="btn btn--primary"
          aria-label={format(ui.startJourney, { journey: text.title })}
          disabled={busy}
          onClick={() => onStart(journey, chosen)}
        >
          {ui.start}
        </button>
      </div>
    </article>
  );
}
