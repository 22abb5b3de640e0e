import type { Content } from '../content.types.js';
import { LANGUAGE_NAMES } from '../languages.js';
import { consoleDe } from './console.de.js';
import { errorsDe } from './errors.de.js';
import { guideDe } from './guide.de.js';
import { guideModeDe } from './guide-mode.de.js';
import { helpCentreDe } from './help-centre.de.js';
import { surveyDe } from './survey.de.js';
import {
  countriesDe,
  fieldsDe,
  flowsDe,
  keyKindsDe,
  methodsDe,
  noSmartphoneOptionsDe,
  phoneStatesDe,
  recoverySituationsDe,
  surfacesDe,
  whatIfKindsDe,
} from './labels.de.js';
import { mailsDe } from './mails.de.js';
import { dePage } from './page.de.js';
import { stepsDe } from './steps.de.js';

/** Every text of the coach in German. */
export const de: Content = {
  ...dePage,
  steps: stepsDe,
  whatIfKinds: whatIfKindsDe,
  flows: flowsDe,
  errors: errorsDe,
  fields: fieldsDe,
  mails: mailsDe,
  methods: methodsDe,
  keyKinds: keyKindsDe,
  noSmartphoneOptions: noSmartphoneOptionsDe,
  recoverySituations: recoverySituationsDe,
  surfaces: surfacesDe,
  languages: LANGUAGE_NAMES,
  countries: countriesDe,
  phoneStates: phoneStatesDe,
  guide: guideDe,
  console: consoleDe,
  guideMode: guideModeDe,
  helpCentre: helpCentreDe,
  survey: surveyDe,
};
