import type { HelpCentrePart } from '../../parts.types.js';
import { helpCentreFr } from '../help-centre.fr.js';
import { surveyFr } from '../survey.fr.js';

/** The help centre's headings and the feedback survey in French. */
export const helpCentrePart: HelpCentrePart = {
  helpCentre: helpCentreFr,
  survey: surveyFr,
};
