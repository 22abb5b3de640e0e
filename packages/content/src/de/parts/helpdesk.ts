import type { HelpdeskPart } from '../../parts.types.js';
import { consoleDe } from '../console.de.js';
import { guideModeDe } from '../guide-mode.de.js';
import { helpdeskDe } from '../helpdesk/index.js';
import { phoneStatesDe } from '../labels.de.js';

/** The helpdesk's texts in German: every step's script, the console, guide mode and the phone's states. */
export const helpdeskPart: HelpdeskPart = {
  helpdesk: helpdeskDe,
  console: consoleDe,
  guideMode: guideModeDe,
  phoneStates: phoneStatesDe,
};
