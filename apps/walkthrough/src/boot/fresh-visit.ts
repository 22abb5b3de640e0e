/**
 * Whether this visit is the one the build rendered the start page for (`prerendered`: that page's language): a first
 * visit (nothing of ours in storage: no language, theme, mode or progress chosen), to the start page itself (none of
 * the `routeParams` the app reads in the address, such as `?view=`, `?code=` or `?mode=`; anything else there, say a
 * campaign's `?utm_source=`, does not change the page), whose language is that one (the browser's, when the app ships
 * it, else the default, `locales[0]`). Anyone else gets the page rendered in the browser, as before.
 *
 * Self-contained, with no imports and nothing from outside its parameters: the build writes its source into the
 * page as an inline script (prerender.plugin.ts) that runs before the body is parsed and leaves its answer on the
 * root element for the app's entry (main.tsx), so it is asked once. Storage or a browser that throws means "not a
 * first visit".
 */
export function isFreshVisit(prerendered: string, locales: readonly string[], routeParams: readonly string[]): boolean {
  try {
    const query = new URLSearchParams(globalThis.location.search);
    for (const name of routeParams) if (query.has(name)) return false;
    const storage = globalThis.localStorage;
    for (let i = 0; i < storage.length; i++) {
      if (String(storage.key(i)).indexOf('eulogin-coach.') === 0) return false;
    }
    const browser = String(globalThis.navigator.language).slice(0, 2);
    return (locales.indexOf(browser) >= 0 ? browser : locales[0]) === prerendered;
  } catch {
    return false;
  }
}
