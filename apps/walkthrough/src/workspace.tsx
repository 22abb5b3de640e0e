import { useRef } from 'react';
import type { CoachView } from '@eulogin-coach/react';
import { useErrorFocus } from './hooks/use-error-focus.js';
import { GuidePanel } from './features/guide/guide-panel.js';
import { Mailbox } from './features/mailbox/mailbox.js';
import { PcBrowser } from './features/pc/pc-browser.js';
import { Phone } from './features/phone/phone.js';
import { JourneyEndSurvey } from './features/survey/journey-end-survey.js';
import { useContent } from './i18n/content-context.js';

/** The rehearsal itself: the guide beside the pretend PC, phone and mailbox, the acted-on one highlighted. */
export default function Workspace({ view, focusOnMount }: { view: CoachView; focusOnMount: boolean }) {
  const { content } = useContent();
  const surfaces = useRef<HTMLDivElement>(null);
  useErrorFocus(view, surfaces);
  return (
    <>
      <div className="workspace">
        <GuidePanel view={view} focusOnMount={focusOnMount} />
        <div className="surfaces" role="region" aria-label={content.ui.app.surfacesRegion} ref={surfaces}>
          <PcBrowser view={view} active={view.surface === 'pc'} />
          <Phone view={view} active={view.surface === 'phone'} />
          <Mailbox view={view} active={view.surface === 'mail'} />
        </div>
      </div>
      {/* The journey has ended (a terminal step): the feedback survey, asked once. */}
      {view.progress?.complete ? <JourneyEndSurvey /> : null}
    </>
  );
}
