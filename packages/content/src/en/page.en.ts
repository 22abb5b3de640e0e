import type { PageContent } from '../content.types.js';
import { journeysEn } from './journeys.en.js';
import { decodeErrorsEn, noticesEn, saveErrorsEn } from './messages.en.js';
import { uiEn } from './ui.en.js';
import { whatIfsEn } from './what-ifs.en.js';

/** The texts a page needs before any step is shown, in English (see `PageContent`). */
export const enPage: PageContent = {
  ui: uiEn,
  journeys: journeysEn,
  whatIfs: whatIfsEn,
  notices: noticesEn,
  decodeErrors: decodeErrorsEn,
  saveErrors: saveErrorsEn,
};
