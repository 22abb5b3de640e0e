import type { CoachView } from '@eulogin-coach/react';
import { useContent } from '../../i18n/content-context.js';
import { clockTime } from '../../effects/clock-time.js';
import { useRehearsalNow } from '../../effects/rehearsal-context.js';
import { PHONE_SCREENS } from './phone-screens.js';

/** The pretend phone: a status bar, the current screen, and the phone's own switches (online, app open). */
export function Phone({ view, active }: { view: CoachView; active: boolean }) {
  const { content, locale } = useContent();
  const ui = content.ui.phone;
  // The rehearsal clock, as the mailbox's times: it jumps ahead with "Wait" and the time skips.
  const now = useRehearsalNow();
  const Screen = PHONE_SCREENS[view.stepId];
  const phone = view.data.phone;
  return (
    <section
      className={`surface surface--phone${active ? ' surface--active' : ''}`}
      aria-label={content.ui.app.surfaceNames.phone}
      aria-busy={view.busy}
    >
      <h2 className="surface__title">{content.ui.app.surfaceNames.phone}</h2>
      <div className="phone" role="group" aria-label={ui.frame.frameLabel}>
        <div className="phone__status">
          <time className="phone__clock" dateTime={new Date(now).toISOString()} aria-label={ui.frame.clock}>
            {clockTime(now, locale)}
          </time>
          <span>{phone.online ? ui.frame.statusOnline : ui.frame.statusOffline}</span>
        </div>
        <div className="phone__screen">
          <Screen view={view} />
        </div>
      </div>
      <details className="phone-switches">
        <summary>{ui.systemSettings.heading}</summary>
        <label className="choice">
          <input
            type="checkbox"
            checked={phone.online}
            onChange={(e) => view.send({ type: 'phone.setOnline', online: e.target.checked })}
          />
          {ui.systemSettings.online}
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={phone.appInForeground}
            onChange={(e) => view.send({ type: 'phone.setForeground', foreground: e.target.checked })}
          />
          {ui.systemSettings.appOpen}
        </label>
      </details>
    </section>
  );
}
