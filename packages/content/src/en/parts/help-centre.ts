import type { HelpCentrePart } from '../../parts.types.js';
import { helpCentreEn } from '../help-centre.en.js';
import { surveyEn } from '../survey.en.js';

/** The help centre's headings and the feedback survey in English. */
export const helpCentrePart: HelpCentrePart = {
  helpCentre: helpCentreEn,
  survey: surveyEn,
};
