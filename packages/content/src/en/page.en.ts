import type { PageContent } from '../content.types.js';
import { journeysEn } from './journeys.en.js';
import { pageUiEn } from './page-ui.en.js';

/** The texts a page needs before any step is shown, in English (see `PageContent`). */
export const enPage: PageContent = {
  ui: pageUiEn,
  journeys: journeysEn,
};
