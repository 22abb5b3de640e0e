import type { Content } from '../content.types.js';
import { LANGUAGE_NAMES } from '../languages.js';
import { consolePt } from './console.pt.js';
import { errorsPt } from './errors.pt.js';
import { guidePt } from './guide.pt.js';
import { guideModePt } from './guide-mode.pt.js';
import { helpCentrePt } from './help-centre.pt.js';
import { surveyPt } from './survey.pt.js';
import {
  countriesPt,
  fieldsPt,
  flowsPt,
  keyKindsPt,
  methodsPt,
  noSmartphoneOptionsPt,
  phoneStatesPt,
  recoverySituationsPt,
  surfacesPt,
  whatIfKindsPt,
} from './labels.pt.js';
import { mailsPt } from './mails.pt.js';
import { ptPage } from './page.pt.js';
import { stepsPt } from './steps.pt.js';
import { uiPt } from './ui.pt.js';
import { whatIfsPt } from './what-ifs.pt.js';

/** Every text of the coach in European Portuguese. */
export const pt: Content = {
  ...ptPage,
  ui: uiPt,
  whatIfs: whatIfsPt,
  steps: stepsPt,
  whatIfKinds: whatIfKindsPt,
  flows: flowsPt,
  errors: errorsPt,
  fields: fieldsPt,
  mails: mailsPt,
  methods: methodsPt,
  keyKinds: keyKindsPt,
  noSmartphoneOptions: noSmartphoneOptionsPt,
  recoverySituations: recoverySituationsPt,
  surfaces: surfacesPt,
  languages: LANGUAGE_NAMES,
  countries: countriesPt,
  phoneStates: phoneStatesPt,
  guide: guidePt,
  console: consolePt,
  guideMode: guideModePt,
  helpCentre: helpCentrePt,
  survey: surveyPt,
};
