import type { StepId } from '@eulogin-coach/machine';

/**
 * The actions guide mode offers (`GUIDE_ACTIONS` in `@eulogin-coach/guide`), named here so that every one needs a
 * text; the walkthrough checks at compile time that the two lists agree.
 */
export type GuideModeActionId =
  | 'submitEmail'
  | 'signInAppPin'
  | 'signInAppPinNotification'
  | 'signInAppPinWaiting'
  | 'signInAppQr'
  | 'signInSecurityKey'
  | 'signInPassword'
  | 'signInRefused'
  | 'nothingArrived'
  | 'noPasswordOption'
  | 'appOpened'
  | 'notificationOnly'
  | 'openNotification'
  | 'submitApprovePin'
  | 'scanSignInQr'
  | 'submitOtp'
  | 'touchKeySignIn'
  | 'requestExpired'
  | 'forgotPin'
  | 'lostPassword'
  | 'lostPhone'
  | 'appReinstalled'
  | 'chooseOtherMethod'
  | 'createAccount'
  | 'signInWithEid'
  | 'useDifferentEmail'
  | 'submitRegistration'
  | 'mistypedEmail'
  | 'submitResetRequest'
  | 'openLink'
  | 'mailInSpam'
  | 'mailDelayed'
  | 'registerAgain'
  | 'resendMail'
  | 'submitNewPassword'
  | 'weakPassword'
  | 'openDevices'
  | 'openEids'
  | 'openKeys'
  | 'openPanic'
  | 'addDevice'
  | 'deleteDevice'
  | 'noSmartphone'
  | 'installApp'
  | 'allowNotifications'
  | 'denyNotifications'
  | 'tapInitialise'
  | 'noScreenLock'
  | 'setScreenLock'
  | 'submitDevice'
  | 'tapNext'
  | 'allowCamera'
  | 'denyCamera'
  | 'scanEnrolmentQr'
  | 'scanWithCameraApp'
  | 'openApp'
  | 'scanAgain'
  | 'submitEnrolPin'
  | 'unlinkOtherAccount'
  | 'phoneContinue'
  | 'submitCredentials'
  | 'submitNewPin'
  | 'linkEid'
  | 'chooseCountry'
  | 'eidAuthenticate'
  | 'eidCancel'
  | 'addKey'
  | 'submitKey'
  | 'touchKey'
  | 'cancelPrompt'
  | 'chooseTablet'
  | 'chooseSecurityKey'
  | 'chooseTrustedPlatform'
  | 'otherFactor'
  | 'noFactor'
  | 'confirm'
  | 'tryAgain'
  | 'continue'
  | 'signOut'
  | 'cancel'
  | 'back';

/** Guide mode's screens: the person does the real EU Login set-up and tells the coach what happened. */
export interface GuideModeTexts {
  /** Above the journey list in guide mode. */
  readonly journeysHeading: string;
  readonly journeysIntro: string;
  /** The heading of the "do this on the real EU Login" part of a step. */
  readonly doThisHeading: string;
  /** Where the real service is: EU Login's address, the app in the stores, the devices page. */
  readonly whereHeading: string;
  /** {url}: EU Login's address. */
  readonly siteLine: string;
  /** {app}: the app's name in the stores. */
  readonly appLine: string;
  /** {page}: the name of EU Login's page for phones. */
  readonly devicesLine: string;
  readonly appName: string;
  readonly devicesPage: string;
  /** The heading above the answers. */
  readonly whatHappened: string;
  readonly whatHappenedHint: string;
  /** Shown while the coach takes in an answer. */
  readonly working: string;
  /** The heading of a troubleshooting note, after reporting a what-if. */
  readonly reportedHeading: string;
  readonly back: string;
  readonly restart: string;
  readonly shareLabel: string;
  readonly shareHint: string;
  /** Reminds that guide mode never asks for anything secret. */
  readonly noSecrets: string;
  /** A real-service instruction for the steps where the helpdesk's words do not fit a person on their own. */
  readonly realSteps: Readonly<Partial<Record<StepId, readonly string[]>>>;
  /** Each action, in the first person ("I pressed …"); for an action that asks, the lead-in to its outcomes. */
  readonly actions: Readonly<Record<GuideModeActionId, string>>;
}

/** The start page's choice between rehearsing and guide mode. */
export interface UiModeChoice {
  readonly legend: string;
  readonly rehearse: string;
  readonly rehearseHint: string;
  readonly guide: string;
  readonly guideHint: string;
  /** The header's tagline in guide mode (instead of the rehearsal's). */
  readonly guideTagline: string;
}
