import type { PageContent } from '../content.types.js';
import { LANGUAGE_NAMES } from '../languages.js';
import { errorsPt } from './errors.pt.js';
import { journeysPt } from './journeys.pt.js';
import {
  assumedPt,
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
import { decodeErrorsPt, noticesPt } from './messages.pt.js';
import { uiPt } from './ui.pt.js';
import { whatIfsPt } from './what-ifs.pt.js';

/** The texts a page needs before any step is shown, in European Portuguese (see `PageContent`). */
export const ptPage: PageContent = {
  whatIfs: whatIfsPt,
  whatIfKinds: whatIfKindsPt,
  journeys: journeysPt,
  flows: flowsPt,
  errors: errorsPt,
  fields: fieldsPt,
  notices: noticesPt,
  decodeErrors: decodeErrorsPt,
  methods: methodsPt,
  keyKinds: keyKindsPt,
  noSmartphoneOptions: noSmartphoneOptionsPt,
  recoverySituations: recoverySituationsPt,
  surfaces: surfacesPt,
  languages: LANGUAGE_NAMES,
  countries: countriesPt,
  phoneStates: phoneStatesPt,
  assumed: assumedPt,
  ui: uiPt,
};
