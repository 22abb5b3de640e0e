// The start page as the build renders it into index.html (prerender.plugin.ts loads this module in Node): the page
// a first visit sees before the app's scripts have run. The browser then takes it over (main.tsx) instead of
// rendering it again.
import { renderToString } from 'react-dom/server';
import { DEFAULT_LOCALE, LOCALES } from '@eulogin-coach/content';
import { loadPageTexts } from '../i18n/content-context.js';
import { StartTree } from './start-tree.js';

/** The language the build renders the start page in: the default, which a visit gets when it has no other. */
export const PRERENDERED_LOCALE = DEFAULT_LOCALE;

/** Every shipped language, the default first: a visit in any other sees the page rendered by the browser. */
export const SHIPPED_LOCALES: readonly string[] = LOCALES;

/** The start page's markup, for a first visit in `PRERENDERED_LOCALE`; throws if its texts cannot be loaded. */
export async function renderStartPage(): Promise<string> {
  const loaded = await loadPageTexts(PRERENDERED_LOCALE);
  if (!loaded) throw new Error(`The ${PRERENDERED_LOCALE} page texts could not be loaded to render the start page.`);
  return renderToString(<StartTree loaded={loaded} locale={PRERENDERED_LOCALE} />);
}
