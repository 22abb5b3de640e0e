import type { Content } from '../content.types.js';
import { LANGUAGE_NAMES } from '../languages.js';
import { consoleFr } from './console.fr.js';
import { errorsFr } from './errors.fr.js';
import { guideFr } from './guide.fr.js';
import { guideModeFr } from './guide-mode.fr.js';
import { helpCentreFr } from './help-centre.fr.js';
import { surveyFr } from './survey.fr.js';
import {
  countriesFr,
  fieldsFr,
  flowsFr,
  keyKindsFr,
  methodsFr,
  noSmartphoneOptionsFr,
  phoneStatesFr,
  recoverySituationsFr,
  surfacesFr,
  whatIfKindsFr,
} from './labels.fr.js';
import { mailsFr } from './mails.fr.js';
import { frPage } from './page.fr.js';
import { stepsFr } from './steps.fr.js';

/** Every text of the coach in French. */
export const fr: Content = {
  ...frPage,
  steps: stepsFr,
  whatIfKinds: whatIfKindsFr,
  flows: flowsFr,
  errors: errorsFr,
  fields: fieldsFr,
  mails: mailsFr,
  methods: methodsFr,
  keyKinds: keyKindsFr,
  noSmartphoneOptions: noSmartphoneOptionsFr,
  recoverySituations: recoverySituationsFr,
  surfaces: surfacesFr,
  languages: LANGUAGE_NAMES,
  countries: countriesFr,
  phoneStates: phoneStatesFr,
  guide: guideFr,
  console: consoleFr,
  guideMode: guideModeFr,
  helpCentre: helpCentreFr,
  survey: surveyFr,
};
