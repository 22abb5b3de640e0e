import type { PageContent } from '../content.types.js';
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
import { decodeErrorsEn, noticesEn } from './messages.en.js';
import { uiEn } from './ui.en.js';
import { whatIfsEn } from './what-ifs.en.js';

/** The texts a page needs before any step is shown, in English (see `PageContent`). */
export const enPage: PageContent = {
  whatIfs: whatIfsEn,
  whatIfKinds: whatIfKindsEn,
  journeys: journeysEn,
  flows: flowsEn,
  errors: errorsEn,
  fields: fieldsEn,
  notices: noticesEn,
  decodeErrors: decodeErrorsEn,
  methods: methodsEn,
  keyKinds: keyKindsEn,
  noSmartphoneOptions: noSmartphoneOptionsEn,
  recoverySituations: recoverySituationsEn,
  surfaces: surfacesEn,
  languages: LANGUAGE_NAMES,
  countries: countriesEn,
  phoneStates: phoneStatesEn,
  assumed: assumedEn,
  ui: uiEn,
};
