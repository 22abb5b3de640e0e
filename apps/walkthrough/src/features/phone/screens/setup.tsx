import { StepButton } from '../../../components/step-button.js';
import { FormError } from '../../../components/form-error.js';
import { useContent } from '../../../i18n/content-context.js';
import type { ScreenProps } from '../../screen-types.js';
import { AppScreen, OsDialog } from './app-frame.js';
import { MOBILE_PAGE } from '../../eu-login-addresses.js';
import { useOwnAuthenticator } from '../../../effects/practice-switch.js';
import { useFormat } from '../../../i18n/use-format.js';

/** The home screen, or the EU Login app's start screen once it is initialised. */
export function PhoneIdle({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.phone;
  if (view.data.phone.app === 'initialised') {
    return (
      <AppScreen title={ui.app.name} view={view}>
        <p className="phone-muted">{view.data.email}</p>
        <p>{ui.app.idle}</p>
      </AppScreen>
    );
  }
  return (
    <AppScreen title={ui.home.heading} tone="os">
      <ul className="home-grid">
        <li>
          <span className="app-icon app-icon--store" aria-hidden="true" />
          {ui.home.appStore}
        </li>
        {view.data.phone.app !== 'notInstalled' ? (
          <li>
            <span className="app-icon app-icon--eul" aria-hidden="true" />
            {ui.home.euLogin}
          </li>
        ) : null}
        <li>
          <span className="app-icon app-icon--camera" aria-hidden="true" />
          {ui.home.camera}
        </li>
        <li>
          <span className="app-icon app-icon--settings" aria-hidden="true" />
          {ui.home.settings}
        </li>
      </ul>
    </AppScreen>
  );
}

export function AppStore({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.phone.store;
  return (
    <AppScreen title={ui.heading} tone="os">
      <div className="store-card">
        <span className="app-icon app-icon--eul" aria-hidden="true" />
        <div>
          <p className="store-card__name">{ui.appName}</p>
          <p className="store-card__meta">
            {ui.publisher} · {ui.free}
          </p>
        </div>
      </div>
      <p>{ui.description}</p>
      <StepButton view={view} event={{ type: 'phone.installApp' }} variant="primary">
        {ui.install}
      </StepButton>
      <StepButton view={view} event={{ type: 'user.noSmartphone' }} variant="link">
        {content.whatIfs.noSmartphone.label}
      </StepButton>
    </AppScreen>
  );
}

export function NotificationsPrompt({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.phone;
  return (
    <AppScreen title={ui.app.name}>
      <OsDialog title={ui.permissions.notificationsTitle} body={ui.permissions.notificationsBody}>
        <StepButton view={view} event={{ type: 'phone.denyNotifications' }}>
          {ui.permissions.dontAllow}
        </StepButton>
        <StepButton view={view} event={{ type: 'phone.allowNotifications' }} variant="primary">
          {ui.permissions.allow}
        </StepButton>
      </OsDialog>
    </AppScreen>
  );
}

export function NotificationsDenied({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.phone;
  return (
    <AppScreen title={ui.app.notificationsOffHeading}>
      <p>{ui.app.notificationsOff}</p>
      <StepButton view={view} event={{ type: 'phone.allowNotifications' }} variant="primary">
        {ui.app.openSettings}
      </StepButton>
    </AppScreen>
  );
}

export function AppWelcome({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.phone.app;
  return (
    <AppScreen title={ui.welcomeHeading}>
      <p>{ui.welcomeBody}</p>
      <StepButton view={view} event={{ type: 'phone.tapInitialise' }} variant="primary">
        {ui.initialise}
      </StepButton>
    </AppScreen>
  );
}

export function NoScreenLock({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.phone;
  return (
    <AppScreen title={ui.app.noScreenLockHeading}>
      <p>{ui.app.noScreenLock}</p>
      <StepButton view={view} event={{ type: 'phone.setScreenLock' }} variant="primary">
        {ui.systemSettings.setScreenLock}
      </StepButton>
    </AppScreen>
  );
}

/** "Initialise": the app explains what to do on the PC, then Next opens the scanner. */
export function InitInstructions({ view }: ScreenProps) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.phone.app;
  return (
    <AppScreen title={ui.initialise}>
      <p>{format(ui.initialiseInstructions, { url: MOBILE_PAGE })}</p>
      <StepButton view={view} event={{ type: 'phone.tapNext' }} variant="primary">
        {ui.next}
      </StepButton>
      {view.can({ type: 'phone.tapNext' }) ? null : <p className="phone-muted">{ui.waitForQr}</p>}
      <StepButton view={view} event={{ type: 'phone.scanWithCameraApp' }} variant="link">
        {content.ui.phone.app.useCameraApp}
      </StepButton>
    </AppScreen>
  );
}

export function CameraPermission({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.phone;
  return (
    <AppScreen title={ui.app.name}>
      <OsDialog title={ui.permissions.cameraTitle} body={ui.permissions.cameraBody}>
        <StepButton view={view} event={{ type: 'phone.denyCamera' }}>
          {ui.permissions.dontAllow}
        </StepButton>
        <StepButton view={view} event={{ type: 'phone.allowCamera' }} variant="primary">
          {ui.permissions.allow}
        </StepButton>
      </OsDialog>
    </AppScreen>
  );
}

export function CameraDenied({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.phone.app;
  return (
    <AppScreen title={ui.cameraOffHeading}>
      <p>{ui.cameraOff}</p>
      <StepButton view={view} event={{ type: 'phone.allowCamera' }} variant="primary">
        {ui.openSettings}
      </StepButton>
    </AppScreen>
  );
}

export function ForeignScanner({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.phone.cameraApp;
  // The camera reads whichever code the PC shows: EU Login's, or the standard one chosen for one's own app.
  const [ownApp] = useOwnAuthenticator();
  const enrolment = view.data.enrolment;
  return (
    <AppScreen title={ui.heading} tone="os">
      <p>{ui.textFound}</p>
      <code className="phone-code">{(ownApp && enrolment?.authenticatorUri) || enrolment?.qrPayload || ''}</code>
      <p>{ui.explanation}</p>
      <StepButton view={view} event={{ type: 'phone.openApp' }} variant="primary">
        {content.ui.phone.home.euLogin}
      </StepButton>
    </AppScreen>
  );
}

export function ScanError({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.phone.app;
  return (
    <AppScreen title={ui.scanErrorHeading}>
      <p>{ui.scanError}</p>
      <FormError view={view} />
      <StepButton view={view} event={{ type: 'phone.tryAgain' }} variant="primary">
        {ui.tryAgain}
      </StepButton>
    </AppScreen>
  );
}

export function DeviceInUse({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.phone.app;
  return (
    <AppScreen title={ui.deviceInUseHeading}>
      <p>{ui.deviceInUse}</p>
      <FormError view={view} />
      <StepButton view={view} event={{ type: 'phone.unlinkOtherAccount' }} variant="primary">
        {ui.unlinkOther}
      </StepButton>
      <StepButton view={view} event={{ type: 'user.back' }} variant="link">
        {content.ui.phone.frame.backButton}
      </StepButton>
    </AppScreen>
  );
}

export function Enrolled({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.phone.app;
  return (
    <AppScreen title={ui.enrolledHeading} view={view}>
      <p>{ui.enrolled}</p>
      <StepButton view={view} event={{ type: 'phone.continue' }} variant="primary">
        {ui.continue}
      </StepButton>
    </AppScreen>
  );
}
