// The portal's own interface words (its buttons and its stand-in mailbox). The coach's texts — step titles and
// bodies, field labels, errors, journeys — come from `@eulogin-coach/content`.
import type { CoachEvent } from '@eulogin-coach/machine';

/** The coach events that carry nothing but their type: one button each. */
type EventWithoutData<E extends CoachEvent = CoachEvent> = E extends CoachEvent
  ? Exclude<keyof E, 'type'> extends never
    ? E['type']
    : never
  : never;

export const PORTAL_TEXTS = {
  heading: 'Example Portal',
  loading: 'Loading…',
  startFailed: 'The portal could not reach its server. Reload the page to try again.',
  chooseJourney: 'What do you want to do?',
  start: 'Start',
  busy: 'Working…',
  back: 'Back',
  restart: 'Start over',
  submit: 'Continue',
  mailboxHeading: 'Your mailbox (example)',
  mailboxIntro: 'This example keeps your mail here. In a real portal, the link arrives in your own inbox.',
  checkMail: 'Check for new mail',
  noMail: 'No mail yet.',
  openLink: 'Open the link in this mail',
  mailKinds: {
    confirmation: 'Confirm your EU Login account',
    reset: 'Reset your EU Login password',
  } as Readonly<Record<string, string>>,
  captchaShown: 'The code to type',
  openDevices: 'Manage my mobile devices',
  scanQr: 'Scan the QR code with the EU Login app',
  /** Buttons for the events that carry no data, shown when the coach accepts them. */
  actions: {
    'user.createAccount': 'Create an account',
    'user.continue': 'Continue',
    'user.signOut': 'Sign out',
    'user.resendMail': 'Send the mail again',
    'user.registerAgain': 'Register again',
    'user.lostPassword': 'I forgot my password',
    'user.cancel': 'Cancel',
    'user.tryAgain': 'Try again',
    'user.addDevice': 'Add a mobile device',
    'user.chooseOtherMethod': 'Choose another method',
    'phone.installApp': 'I installed the EU Login app',
    'phone.allowNotifications': 'Allow notifications',
    'phone.tapInitialise': 'Tap "Initialise" in the app',
    'phone.tapNext': 'Tap "Next" in the app',
    'phone.allowCamera': 'Allow the camera',
    'phone.continue': 'Continue in the app',
    'phone.openNotification': 'Open the notification',
  } satisfies Partial<Record<EventWithoutData, string>>,
} as const;

export type ActionEventType = keyof typeof PORTAL_TEXTS.actions;
export const ACTION_EVENTS = Object.keys(PORTAL_TEXTS.actions) as ActionEventType[];
