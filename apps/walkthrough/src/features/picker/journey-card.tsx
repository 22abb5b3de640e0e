import { Suspense, lazy, useState } from 'react';
import type { ComponentType } from 'react';
import { JOURNEY_SUMMARIES } from 'virtual:journey-summaries';
import type { CoachConfig, JourneyId, WhatIfId } from '@eulogin-coach/react';
import { usePageContent } from '../../i18n/content-context.js';
import { useFormat } from '../../i18n/use-format.js';
import type { WhatIfSwitchesProps } from './what-if-switches.js';
import { WhatIfsUnavailable } from './what-ifs-unavailable.js';

/** The what-if switches of an opened "Make it harder" box: fetched in idle time after the first paint, with their labels. */
export const loadWhatIfSwitches = () => import('./what-if-switches.js');
// If their code cannot be downloaded, the box says so (the browser keeps that failure until the page is loaded again).
const WhatIfSwitches = lazy<ComponentType<WhatIfSwitchesProps>>(() =>
  loadWhatIfSwitches().then(
    (m) => ({ default: m.WhatIfSwitches }),
    () => ({ default: SwitchesUnavailable }),
  ),
);

/** The switches' code could not be downloaded: the box explains it, and trying again loads the page afresh. */
function SwitchesUnavailable() {
  return <WhatIfsUnavailable onRetry={() => globalThis.location.reload()} />;
}

/** How long a journey takes, in whole minutes (at least one): its steps' minutes, added up. */
export function journeyMinutes(journey: JourneyId): number {
  return JOURNEY_SUMMARIES[journey].minutes;
}

export interface JourneyCardProps {
  readonly config: CoachConfig;
  readonly busy: boolean;
  readonly onStart: (journey: JourneyId, whatIfs: readonly WhatIfId[]) => void;
  readonly journey: JourneyId;
  /** The recommended first journey stands out; the others are secondary. */
  readonly recommended?: boolean;
  readonly headingLevel: 4 | 5;
}

/** One journey: what it is, how long it takes, the what-ifs it can be made harder with, and its Start button. */
export function JourneyCard({ config, busy, onStart, journey, recommended = false, headingLevel }: JourneyCardProps) {
  const { content } = usePageContent();
  const format = useFormat();
  const ui = content.ui.picker;
  const [chosen, setChosen] = useState<readonly WhatIfId[]>([]);
  // The what-ifs' switches are made when their box is first opened: a closed box shows none of them, and the start
  // page's first paint has a third of the elements to make (about 150 switches in all).
  const [opened, setOpened] = useState(false);
  const text = content.journeys[journey];
  // The number of steps, the minutes and the what-ifs come from the machine's registry, worked out at build time.
  const { steps, minutes, whatIfCount } = JOURNEY_SUMMARIES[journey];
  const toggle = (id: WhatIfId, on: boolean) => setChosen(on ? [...chosen, id] : chosen.filter((w) => w !== id));
  const Heading = headingLevel === 4 ? 'h4' : 'h5';
  return (
    <article
      className={recommended ? 'journey journey--recommended' : 'journey'}
      aria-labelledby={`journey-${journey}`}
    >
      <Heading id={`journey-${journey}`} className="journey__title">
        {text.title}
      </Heading>
      <p className="journey__description">{text.description}</p>
      <div className="journey__footer">
        <p className="journey__meta">
          {format(ui.stepCount, { count: steps })} · {format(ui.duration, { minutes })}
        </p>
        {whatIfCount > 0 ? (
          <details className="journey__what-ifs" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
            <summary onClick={() => setOpened(true)}>
              {ui.whatIfHeading}
              {chosen.length > 0 ? ` (${format(ui.whatIfSelected, { count: chosen.length })})` : ''}
            </summary>
            {opened ? (
              <Suspense fallback={null}>
                <WhatIfSwitches config={config} journey={journey} chosen={chosen} onToggle={toggle} />
              </Suspense>
            ) : null}
          </details>
        ) : (
          <p className="journey__meta">{ui.whatIfNone}</p>
        )}
        <button
          type="button"
          className={recommended ? 'btn btn--primary' : 'btn btn--secondary'}
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
