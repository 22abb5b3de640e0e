import type { UiModeChoice } from './guide-mode.types.js';

/**
 * The walkthrough app's chrome: every label, heading and button of the pretend PC, phone and mailbox, the guide
 * panel and the helpdesk panel. Placeholders are noted next to the key; a key without a note has none.
 */

/** An object whose keys are all texts. */
type Texts<K extends string> = { readonly [P in K]: string };

export interface UiApp {
  readonly title: string;
  readonly tagline: string;
  /** One sentence: this is a practice copy, not EU Login, and it never asks for a real password. */
  readonly disclaimer: string;
  readonly rehearsalBadge: string;
  readonly skipLink: string;
  readonly languageLabel: string;
  readonly themeLabel: string;
  readonly themeLight: string;
  readonly themeDark: string;
  readonly themeSystem: string;
  readonly notAffiliated: string;
  /** Accessible names of the app's regions. */
  readonly surfacesRegion: string;
  /** The headings of the three pretend screens. */
  readonly surfaceNames: { readonly pc: string; readonly phone: string; readonly mail: string };
  readonly guideRegion: string;
  readonly helpdeskRegion: string;
  readonly saveUnreadableHeading: string;
  /** The share code in the page's address (`?code=`) could not be used. */
  readonly codeUnreadableHeading: string;
  /** Opens the helpdesk console (`?view=console`). */
  readonly consoleLink: string;
  /** From the console, opens the rehearsal (the plain page). */
  readonly rehearsalLink: string;
  /** Opens the help centre (`?view=help`), in the header. */
  readonly helpCentreLink: string;
  /** The start page's pointer to the help centre. */
  readonly helpCentreStart: string;
  /** When part of the app could not be downloaded (offline, or a newer version was published meanwhile). */
  readonly loadFailed: { readonly heading: string; readonly body: string };
  /** When the app failed in a way it did not expect. */
  readonly crashed: { readonly heading: string; readonly body: string };
  /** Reloads the page; saved progress is picked up again. */
  readonly reload: string;
  /** Beside the language list, when the chosen language could not be downloaded; the page keeps its language. */
  readonly languageFailed: string;
}

export interface UiPicker {
  readonly heading: string;
  readonly intro: string;
  readonly groupSetUp: string;
  readonly groupSignIn: string;
  readonly groupTrouble: string;
  readonly start: string;
  /** {journey}: the journey's title (for an accessible button name). */
  readonly startJourney: string;
  /** {count} */
  readonly stepCount: string;
  /** {minutes} */
  readonly duration: string;
  readonly whatIfHeading: string;
  readonly whatIfIntro: string;
  readonly whatIfNone: string;
  /** {count} */
  readonly whatIfSelected: string;
  readonly resumeHeading: string;
  readonly resumeIntro: string;
}

export interface UiGuide {
  /** {n} {total} */
  readonly stepOf: string;
  /** {minutes} */
  readonly timeLeft: string;
  readonly timeLeftUnderMinute: string;
  readonly progressLabel: string;
  readonly back: string;
  readonly restart: string;
  readonly restartConfirmTitle: string;
  readonly restartConfirm: string;
  readonly restartConfirmYes: string;
  readonly restartConfirmNo: string;
  readonly whatCanGoWrong: string;
  /** A button that fast-forwards the rehearsal's clock; {minutes}. */
  readonly letTimePass: string;
  readonly whatIfOn: string;
  /** Above the lead of a what-if switched on for this rehearsal: "Switched on: {label}". */
  readonly whatIfLead: string;
  readonly explanationHeading: string;
  readonly fixHeading: string;
  /** {surface}: a name from `surfaces`. */
  readonly actOn: string;
  readonly busy: string;
  readonly doneHeading: string;
  readonly doneBody: string;
  readonly chooseAnother: string;
  readonly share: string;
  readonly shareIntro: string;
  readonly shareCodeLabel: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly resume: string;
  readonly resumeLabel: string;
  readonly resumeHint: string;
  readonly resumeButton: string;
  readonly startFresh: string;
  readonly assumedLabel: string;
  readonly noticeLabel: string;
  readonly personaHeading: string;
  readonly personaIntro: string;
  readonly personaName: string;
  readonly personaEmail: string;
  readonly personaPassword: string;
  readonly personaPin: string;
}

