import { LANGUAGE_NAMES } from '../../languages.js';
import type { StepsPart } from '../../parts.types.js';
import { errorsEn } from '../errors.en.js';
import { guideEn } from '../guide.en.js';
import {
  countriesEn,
  fieldsEn,
  flowsEn,
  keyKindsEn,
  methodsEn,
  noSmartphoneOptionsEn,
  recoverySituationsEn,
  surfacesEn,
} from '../labels.en.js';
import { decodeErrorsEn, saveErrorsEn } from '../decode-errors.en.js';
import { noticesEn } from '../messages.en.js';
import { stepsEn } from '../steps/index.js';

/** What a portal with its own interface shows, in English: the steps, errors and labels. */
export const stepsPart: StepsPart = {
  steps: stepsEn,
  flows: flowsEn,
  errors: errorsEn,
  fields: fieldsEn,
  notices: noticesEn,
  decodeErrors: decodeErrorsEn,
  saveErrors: saveErrorsEn,
  methods: methodsEn,
  keyKinds: keyKindsEn,
  noSmartphoneOptions: noSmartphoneOptionsEn,
  recoverySituations: recoverySituationsEn,
  surfaces: surfacesEn,
  languages: LANGUAGE_NAMES,
  countries: countriesEn,
  guide: guideEn,
};
