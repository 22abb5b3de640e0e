import type { PageContent } from '../content.types.js';
import { journeysDe } from './journeys.de.js';
import { decodeErrorsDe, noticesDe, saveErrorsDe } from './messages.de.js';
import { uiDe } from './ui.de.js';
import { whatIfsDe } from './what-ifs.de.js';

/** The texts a page needs before any step is shown, in German (see `PageContent`). */
export const dePage: PageContent = {
  ui: uiDe,
  journeys: journeysDe,
  whatIfs: whatIfsDe,
  notices: noticesDe,
  decodeErrors: decodeErrorsDe,
  saveErrors: saveErrorsDe,
};
