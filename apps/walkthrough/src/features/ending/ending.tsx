import type { ReactNode } from 'react';
import type { CoachView, JourneyId } from '@eulogin-coach/react';
import { useContent } from '../../i18n/content-context.js';
import { REAL_MOBILE_URL, REAL_SIGN_IN_URL } from './real-addresses.js';

/** The journeys after which the person is ready to set up EU Login for real. */
const SET_UP: readonly JourneyId[] = ['fullSetup', 'noSmartphone', 'linkEid'];

/** The second factors the nudge leads to, each the rehearsal of adding it (a key, then signing in with it). */
const SECOND_FACTORS: readonly { readonly journey: JourneyId; readonly text: 'securityKey' | 'eid' }[] = [
  { journey: 'noSmartphone', text: 'securityKey' },
  { journey: 'linkEid', text: 'eid' },
];

/** Whether the journey just finished ends with the "do it for real" checklist. */
export function endsWithChecklist(view: CoachView): boolean {
  return view.progress?.complete === true && view.journey !== null && SET_UP.includes(view.journey);
}

/**
 * The end of a set-up journey: a checklist for doing it for real (the real addresses, where to get the app, what to
 * have ready), and a nudge to add a second factor, with links into those rehearsals. `survey` is the place for the
 * end-of-journey survey, shown last.
 */
export function Ending({ view, survey }: { view: CoachView; survey?: ReactNode }) {
  const { content } = useContent();
  const ui = content.ui.ending;
  const startRehearsal = (journey: JourneyId) => {
    view.send({ type: 'coach.restart' });
    view.send({ type: 'coach.chooseJourney', journey });
  };
  const nudges = SECOND_FACTORS.filter((f) => f.journey !== view.journey);
  return (
    <section className="ending" aria-labelledby="ending-heading">
      <h2 id="ending-heading">{ui.heading}</h2>
      <p>{ui.intro}</p>
      <div className="ending__columns">
        <section aria-labelledby="ending-where">
          <h3 id="ending-where">{ui.addressesHeading}</h3>
          <ul>
            <li>
              <Address template={ui.signInAddress} url={REAL_SIGN_IN_URL} />
            </li>
            <li>
              <Address template={ui.mobileAddress} url={REAL_MOBILE_URL} />
            </li>
          </ul>
          <h3>{ui.appHeading}</h3>
          <p>{ui.appStores}</p>
        </section>
        <section aria-labelledby="ending-ready">
          <h3 id="ending-ready">{ui.readyHeading}</h3>
          <ul className="ending__checklist">
            <li>{ui.readyPhone}</li>
            <li>{ui.readyMail}</li>
            <li>{ui.readyPin}</li>
            <li>{ui.readyTime}</li>
          </ul>
        </section>
      </div>
      {nudges.length > 0 ? (
        <section className="ending__nudge" aria-labelledby="ending-second">
          <h3 id="ending-second">{ui.secondHeading}</h3>
          <p>{ui.secondBody}</p>
          <ul>
            {nudges.map((f) => (
              <li key={f.journey}>
                <button type="button" className="btn btn--link" onClick={() => startRehearsal(f.journey)}>
                  {ui[f.text]}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {survey ? <div className="ending__survey">{survey}</div> : null}
    </section>
  );
}

/** "EU Login: {url}" with the address as a link that opens in a new tab. */
function Address({ template, url }: { template: string; url: string }) {
  const { content } = useContent();
  const [before = '', after = ''] = template.split('{url}');
  return (
    <>
      {before}
      <a href={url} target="_blank" rel="noopener noreferrer">
        {url}
        <span className="sr-only"> {content.ui.common.newTab}</span>
      </a>
      {after}
    </>
  );
}
