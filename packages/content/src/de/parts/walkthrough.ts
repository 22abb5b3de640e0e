import type { WalkthroughPart } from '../../parts.types.js';
import { journeysDe } from '../journeys.de.js';
import { whatIfKindsDe } from '../labels.de.js';
import { uiDe } from '../ui.de.js';
import { whatIfsDe } from '../what-ifs.de.js';

/** The walkthrough app's interface in German: its chrome, the journeys and the what-ifs. */
export const walkthroughPart: WalkthroughPart = {
  ui: uiDe,
  journeys: journeysDe,
  whatIfs: whatIfsDe,
  whatIfKinds: whatIfKindsDe,
};
