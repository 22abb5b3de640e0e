import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { CoachView } from '@eulogin-coach/react';

import { useErrorFocus } from './hooks/use-error-focus.js';
import { useNarrowScreen } from './hooks/use-narrow-screen.js';
import { useQrReaderPreload } from './hooks/use-qr-reader-preload.js';
import { Ending, endsWithChecklist } from './features/ending/ending.js';
import { GuidePanel } from './features/guide/guide-panel.js';
import { Mailbox } from './features/mailbox/mailbox.js';
import { PcBrowser } from './features/pc/pc-browser.js';
import { Phone } from './features/phone/phone.js';
import { SurfaceTabs, surfacePanelId } from './features/surface-tabs.js';
import type { ScreenSurface } from './features/surface-tabs.js';
import { JourneyEndSurvey } from './features/survey/journey-end-survey.js';
import { useContent } from './i18n/content-context.js';
import { useFormat } from './i18n/use-format.js';

/**
 * The rehearsal itself: the guide beside the pretend PC, phone and mailbox, the acted-on one highlighted. On a narrow
 * screen one pretend screen shows at a time, behind tabs; after each step the one to act on is shown by itself and
 * the change is announced.
 */
export default function Workspace({ view, focusOnMount }: { view: CoachView; focusOnMount: boolean }) {
  const { content } = useContent();
  const format = useFormat();
  const surfaces = useRef<HTMLDivElement>(null);
  useErrorFocus(view, surfaces);
  useQrReaderPreload(view);
  const narrow = useNarrowScreen();
  const [shown, setShown] = useState<ScreenSurface>(view.surface === 'guide' ? 'pc' : view.surface);
  const [stepSeen, setStepSeen] = useState(view.stepId);
  const [announcement, setAnnouncement] = useState('');
  if (view.stepId !== stepSeen) {
    setStepSeen(view.stepId);
    if (view.surface !== 'guide' && view.surface !== shown) {
      setShown(view.surface);
      setAnnouncement(
        format(content.ui.surfaceTabs.nowShowing, { surface: content.ui.app.surfaceNames[view.surface] }),
      );
    }
  }
  // On a narrow screen each step starts with the guide at the window's top, so the screen to act on follows in view.
  const workspace = useRef<HTMLDivElement>(null);
  const firstStep = useRef(true);
  useEffect(() => {
    const mounting = firstStep.current;
    firstStep.current = false;
    if (narrow && (!mounting || focusOnMount)) workspace.current?.scrollIntoView({ block: 'start' });
    // Only a new step (or the workspace appearing for one) moves the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view.stepId]);
  const ended = endsWithChecklist(view);
  const panel = (surface: ScreenSurface, child: ReactNode) => (
    <div
      id={surfacePanelId(surface)}
      className={`surface-panel surface-panel--${surface}`}
      {...(narrow ? { role: 'tabpanel', 'aria-labelledby': `surface-tab-${surface}`, hidden: surface !== shown } : {})}
    >
      {child}
    </div>
  );
  return (
    <>
      <div className={ended ? 'workspace workspace--ended' : 'workspace'} ref={workspace}>
        <GuidePanel view={view} focusOnMount={focusOnMount} compact={narrow} />
        {/* At the end of a setup: how to do it for real, then the feedback survey (asked once). */}
        {ended ? <Ending view={view} survey={<JourneyEndSurvey />} /> : null}
        <div className="surfaces" role="region" aria-label={content.ui.app.surfacesRegion} ref={surfaces}>
          {narrow ? (
            <>
              <SurfaceTabs
                shown={shown}
                toAct={view.surface}
                onShow={(surface) => {
                  setShown(surface);
                  setAnnouncement('');
                }}
              />
              <p className="sr-only" aria-live="polite" aria-atomic="true">
                {announcement}
              </p>
            </>
          ) : null}
          {panel('pc', <PcBrowser view={view} active={view.surface === 'pc'} />)}
          {panel('phone', <Phone view={view} active={view.surface === 'phone'} />)}
          {panel('mail', <Mailbox view={view} active={view.surface === 'mail'} />)}
        </div>
      </div>
      {/* Any other journey that has ended (a terminal step): the feedback survey alone, asked once. */}
      {view.progress?.complete && !ended ? <JourneyEndSurvey /> : null}
    </>
  );
}
