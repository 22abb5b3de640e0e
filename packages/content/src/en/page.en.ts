import type { PageContent } from '../content.types.js';
import { journeysEn } from './journeys.en.js';
import { decodeErrorsEn, noticesEn, saveErrorsEn } from './messages.en.js';
import { pageUiEn } from './page-ui.en.js';
import { whatIfLabelsEn } from './what-if-labels.en.js';

/** The texts a page needs before any step is shown, in English (see `PageContent`). */
export const enPage: PageContent = {
  ui: pageUiEn,
  journeys: journeysEn,
  whatIfs: whatIfLabelsEn,
  notices: noticesEn,
  decodeErrors: decodeErrorsEn,
  saveErrors: saveErrorsEn,
};
