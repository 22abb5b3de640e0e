import type { WalkthroughPart } from '../../parts.types.js';
import { journeysFr } from '../journeys.fr.js';
import { whatIfKindsFr } from '../labels.fr.js';
import { uiFr } from '../ui.fr.js';
import { whatIfsFr } from '../what-ifs.fr.js';

/** The walkthrough app's interface in French: its chrome, the journeys and the what-ifs. */
export const walkthroughPart: WalkthroughPart = {
  ui: uiFr,
  journeys: journeysFr,
  whatIfs: whatIfsFr,
  whatIfKinds: whatIfKindsFr,
};