export interface UiHelpdesk {
  readonly title: string;
  readonly toggle: string;
  readonly intro: string;
  /** {step}: the step's title. */
  readonly currentStep: string;
  readonly jumpLabel: string;
  readonly jumpButton: string;
  /** Under the jump list, when the step picked shows something a jump cannot recreate; {step}: where it lands. */
  readonly landsInstead: string;
  readonly askHeading: string;
  readonly sayHeading: string;
  readonly ifThenHeading: string;
  readonly ifLabel: string;
  readonly thenLabel: string;
  readonly shareCodeLabel: string;
  readonly shareCodeHint: string;
  /** The same, on the journey list, where the page's own share-code form is the one to use. */
  readonly shareCodeHintStart: string;
  readonly surfaceLabel: string;
  readonly journeyLabel: string;
  readonly noJourney: string;
  readonly whatIfsLabel: string;
  readonly phoneLabel: string;
  readonly appLabel: string;
  readonly notificationsLabel: string;
  readonly cameraLabel: string;
  readonly screenLockLabel: string;
  readonly foregroundLabel: string;
  readonly onlineLabel: string;
  readonly yes: string;
  readonly no: string;
}

export type UiPcBrowser = Texts<'windowLabel' | 'addressBar' | 'tabTitle' | 'back' | 'reload' | 'secure'>;

/** EU Login's own buttons and links, as the real pages label them. */
export type UiPcButtons = Texts<
  | 'next'
  | 'signIn'
  | 'createAccount'
  | 'lostPassword'
  | 'differentEmail'
  | 'signInWithEid'
  | 'myAccount'
  | 'manageDevices'
  | 'addDevice'
  | 'manageEids'
  | 'linkEid'
  | 'manageKeys'
  | 'addKey'
  | 'panic'
  | 'submit'
  | 'cancel'
  | 'delete'
  | 'signOut'
  | 'continue'
  | 'tryAgain'
  | 'getPassword'
  | 'newCaptcha'
  | 'resendMail'
  | 'registerAgain'
  | 'backToSignIn'
  | 'goToService'
  | 'confirm'
  | 'lostPhone'
  | 'useOtherMethod'
  | 'showPassword'
  | 'hidePassword'
>;

export interface UiPcHeader {
  readonly brand: string;
  readonly serviceName: string;
  readonly external: string;
}

export interface UiPcSignIn {
  readonly heading: string;
  /** {service}: said only when a website sent the person to EU Login. */
  readonly intro: string;
  /** The intro when the person came to EU Login itself (My Account, their devices). */
  readonly introAccount: string;
  readonly userNotFoundHeading: string;
  /** {email} */
  readonly userNotFound: string;
  readonly passwordHeading: string;
  readonly chooseMethod: string;
  readonly lockedHeading: string;
  /** {minutes}: two or more. */
  readonly locked: string;
  /** The block ends in about a minute. */
  readonly lockedAboutMinute: string;
  /** The block is over. */
  readonly lockedOver: string;
  readonly refusedHeading: string;
  readonly refused: string;
  readonly expiredHeading: string;
  readonly expired: string;
  readonly doneHeading: string;
  readonly done: string;
}

export interface UiPcPinWait {
  readonly heading: string;
  readonly body: string;
  /** {seconds} */
  readonly waiting: string;
  readonly noRequest: string;
}

export interface UiPcQr {
  readonly heading: string;
  readonly body: string;
  readonly qrAlt: string;
  readonly cantScan: string;
  readonly cantScanHelp: string;
  /** {time}: minutes and seconds, e.g. 4:59 */
  readonly expiresIn: string;
  readonly expired: string;
  readonly otpLabel: string;
  readonly otpHint: string;
  /** The switch on the enrolment QR page, off by default. */
  readonly ownAuthenticator: string;
  /** Under the switch: what it changes. */
  readonly ownAuthenticatorHint: string;
  /** Shown while the switch is on: what this QR code is, and that EU Login's real one is not. */
  readonly otpauthNote: string;
  /** Shown while the switch is off: EU Login's own behaviour. */
  readonly euLoginOnly: string;
  readonly textAlternative: string;
}

