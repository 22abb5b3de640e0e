import type { ReactNode } from 'react';
import type { CoachView } from '@eulogin-coach/react';
import { StepButton } from '../../../components/step-button.js';
import { useContent } from '../../../i18n/content-context.js';

/**
 * A screen of an app on the phone: a title bar and its content. The EU Login app's screens pass `view` to get the
 * app's settings gear, which opens its Settings where the rehearsal can go there from this step.
 */
export function AppScreen({
  title,
  children,
  tone = 'app',
  view,
}: {
  title: string;
  children?: ReactNode;
  tone?: 'app' | 'os';
  view?: CoachView;
}) {
  return (
    <section className={`phone-app phone-app--${tone}`}>
      <div className="phone-app__bar">
        <h3 className="phone-app__title">{title}</h3>
        {view ? <SettingsGear view={view} /> : null}
      </div>
      <div className="phone-app__body">{children}</div>
    </section>
  );
}

/** The EU Login app's gear: its Settings (Forgot PIN code, fingerprint or face, Unlink device, About). */
function SettingsGear({ view }: { view: CoachView }) {
  const { content } = useContent();
  return (
    <StepButton view={view} event={{ type: 'phone.forgotPin' }} variant="link" className="phone-app__gear">
      <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
        <path
          fill="currentColor"
          d="M19.4 13a7.7 7.7 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.5 7.5 0 0 0-1.7-1L15 3h-4l-.4 2.9a7.5 7.5 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.7 7.7 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1a7.5 7.5 0 0 0 1.7 1L11 21h4l.4-2.9a7.5 7.5 0 0 0 1.7-1l2.5 1 2-3.5ZM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7Z"
        />
      </svg>
      <span className="sr-only">{content.ui.phone.app.settings}</span>
    </StepButton>
  );
}

/** An operating-system permission dialog over the current app. */
export function OsDialog({ title, body, children }: { title: string; body: string; children: ReactNode }) {
  return (
    <div className="os-dialog" role="group" aria-label={title}>
      <h3 className="os-dialog__title">{title}</h3>
      <p>{body}</p>
      <div className="os-dialog__actions">{children}</div>
    </div>
  );
}
