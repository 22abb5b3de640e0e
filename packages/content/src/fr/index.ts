import type { LocaleLoaders } from '../parts.types.js';
import type { DecodeTexts, PageContent } from '../content.types.js';

export { bootFr as boot } from './boot.fr.js';

/** The language's own name, as the language picker lists it whatever the page's language. */
export const name = 'Français';

/** The start page's French texts, in a chunk of their own. */
export const page = (): Promise<PageContent> => import('./page.fr.js').then((m) => m.frPage);

/** The loaders of every other part of the French texts, in a small chunk loaded once something asks for one. */
export const parts = (): Promise<LocaleLoaders> => import('./loaders.js').then((m) => m.loaders);

/** Why a share code or saved progress cannot be read, in a chunk of its own: needed only when one cannot. */
export const decodeTexts = (): Promise<DecodeTexts> =>
  import('./decode-errors.fr.js').then((m) => ({ decodeErrors: m.decodeErrorsFr, saveErrors: m.saveErrorsFr }));