export interface UiPcKeyPrompt {
  readonly heading: string;
  readonly body: string;
  /** {site} */
  readonly browserDialogTitle: string;
  readonly securityKeyInstruction: string;
  readonly trustedPlatformInstruction: string;
  readonly touchKey: string;
  readonly useRealKey: string;
  readonly simulated: string;
  readonly realFailed: string;
  /** Said under the real-key button: practice, no signature check, nothing personal kept on the key. */
  readonly realKeyNote: string;
  /** The browser refused a key that already holds a credential of this rehearsal. */
  readonly realAlreadyRegistered: string;
  /** The neutral site and user name the real key's credential gets (the browser may show it). */
  readonly practiceCredentialLabel: string;
}

export interface UiPcRegister {
  readonly heading: string;
  readonly intro: string;
  readonly requiredNote: string;
  readonly captchaLabel: string;
  readonly captchaAlt: string;
  readonly privacyCheckbox: string;
  readonly mailSentHeading: string;
  /** {email} */
  readonly mailSent: string;
  readonly spamAdvice: string;
  readonly linkExpiredHeading: string;
  readonly linkExpired: string;
  readonly doneHeading: string;
  readonly done: string;
  readonly addSecondFactor: string;
}

export interface UiPcPassword {
  readonly heading: string;
  /** {email} */
  readonly intro: string;
  readonly rulesHeading: string;
  /** {min} */
  readonly ruleLength: string;
  readonly ruleUpper: string;
  readonly ruleLower: string;
  readonly ruleDigit: string;
  readonly ruleSpecial: string;
  readonly rulePersonal: string;
}

export interface UiPcReset {
  readonly heading: string;
  readonly intro: string;
  readonly mailSentHeading: string;
  /** {email} */
  readonly mailSent: string;
  readonly linkExpiredHeading: string;
  readonly linkExpired: string;
  readonly doneHeading: string;
  readonly done: string;
}

export interface UiPcAccount {
  readonly heading: string;
  /** {name} */
  readonly welcome: string;
  readonly intro: string;
  readonly stepUp: string;
}

export interface UiPcDevices {
  readonly heading: string;
  readonly intro: string;
  readonly empty: string;
  readonly listLabel: string;
  /** {name} */
  readonly deleteDevice: string;
  readonly addHeading: string;
  readonly addIntro: string;
  readonly qrHeading: string;
  readonly qrBody: string;
  readonly qrAlt: string;
  /** {time} */
  readonly qrExpiresIn: string;
  readonly qrWaiting: string;
  readonly qrExpiredHeading: string;
  readonly qrExpired: string;
  readonly addedHeading: string;
  /** {name} */
  readonly added: string;
  readonly deleteHeading: string;
  /** {name} */
  readonly deleteConfirm: string;
}

export interface UiPcEids {
  readonly heading: string;
  readonly intro: string;
  readonly empty: string;
  readonly countryHeading: string;
  readonly countryIntro: string;
  readonly countryMissing: string;
  readonly nationalHeading: string;
  /** {country} */
  readonly nationalIntro: string;
  readonly nationalNote: string;
  readonly authenticate: string;
  readonly linkedHeading: string;
  /** {country} */
  readonly linked: string;
  readonly failedHeading: string;
  readonly failed: string;
}

export interface UiPcKeys {
  readonly heading: string;
  readonly intro: string;
  readonly empty: string;
  readonly addHeading: string;
  readonly addIntro: string;
  readonly kindLabel: string;
  readonly addedHeading: string;
  /** {name} */
  readonly added: string;
  readonly failedHeading: string;
  readonly failedCancelled: string;
  readonly failedDuplicate: string;
}

