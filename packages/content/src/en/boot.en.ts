import type { BootTexts } from '../boot-texts.js';

/** What a page says in English when even its own texts cannot be downloaded (bundled with the code). */
export const bootEn: BootTexts = {
  heading: 'The coach could not start',
  body: 'Its texts did not download. Check your internet connection and try again. Any progress you had saved is kept.',
  retry: 'Try again',
  retrying: 'Trying again…',
};
