import { useEffect, useRef } from 'react';
import type { CoachView } from '@eulogin-coach/machine';
import type { Content } from '@eulogin-coach/content';
import { format, textParams } from '@eulogin-coach/content';
import { OFFERED_JOURNEYS } from '../portal-setup.js';
import { PORTAL_TEXTS } from '../portal-texts.js';

/** The journeys this portal offers (portal-setup.ts), each started with one button. */
export function JourneyList({ view, content }: { view: CoachView; content: Content }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const params = textParams(view.data.config);
  return (
    <section aria-labelledby="journeys-heading">
      <h1 id="journeys-heading" ref={heading} tabIndex={-1}>
        {PORTAL_TEXTS.chooseJourney}
      </h1>
      {view.notice && <p role="status">{format(content.notices[view.notice], params)}</p>}
      <ul>
        {OFFERED_JOURNEYS.map((journey) => (
          <li key={journey}>
            <h2>{format(content.journeys[journey].title, params)}</h2>
            <p>{format(content.journeys[journey].description, params)}</p>
            <button
              type="button"
              disabled={view.busy}
              aria-label={`${PORTAL_TEXTS.start}: ${format(content.journeys[journey].title, params)}`}
              onClick={() => view.send({ type: 'coach.chooseJourney', journey, whatIfs: [] })}
            >
              {PORTAL_TEXTS.start}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
