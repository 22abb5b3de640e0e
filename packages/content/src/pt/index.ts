import type { LocaleLoaders } from '../parts.types.js';
import type { PageContent } from '../content.types.js';

export { bootPt as boot } from './boot.pt.js';

/** The language's own name, as the language picker lists it whatever the page's language. */
export const name = 'Português';

/** The start page's European Portuguese texts, in a chunk of their own. */
export const page = (): Promise<PageContent> => import('./page.pt.js').then((m) => m.ptPage);

/** The loaders of every other part of the European Portuguese texts, in a small chunk loaded once something asks for one. */
export const parts = (): Promise<LocaleLoaders> => import('./loaders.js').then((m) => m.loaders);
