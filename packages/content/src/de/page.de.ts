import type { PageContent } from '../content.types.js';
import { journeysDe } from './journeys.de.js';
import { pageUiDe } from './page-ui.de.js';

/** The texts a page needs before any step is shown, in German (see `PageContent`). */
export const dePage: PageContent = {
  ui: pageUiDe,
  journeys: journeysDe,
};