export interface UiPcPanic {
  readonly heading: string;
  readonly body: string;
  readonly warning: string;
  readonly doneHeading: string;
  readonly done: string;
}

export interface UiPcService {
  readonly heading: string;
  readonly body: string;
}

export interface UiPc {
  readonly browser: UiPcBrowser;
  readonly buttons: UiPcButtons;
  readonly header: UiPcHeader;
  readonly signIn: UiPcSignIn;
  readonly pinWait: UiPcPinWait;
  readonly qr: UiPcQr;
  readonly keyPrompt: UiPcKeyPrompt;
  readonly register: UiPcRegister;
  readonly password: UiPcPassword;
  readonly reset: UiPcReset;
  readonly account: UiPcAccount;
  readonly devices: UiPcDevices;
  readonly eids: UiPcEids;
  readonly keys: UiPcKeys;
  readonly panic: UiPcPanic;
  readonly service: UiPcService;
}

export type UiPhoneFrame = Texts<
  'frameLabel' | 'statusOnline' | 'statusOffline' | 'homeButton' | 'backButton' | 'lockedScreen' | 'clock'
>;

export type UiPhoneHome = Texts<'heading' | 'appStore' | 'euLogin' | 'camera' | 'settings'>;

export type UiPhoneStore = Texts<
  'heading' | 'searchLabel' | 'appName' | 'publisher' | 'free' | 'description' | 'install' | 'installing' | 'open'
>;

export interface UiPhonePermissions {
  readonly notificationsTitle: string;
  readonly notificationsBody: string;
  readonly cameraTitle: string;
  readonly cameraBody: string;
  readonly allow: string;
  readonly dontAllow: string;
}

export interface UiPhoneNotification {
  readonly appName: string;
  readonly title: string;
  readonly body: string;
  readonly now: string;
  readonly open: string;
}

export interface UiPhoneSystemSettings {
  readonly heading: string;
  readonly notifications: string;
  readonly camera: string;
  readonly screenLock: string;
  readonly setScreenLock: string;
  readonly appOpen: string;
  readonly online: string;
}

export interface UiPhoneApp {
  readonly name: string;
  /** The linked app's start screen, with no request waiting. */
  readonly idle: string;
  readonly welcomeHeading: string;
  readonly welcomeBody: string;
  readonly initialise: string;
  /** {url} */
  readonly initialiseInstructions: string;
  /** Under a Next that cannot be used yet: the PC shows no QR code so far. */
  readonly waitForQr: string;
  readonly next: string;
  readonly noScreenLockHeading: string;
  readonly noScreenLock: string;
  readonly openSettings: string;
  readonly notificationsOffHeading: string;
  readonly notificationsOff: string;
  readonly cameraOffHeading: string;
  readonly cameraOff: string;
  readonly scannerHeading: string;
  readonly pointCamera: string;
  readonly scanErrorHeading: string;
  readonly scanError: string;
  readonly tryAgain: string;
  readonly pinHeading: string;
  readonly pinIntro: string;
  readonly pinDelete: string;
  /** The on-screen keypad's name: one Tab stop, its keys reached with the arrow keys. */
  readonly pinKeypad: string;
  readonly authenticate: string;
  readonly continue: string;
  readonly enrolledHeading: string;
  readonly enrolled: string;
  readonly deviceInUseHeading: string;
  readonly deviceInUse: string;
  readonly unlinkOther: string;
  readonly pendingHeading: string;
  /** {email} */
  readonly pendingBody: string;
  /** The answer "it was not me" to a pending request: refuses it. */
  readonly decline: string;
  readonly refusedHeading: string;
  readonly refused: string;
  readonly otpHeading: string;
  readonly otpHint: string;
  readonly settings: string;
  readonly settingsHeading: string;
  readonly forgotPin: string;
  readonly unlinkDevice: string;
  readonly biometrics: string;
  readonly about: string;
  readonly credentialsHeading: string;
  readonly credentialsIntro: string;
  readonly newPinHeading: string;
  readonly newPinIntro: string;
  readonly confirmPinLabel: string;
  readonly pinChangedHeading: string;
  readonly pinChanged: string;
  readonly scanNow: string;
  readonly useCameraApp: string;
  readonly noQrInView: string;
}

