import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import type { CoachConfig, JourneyId, NoticeCode, SavedProgress, WhatIfId } from '@eulogin-coach/react';
import { loadWhatIfLabels } from '@eulogin-coach/content';

import { useStepFocus } from '../../hooks/use-step-focus.js';
import { useLoadedContent, usePageContent } from '../../i18n/content-context.js';
import { useResumeDraft } from '../resume/resume-draft.js';
import { JourneyCard, journeyMinutes, loadWhatIfSwitches } from './journey-card.js';
import { ModeChoice } from './mode-choice.js';
import { useFocusAfterModeChoice } from './app-mode.js';
import { useFormat } from '../../i18n/use-format.js';

/**
 * The share-code form, in the closed "I have a code" box: not part of the start page's first paint, so it (and the
 * explanation of a bad code) is a chunk of its own, fetched once the page is idle, or when the box opens first.
 */
const loadResumeForm = () => import('../resume/resume-form.js');
const ResumeForm = lazy(() => loadResumeForm().then((m) => ({ default: m.ResumeForm })));

/** The journey a first-timer is pointed to: the account and the app, which every other journey builds on. */
export const RECOMMENDED: JourneyId = 'fullSetup';

/** The journeys in the groups the start page shows them in (the recommended one is shown first, on its own). */
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
 * The start: what a first-timer needs, the journey to begin with, then every other journey, and a closed box for
 * people who were given a share code. It needs no coach, so the page shows it before the coach has loaded.
 */
export function JourneyPicker(props: JourneyPickerProps) {
  const { content, locale } = usePageContent();
  const format = useFormat();
  const ui = content.ui.picker;
  const start = content.ui.start;
  const heading = useRef<HTMLHeadingElement>(null);
  useStepFocus('coach.journeys', heading, props.focusOnMount ?? false);
  useFocusAfterModeChoice(heading);
  const [draft] = useResumeDraft();
  // The box opens by itself only when the page appears with a code already being typed (the page around it was
  // swapped), so it never hides a draft; clearing the field later neither closes it nor removes the form.
  const [openAtMount] = useState(draft !== '');
  // The form is rendered once the box has been opened, and stays: a closed box's contents still render, and a lazy
  // form there would be fetched while the start page itself is still starting.
  const [formShown, setFormShown] = useState(openAtMount);
  useEffect(() => {
    // A preload: a failure is not reported here. If the form or the switches cannot be loaded when their box opens,
    // the page's failure boundary explains it and offers a reload; labels that cannot be, the box itself explains.
    const preload = () => {
      void loadResumeForm().catch(() => undefined);
      // The what-if switches and their labels, so a "Make it harder" box shows its switches as soon as it opens.
      void loadWhatIfSwitches().catch(() => undefined);
      void loadWhatIfLabels(locale).catch(() => undefined);
    };
    // Safari has no requestIdleCallback: a timer then waits for the current task (the first render) to end.
    (globalThis.requestIdleCallback ?? setTimeout)(preload);
    // Again for a new language (its labels); what has loaded already is not fetched twice.
  }, [locale]);
  // A notice comes from the coach, which shows only once every text has loaded: the start page's texts have none.
  const notices = useLoadedContent()?.notices;
  const card = { config: props.config, busy: props.busy, onStart: props.onStart };
  return (
    <section className="picker" aria-labelledby="picker-heading">
      <h2 id="picker-heading" tabIndex={-1} ref={heading}>
        {ui.heading}
      </h2>
      <ModeChoice />
      <p>{ui.intro}</p>
      {props.notice === 'prepareFailed' && notices ? (
        <p role="alert" className="form-error">
          {notices.prepareFailed}
        </p>
      ) : null}
      <div className="picker__first">
        <section className="picker__needs" aria-labelledby="needs-heading">
          <h3 id="needs-heading">{start.needHeading}</h3>
          <ul>
            <li>{start.needPc}</li>
            <li>{start.needPhone}</li>
            <li>{start.needApp}</li>
            <li>{format(start.needTime, { minutes: journeyMinutes(RECOMMENDED) })}</li>
          </ul>
        </section>
        <section className="picker__recommended" aria-labelledby="recommended-heading">
          <h3 id="recommended-heading">{start.recommendedHeading}</h3>
          <p>{start.recommendedIntro}</p>
          <JourneyCard {...card} journey={RECOMMENDED} recommended headingLevel={4} />
        </section>
      </div>
      <section className="picker__others" aria-labelledby="others-heading">
        <h3 id="others-heading">{start.othersHeading}</h3>
        <p>{start.othersIntro}</p>
        {GROUPS.map((group) => (
          <section key={group.key} className="picker__group" aria-labelledby={`group-${group.key}`}>
            <h4 id={`group-${group.key}`}>{ui[group.key]}</h4>
            <ul className="picker__list">
              {group.journeys
                .filter((journey) => journey !== RECOMMENDED)
                .map((journey) => (
                  <li key={journey}>
                    <JourneyCard {...card} journey={journey} headingLevel={5} />
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </section>
      <details
        className="picker__code"
        open={openAtMount || undefined}
        onToggle={(event) => event.currentTarget.open && setFormShown(true)}
      >
        <summary>{start.haveCode}</summary>
        <section className="picker__resume" aria-labelledby="resume-heading">
          <h3 id="resume-heading">{ui.resumeHeading}</h3>
          <p>{ui.resumeIntro}</p>
          {formShown ? (
            <Suspense fallback={null}>
              <ResumeForm busy={props.busy} onResume={props.onResume} onFresh={props.onFresh} />
            </Suspense>
          ) : null}
        </section>
      </details>
    </section>
  );
}
