import { LANGUAGE_NAMES } from '../../languages.js';
import type { StepsPart } from '../../parts.types.js';
import { errorsFr } from '../errors.fr.js';
import { guideFr } from '../guide.fr.js';
import {
  countriesFr,
  fieldsFr,
  flowsFr,
  keyKindsFr,
  methodsFr,
  noSmartphoneOptionsFr,
  recoverySituationsFr,
  surfacesFr,
} from '../labels.fr.js';
import { decodeErrorsFr, saveErrorsFr } from '../decode-errors.fr.js';
import { noticesFr } from '../messages.fr.js';
import { stepsFr } from '../steps/index.js';

/** What a portal with its own interface shows, in French: the steps, errors and labels. */
export const stepsPart: StepsPart = {
  steps: stepsFr,
  flows: flowsFr,
  errors: errorsFr,
  fields: fieldsFr,
  notices: noticesFr,
  decodeErrors: decodeErrorsFr,
  saveErrors: saveErrorsFr,
  methods: methodsFr,
  keyKinds: keyKindsFr,
  noSmartphoneOptions: noSmartphoneOptionsFr,
  recoverySituations: recoverySituationsFr,
  surfaces: surfacesFr,
  languages: LANGUAGE_NAMES,
  countries: countriesFr,
  guide: guideFr,
};
