import type { PageContent } from '../content.types.js';
import { journeysFr } from './journeys.fr.js';
import { decodeErrorsFr, noticesFr, saveErrorsFr } from './messages.fr.js';
import { uiFr } from './ui.fr.js';
import { whatIfsFr } from './what-ifs.fr.js';

/** The texts a page needs before any step is shown, in French (see `PageContent`). */
export const frPage: PageContent = {
  ui: uiFr,
  journeys: journeysFr,
  whatIfs: whatIfsFr,
  notices: noticesFr,
  decodeErrors: decodeErrorsFr,
  saveErrors: saveErrorsFr,
};
