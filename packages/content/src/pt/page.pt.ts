import type { PageContent } from '../content.types.js';
import { journeysPt } from './journeys.pt.js';
import { decodeErrorsPt, noticesPt, saveErrorsPt } from './messages.pt.js';
import { uiPt } from './ui.pt.js';
import { whatIfsPt } from './what-ifs.pt.js';

/** The texts a page needs before any step is shown, in European Portuguese (see `PageContent`). */
export const ptPage: PageContent = {
  ui: uiPt,
  journeys: journeysPt,
  whatIfs: whatIfsPt,
  notices: noticesPt,
  decodeErrors: decodeErrorsPt,
  saveErrors: saveErrorsPt,
};
