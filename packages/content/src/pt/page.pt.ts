import type { PageContent } from '../content.types.js';
import { journeysPt } from './journeys.pt.js';
import { pageUiPt } from './page-ui.pt.js';

/** The texts a page needs before any step is shown, in European Portuguese (see `PageContent`). */
export const ptPage: PageContent = {
  ui: pageUiPt,
  journeys: journeysPt,
};
