import type { HelpCentrePart } from '../../parts.types.js';
import { helpCentreDe } from '../help-centre.de.js';
import { surveyDe } from '../survey.de.js';

/** The help centre's headings and the feedback survey in German. */
export const helpCentrePart: HelpCentrePart = {
  helpCentre: helpCentreDe,
  survey: surveyDe,
};
