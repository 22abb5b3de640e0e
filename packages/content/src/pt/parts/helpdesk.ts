import type { HelpdeskPart } from '../../parts.types.js';
import { consolePt } from '../console.pt.js';
import { guideModePt } from '../guide-mode.pt.js';
import { helpdeskPt } from '../helpdesk/index.js';
import { phoneStatesPt } from '../labels.pt.js';

/** The helpdesk's texts in European Portuguese: every step's script, the console, guide mode and the phone's states. */
export const helpdeskPart: HelpdeskPart = {
  helpdesk: helpdeskPt,
  console: consolePt,
  guideMode: guideModePt,
  phoneStates: phoneStatesPt,
};
