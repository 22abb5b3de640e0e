import { useEffect, useRef, useState } from 'react';
import { format, textParams } from '@eulogin-coach/content';
import { useCoachView } from '@eulogin-coach/react';
import { AppFrame } from '../app-frame.js';
import { useContent } from '../i18n/content-context.js';
import { routeJourney } from '../route/route-journey.js';
import { GuideJourneys } from './guide-journeys.js';
import { GuideSession, useGuideEffects } from './guide-session.js';
import { GuideStepPanel } from './guide-step-panel.js';

/** Guide mode: the journey list, then each step of the real set-up with its answers. Loaded when chosen. */
export default function GuideModeApp() {
  return (
    <GuideSession>
      <GuideModePage />
    </GuideSession>
  );
}

function GuideModePage() {
  const view = useCoachView();
  const guide = useGuideEffects();
  const { content } = useContent();
  // Focus follows the page once the person has moved on from the page as it loaded.
  const [loadedAt] = useState(view.stepId);
  const [moved, setMoved] = useState(false);
  if (!moved && view.stepId !== loadedAt) setMoved(true);
  // A journey named in the address (the help centre's "Guide me") starts at once, once.
  const [journey] = useState(() => routeJourney(globalThis.location?.search ?? ''));
  const started = useRef(false);
  useEffect(() => {
    if (!journey || started.current || view.stepId !== 'coach.journeys') return;
    started.current = true;
    view.send({ type: 'coach.chooseJourney', journey });
  }, [journey, view]);
  const title =
    view.stepId === 'coach.journeys'
      ? content.guideMode.journeysHeading
      : format(content.steps[view.stepId].title, textParams(view.data.config));
  const announcement = view.progress
    ? `${format(content.ui.guide.stepOf, { n: view.progress.current, total: view.progress.total })}: ${title}`
    : title;
  return (
    <AppFrame announcement={announcement}>
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
