import type { PageContent } from '../content.types.js';
import { journeysFr } from './journeys.fr.js';
import { pageUiFr } from './page-ui.fr.js';

/** The texts a page needs before any step is shown, in French (see `PageContent`). */
export const frPage: PageContent = {
  ui: pageUiFr,
  journeys: journeysFr,
};
