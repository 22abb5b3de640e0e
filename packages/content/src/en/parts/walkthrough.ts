import type { WalkthroughPart } from '../../parts.types.js';
import { journeysEn } from '../journeys.en.js';
import { whatIfKindsEn } from '../labels.en.js';
import { uiEn } from '../ui.en.js';
import { whatIfsEn } from '../what-ifs.en.js';

/** The walkthrough app's interface in English: its chrome, the journeys and the what-ifs. */
export const walkthroughPart: WalkthroughPart = {
  ui: uiEn,
  journeys: journeysEn,
  whatIfs: whatIfsEn,
  whatIfKinds: whatIfKindsEn,
};
