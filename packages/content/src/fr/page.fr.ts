import type { PageContent } from '../content.types.js';
import { journeysFr } from './journeys.fr.js';
import { decodeErrorsFr, noticesFr, saveErrorsFr } from './messages.fr.js';
import { pageUiFr } from './page-ui.fr.js';
import { whatIfLabelsFr } from './what-if-labels.fr.js';

/** The texts a page needs before any step is shown, in French (see `PageContent`). */
export const frPage: PageContent = {
  ui: pageUiFr,
  journeys: journeysFr,
  whatIfs: whatIfLabelsFr,
  notices: noticesFr,
  decodeErrors: decodeErrorsFr,
  saveErrors: saveErrorsFr,
};