export interface UiPhoneCameraApp {
  readonly heading: string;
  readonly pointCamera: string;
  readonly textFound: string;
  readonly explanation: string;
  readonly close: string;
}

export interface UiPhone {
  readonly frame: UiPhoneFrame;
  readonly home: UiPhoneHome;
  readonly store: UiPhoneStore;
  readonly permissions: UiPhonePermissions;
  readonly notification: UiPhoneNotification;
  readonly systemSettings: UiPhoneSystemSettings;
  readonly app: UiPhoneApp;
  readonly cameraApp: UiPhoneCameraApp;
}

export interface UiMailbox {
  readonly title: string;
  readonly folders: string;
  readonly inbox: string;
  readonly spam: string;
  readonly emptyFolder: string;
  /** {minutes} */
  readonly nothingYet: string;
  /** Fast-forwards the rehearsal to the next mail; {minutes} is 2 or more. */
  readonly wait: string;
  /** The same, when the next mail is at most a minute away. */
  readonly waitOneMinute: string;
  readonly checkSpam: string;
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly senderName: string;
  /** {folder} */
  readonly backTo: string;
  readonly spamWarning: string;
}

export type UiCommon = Texts<
  | 'loading'
  | 'error'
  | 'errorBody'
  | 'close'
  | 'retry'
  | 'ok'
  | 'yes'
  | 'no'
  | 'on'
  | 'off'
  | 'required'
  | 'optional'
  | 'minutesShort'
  | 'secondsShort'
  | 'newTab'
  | 'errorSummary'
>;

/** The start page's help for a first visit: what to have, which journey to begin with, where a share code goes. */
export interface UiStart {
  readonly needHeading: string;
  readonly needPc: string;
  readonly needPhone: string;
  readonly needApp: string;
  /** {minutes} */
  readonly needTime: string;
  readonly recommendedHeading: string;
  readonly recommendedIntro: string;
  readonly othersHeading: string;
  readonly othersIntro: string;
  /** The summary of the closed box where a share code is typed. */
  readonly haveCode: string;
}

/** The end of a set-up journey: doing it for real, and adding a second factor. */
export interface UiEnding {
  readonly heading: string;
  readonly intro: string;
  readonly addressesHeading: string;
  /** {url} */
  readonly signInAddress: string;
  /** {url} */
  readonly mobileAddress: string;
  readonly appHeading: string;
  readonly appStores: string;
  readonly readyHeading: string;
  readonly readyPhone: string;
  readonly readyMail: string;
  readonly readyPin: string;
  readonly readyTime: string;
  readonly secondHeading: string;
  readonly secondBody: string;
  readonly securityKey: string;
  readonly eid: string;
}

/** The narrow-screen view: one pretend screen at a time, chosen with tabs. */
export interface UiSurfaceTabs {
  readonly label: string;
  /** {surface}: announced when the screen to act on changes by itself. */
  readonly nowShowing: string;
  /** The closed box that holds the guide's extras on a narrow screen. */
  readonly guideMore: string;
}

/** Beside each password rule, for screen readers: whether what is typed meets it. */
export interface UiPasswordChecklist {
  readonly met: string;
  readonly notMet: string;
}

export interface UiContent {
  readonly app: UiApp;
  readonly picker: UiPicker;
  readonly start: UiStart;
  readonly ending: UiEnding;
  readonly surfaceTabs: UiSurfaceTabs;
  readonly passwordChecklist: UiPasswordChecklist;
  /** The start page's choice between rehearsing and guide mode. */
  readonly modeChoice: UiModeChoice;
  readonly guide: UiGuide;
  readonly helpdesk: UiHelpdesk;
  readonly pc: UiPc;
  readonly phone: UiPhone;
  readonly mailbox: UiMailbox;
  readonly common: UiCommon;
}
