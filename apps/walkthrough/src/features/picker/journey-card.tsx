import { useState } from 'react';
import { JOURNEYS, STEPS, whatIfsForJourney } from '@eulogin-coach/machine/registry';
import type { CoachConfig, JourneyId, WhatIfId } from '@eulogin-coach/react';
import { textParams } from '@eulogin-coach/content';
import { usePageContent } from '../../i18n/content-context.js';
import { useFormat } from '../../i18n/use-format.js';

/** How long a journey takes, in whole minutes (at least one). */
export function journeyMinutes(journey: JourneyId): number {
  return Math.max(1, Math.ceil(JOURNEYS[journey].path.reduce((sum, s) => sum + STEPS[s].minutes, 0)));
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
  const text = content.journeys[journey];
  const path = JOURNEYS[journey].path;
  const minutes = journeyMinutes(journey);
  const whatIfs = whatIfsForJourney(journey);
  const params = textParams(config);
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
