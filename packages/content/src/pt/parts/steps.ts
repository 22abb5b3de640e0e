import { LANGUAGE_NAMES } from '../../languages.js';
import type { StepsPart } from '../../parts.types.js';
import { errorsPt } from '../errors.pt.js';
import { guidePt } from '../guide.pt.js';
import {
  countriesPt,
  fieldsPt,
  flowsPt,
  keyKindsPt,
  methodsPt,
  noSmartphoneOptionsPt,
  recoverySituationsPt,
  surfacesPt,
} from '../labels.pt.js';
import { decodeErrorsPt, saveErrorsPt } from '../decode-errors.pt.js';
import { noticesPt } from '../messages.pt.js';
import { stepsPt } from '../steps/index.js';

/** What a portal with its own interface shows, in European Portuguese: the steps, errors and labels. */
export const stepsPart: StepsPart = {
  steps: stepsPt,
  flows: flowsPt,
  errors: errorsPt,
  fields: fieldsPt,
  notices: noticesPt,
  decodeErrors: decodeErrorsPt,
  saveErrors: saveErrorsPt,
  methods: methodsPt,
  keyKinds: keyKindsPt,
  noSmartphoneOptions: noSmartphoneOptionsPt,
  recoverySituations: recoverySituationsPt,
  surfaces: surfacesPt,
  languages: LANGUAGE_NAMES,
  countries: countriesPt,
  guide: guidePt,
};
