import type { LocaleLoaders } from '../parts.types.js';
import type { DecodeTexts, PageContent } from '../content.types.js';

export { bootDe as boot } from './boot.de.js';

/** The language's own name, as the language picker lists it whatever the page's language. */
export const name = 'Deutsch';

/** The start page's German texts, in a chunk of their own. */
export const page = (): Promise<PageContent> => import('./page.de.js').then((m) => m.dePage);

/** The loaders of every other part of the German texts, in a small chunk loaded once something asks for one. */
export const parts = (): Promise<LocaleLoaders> => import('./loaders.js').then((m) => m.loaders);

/** Why a share code or saved progress cannot be read, in a chunk of its own: needed only when one cannot. */
export const decodeTexts = (): Promise<DecodeTexts> =>
  import('./decode-errors.de.js').then((m) => ({ decodeErrors: m.decodeErrorsDe, saveErrors: m.saveErrorsDe }));
