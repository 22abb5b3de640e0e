import type { PageContent } from '../content.types.js';
import { journeysPt } from './journeys.pt.js';
import { decodeErrorsPt, noticesPt, saveErrorsPt } from './messages.pt.js';
import { pageUiPt } from './page-ui.pt.js';
import { whatIfLabelsPt } from './what-if-labels.pt.js';

/** The texts a page needs before any step is shown, in European Portuguese (see `PageContent`). */
export const ptPage: PageContent = {
  ui: pageUiPt,
  journeys: journeysPt,
  whatIfs: whatIfLabelsPt,
  notices: noticesPt,
  decodeErrors: decodeErrorsPt,
  saveErrors: saveErrorsPt,
};
