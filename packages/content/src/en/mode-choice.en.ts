import type { UiModeChoice } from '../guide-mode.types.js';

/** The start page's choice of mode, in English. */
export const modeChoiceEn: UiModeChoice = {
  legend: 'How do you want to use the coach?',
  rehearse: 'Rehearse on pretend screens',
  rehearseHint: 'Practise first on a pretend computer, phone and mailbox. Nothing you type leaves this page.',
  guide: 'Guide me through the real thing',
  guideTagline: 'Set up EU Login two-factor authentication for real, with the coach beside you.',
  guideHint: 'Do the real EU Login set-up in another window; the coach tells you what to do and you say what happened.',
};
