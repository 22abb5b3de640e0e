import type { HelpCentrePart } from '../../parts.types.js';
import { helpCentrePt } from '../help-centre.pt.js';
import { surveyPt } from '../survey.pt.js';

/** The help centre's headings and the feedback survey in European Portuguese. */
export const helpCentrePart: HelpCentrePart = {
  helpCentre: helpCentrePt,
  survey: surveyPt,
};
