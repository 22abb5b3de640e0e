import { modeChoiceEn } from './mode-choice.en.js';

/**
 * The interface texts the start page shows (`PageUi`): in a module of their own, so the page's chunk holds only
 * these; `ui.en.ts` adds the rest. The keys here are the ones `node scripts/split-page-ui.mjs <lang>` moves in
 * every other language.
 */
export const pageUiEn = {
  app: {
    title: 'EU Login 2FA coach',
    tagline: 'Rehearse EU Login two-factor authentication, step by step, before you do it for real.',
    /** One sentence: this is a practice copy, not EU Login, and it never asks for a real password. */
    disclaimer: 'This is a practice copy. It never connects to EU Login and never needs your real password or PIN.',
    rehearsalBadge: 'Rehearsal',
    skipLink: 'Skip to the main content',
    languageLabel: 'Language',
    themeLabel: 'Theme',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeSystem: 'Same as my device',
    notAffiliated: 'An independent open-source project, not made by the European Commission.',
    /** Accessible names of the app's regions. */
    surfacesRegion: 'Pretend screens',
    /** The headings of the three pretend screens. */
    surfaceNames: { pc: 'PC', phone: 'Phone', mail: 'Mailbox' },
    guideRegion: 'Guide',
    helpdeskRegion: 'Helpdesk',
    saveUnreadableHeading: 'Your saved progress could not be read',
    /** The share code in the page's address (`?code=`) could not be used. */
    codeUnreadableHeading: 'The code in the address could not be used',
    /** Opens the helpdesk console (`?view=console`). */
    consoleLink: 'Helpdesk console',
    /** From the console, opens the rehearsal (the plain page). */
    rehearsalLink: 'Rehearsal',
    /** Opens the help centre (`?view=help`), in the header. */
    helpCentreLink: 'Help centre',
    /** The start page's pointer to the help centre. */
    helpCentreStart: 'A question about EU Login or Europass? Read the help centre',
    /** When part of the app could not be downloaded (offline, or a newer version was published meanwhile). */
    loadFailed: {
      heading: 'Part of the coach could not be loaded',
      body: 'Check your internet connection, then reload the page. Any progress you had saved is kept.',
    },
    /** When the app failed in a way it did not expect. */
    crashed: {
      heading: 'Something went wrong in the coach',
      body: 'Reload the page to carry on from your saved progress. If it happens again, start afresh.',
    },
    /** Reloads the page; saved progress is picked up again. */
    reload: 'Reload the page',
    /** Beside the language list, when the chosen language could not be downloaded; the page keeps its language. */
    languageFailed: 'That language could not be downloaded. Check your internet connection and choose it again.',
  },
  /** The start page's choice between rehearsing and guide mode. */
  modeChoice: modeChoiceEn,
  picker: {
    heading: 'What do you want to practise?',
    intro:
      'Two-factor authentication means EU Login checks something besides your password, such as your phone or a security key, so a stolen password alone cannot open your account. Choose a task: you act on a pretend PC, phone and mailbox while the guide tells you what to do.',
    groupSetUp: 'Set up',
    groupSignIn: 'Sign in',
    groupTrouble: 'Fix a problem',
    start: 'Start',
    /** {journey}: the journey's title (for an accessible button name). */
    startJourney: 'Start: {journey}',
    /** {count} */
    stepCount: '{count, plural, one {# step} other {# steps}}',
    /** {minutes} */
    duration: 'About {minutes} min',
    whatIfHeading: 'Make it harder (optional)',
    whatIfIntro: 'Switch on things that can go wrong, to practise getting out of them.',
    whatIfNone: 'Nothing extra to switch on for this task.',
    /** The what-ifs' list did not download (the box offers to try again). */
    whatIfLoadFailed: 'The list of what-ifs did not download. Check your internet connection and try again.',
    /** {count} */
    whatIfSelected: 'Switched on: {count}',
    resumeHeading: 'Have a share code?',
    resumeIntro: 'Paste it to carry on where you or a helpdesk agent left off.',
  },
  /** The start page's help for a first visit: what to have, which journey to begin with, where a share code goes. */
  start: {
    needHeading: 'What you will need',
    needPc: 'A computer with a web browser',
    needPhone: 'A smartphone with a screen lock (PIN, pattern, fingerprint or face)',
    needApp: 'The free EU Login app, from Google Play or the App Store',
    /** {minutes} */
    needTime: 'About {minutes} minutes without interruptions',
    recommendedHeading: 'New here? Start with this',
    recommendedIntro: 'Most people begin by creating the account and linking the app: everything else builds on it.',
    othersHeading: 'Other journeys',
    othersIntro: 'Signing in, a lost phone, a forgotten PIN: practise them when you need them.',
    /** The summary of the closed box where a share code is typed. */
    haveCode: 'I have a share code',
  },
  guide: {
    resumeLabel: 'Share code',
    resumeHint: 'Type or paste the whole code. Capitals, spaces and dashes do not matter, and an O counts as a zero.',
    resumeButton: 'Carry on',
    startFresh: 'Start afresh',
  },
  helpdesk: {
    title: 'Helpdesk script',
    toggle: 'Helpdesk mode',
  },
  common: {
    loading: 'Loading…',
    error: 'Something went wrong',
    close: 'Close',
    retry: 'Try again',
    ok: 'OK',
    yes: 'Yes',
    no: 'No',
    on: 'On',
    off: 'Off',
    required: 'required',
    optional: 'optional',
    newTab: '(opens in a new tab)',
  },
};
