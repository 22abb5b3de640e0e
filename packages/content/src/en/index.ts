import type { Content } from '../content.types.js';
import { LANGUAGE_NAMES } from '../languages.js';
import { consoleEn } from './console.en.js';
import { errorsEn } from './errors.en.js';
import { guideEn } from './guide.en.js';
import { guideModeEn } from './guide-mode.en.js';
import { helpCentreEn } from './help-centre.en.js';
import { surveyEn } from './survey.en.js';
import {
  countriesEn,
  fieldsEn,
  flowsEn,
  keyKindsEn,
  methodsEn,
  noSmartphoneOptionsEn,
  phoneStatesEn,
  recoverySituationsEn,
  surfacesEn,
  whatIfKindsEn,
} from './labels.en.js';
import { mailsEn } from './mails.en.js';
import { enPage } from './page.en.js';
import { stepsEn } from './steps.en.js';
import { uiEn } from './ui.en.js';
import { whatIfsEn } from './what-ifs.en.js';

/** Every text of the coach in English. */
export const en: Content = {
  ...enPage,
  ui: uiEn,
  whatIfs: whatIfsEn,
  steps: stepsEn,
  whatIfKinds: whatIfKindsEn,
  flows: flowsEn,
  errors: errorsEn,
  fields: fieldsEn,
  mails: mailsEn,
  methods: methodsEn,
  keyKinds: keyKindsEn,
  noSmartphoneOptions: noSmartphoneOptionsEn,
  recoverySituations: recoverySituationsEn,
  surfaces: surfacesEn,
  languages: LANGUAGE_NAMES,
  countries: countriesEn,
  phoneStates: phoneStatesEn,
  guide: guideEn,
  console: consoleEn,
  guideMode: guideModeEn,
  helpCentre: helpCentreEn,
  survey: surveyEn,
};
