import { StepButton } from '../../../components/step-button.js';
import { useContent } from '../../../i18n/content-context.js';
import type { ScreenProps } from '../../screen-types.js';
import { AppScreen } from './app-frame.js';
import { Scanner } from './scanner.js';
import { PhoneIdle } from './setup.js';

/** The phone while the PC waits for a PIN sign-in: the app idle (or offline, when the request never arrives). */
export function PendingWait(props: ScreenProps) {
  const { content } = useContent();
  if (!props.view.data.phone.online) {
    return (
      <AppScreen title={content.ui.phone.app.name}>
        <p>{content.ui.phone.frame.statusOffline}</p>
      </AppScreen>
    );
  }
  return <PhoneIdle {...props} />;
}

/** A sign-in request arrives while the app is in the background: a notification on the lock screen. */
export function NotificationBanner({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.phone.notification;
  return (
    <AppScreen title={content.ui.phone.frame.lockedScreen} tone="os">
      <div className="notification" role="group" aria-label={ui.appName}>
        <p className="notification__app">
          {ui.appName} · {ui.now}
        </p>
        <p className="notification__title">{ui.title}</p>
        <p>{ui.body}</p>
        <StepButton view={view} event={{ type: 'phone.openNotification' }} variant="primary">
          {ui.open}
        </StepButton>
      </div>
    </AppScreen>
  );
}

export function AppRefused({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.phone.app;
  return (
    <AppScreen title={ui.refusedHeading} view={view}>
      <p>{ui.refused}</p>
      <StepButton view={view} event={{ type: 'phone.forgotPin' }} variant="link">
        {ui.forgotPin}
      </StepButton>
    </AppScreen>
  );
}

/** A code in groups of four characters, easier to read out and to copy by eye ("6F34 22Y3"). */
function inGroups(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * After reading a sign-in QR code, the app shows the one-time code to type on the PC. Before it has read one (a code
 * was typed on the PC without scanning), it stays on its scanner: it never shows an empty code.
 */
export function OtpDisplay({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.phone.app;
  if (!view.data.otp) return <Scanner view={view} />;
  return (
    <AppScreen title={ui.otpHeading} view={view}>
      <output className="otp" aria-label={ui.otpHeading}>
        {/* Groups of four for the eye; one character at a time for a screen reader, which would read "34" as a number. */}
        <span aria-hidden="true">{inGroups(view.data.otp ?? '')}</span>
        <span className="sr-only">{(view.data.otp ?? '').split('').join(' ')}</span>
      </output>
      <p>{ui.otpHint}</p>
    </AppScreen>
  );
}
