import type { Content } from '../content.types.js';
import { LANGUAGE_NAMES } from '../languages.js';
import { errorsEn } from './errors.en.js';
import { journeysEn } from './journeys.en.js';
import {
  assumedEn,
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
import { decodeErrorsEn, noticesEn } from './messages.en.js';
import { stepsEn } from './steps.en.js';
import { guideEn } from './guide.en.js';
import { uiEn } from './ui.en.js';
import { whatIfsEn } from './what-ifs.en.js';

/** Every text of the coach in English. */
export const en: Content = {
  steps: stepsEn,
  whatIfs: whatIfsEn,
  whatIfKinds: whatIfKindsEn,
  journeys: journeysEn,
  flows: flowsEn,
  errors: errorsEn,
  fields: fieldsEn,
  notices: noticesEn,
  decodeErrors: decodeErrorsEn,
  mails: mailsEn,
  methods: methodsEn,
  keyKinds: keyKindsEn,
  noSmartphoneOptions: noSmartphoneOptionsEn,
  recoverySituations: recoverySituationsEn,
  surfaces: surfacesEn,
  languages: LANGUAGE_NAMES,
  countries: countriesEn,
  phoneStates: phoneStatesEn,
  assumed: assumedEn,
  guide: guideEn,
  ui: uiEn,
};
