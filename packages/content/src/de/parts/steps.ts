import { LANGUAGE_NAMES } from '../../languages.js';
import type { StepsPart } from '../../parts.types.js';
import { errorsDe } from '../errors.de.js';
import { guideDe } from '../guide.de.js';
import {
  countriesDe,
  fieldsDe,
  flowsDe,
  keyKindsDe,
  methodsDe,
  noSmartphoneOptionsDe,
  recoverySituationsDe,
  surfacesDe,
} from '../labels.de.js';
import { decodeErrorsDe, saveErrorsDe } from '../decode-errors.de.js';
import { noticesDe } from '../messages.de.js';
import { stepsDe } from '../steps/index.js';

/** What a portal with its own interface shows, in German: the steps, errors and labels. */
export const stepsPart: StepsPart = {
  steps: stepsDe,
  flows: flowsDe,
  errors: errorsDe,
  fields: fieldsDe,
  notices: noticesDe,
  decodeErrors: decodeErrorsDe,
  saveErrors: saveErrorsDe,
  methods: methodsDe,
  keyKinds: keyKindsDe,
  noSmartphoneOptions: noSmartphoneOptionsDe,
  recoverySituations: recoverySituationsDe,
  surfaces: surfacesDe,
  languages: LANGUAGE_NAMES,
  countries: countriesDe,
  guide: guideDe,
};
