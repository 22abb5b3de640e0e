import type { WalkthroughPart } from '../../parts.types.js';
import { journeysPt } from '../journeys.pt.js';
import { whatIfKindsPt } from '../labels.pt.js';
import { uiPt } from '../ui.pt.js';
import { whatIfsPt } from '../what-ifs.pt.js';

/** The walkthrough app's interface in European Portuguese: its chrome, the journeys and the what-ifs. */
export const walkthroughPart: WalkthroughPart = {
  ui: uiPt,
  journeys: journeysPt,
  whatIfs: whatIfsPt,
  whatIfKinds: whatIfKindsPt,
};
