import type { HelpdeskPart } from '../../parts.types.js';
import { consoleEn } from '../console.en.js';
import { guideModeEn } from '../guide-mode.en.js';
import { helpdeskEn } from '../helpdesk/index.js';
import { phoneStatesEn } from '../labels.en.js';

/** The helpdesk's texts in English: every step's script, the console, guide mode and the phone's states. */
export const helpdeskPart: HelpdeskPart = {
  helpdesk: helpdeskEn,
  console: consoleEn,
  guideMode: guideModeEn,
  phoneStates: phoneStatesEn,
};
