import type { LocaleLoaders } from '../parts.types.js';
import type { PageContent } from '../content.types.js';

export { bootFr as boot } from './boot.fr.js';

/** The language's own name, as the language picker lists it whatever the page's language. */
export const name = 'Français';

/** The start page's French texts, in a chunk of their own. */
export const page = (): Promise<PageContent> => import('./page.fr.js').then((m) => m.frPage);

/** The loaders of every other part of the French texts, in a small chunk loaded once something asks for one. */
export const parts = (): Promise<LocaleLoaders> => import('./loaders.js').then((m) => m.loaders);
