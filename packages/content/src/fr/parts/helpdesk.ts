import type { HelpdeskPart } from '../../parts.types.js';
import { consoleFr } from '../console.fr.js';
import { guideModeFr } from '../guide-mode.fr.js';
import { helpdeskFr } from '../helpdesk/index.js';
import { phoneStatesFr } from '../labels.fr.js';

/** The helpdesk's texts in French: every step's script, the console, guide mode and the phone's states. */
export const helpdeskPart: HelpdeskPart = {
  helpdesk: helpdeskFr,
  console: consoleFr,
  guideMode: guideModeFr,
  phoneStates: phoneStatesFr,
};
