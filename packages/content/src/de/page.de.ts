import type { PageContent } from '../content.types.js';
import { journeysDe } from './journeys.de.js';
import { decodeErrorsDe, noticesDe, saveErrorsDe } from './messages.de.js';
import { pageUiDe } from './page-ui.de.js';
import { whatIfLabelsDe } from './what-if-labels.de.js';

/** The texts a page needs before any step is shown, in German (see `PageContent`). */
export const dePage: PageContent = {
  ui: pageUiDe,
  journeys: journeysDe,
  whatIfs: whatIfLabelsDe,
  notices: noticesDe,
  decodeErrors: decodeErrorsDe,
  saveErrors: saveErrorsDe,
};
