/**
 * The modules the start page runs before its first paint, bundled into one `start` chunk.
 *
 * Left to itself, the bundler gives every group of modules that the start page shares with a different set of lazy
 * chunks (the coach, the console, guide mode…) a chunk of its own: eight small downloads for the start page instead
 * of one, each compressed on its own. One chunk is about 2 KB smaller gzipped and one request.
 *
 * Only modules the start page already loads belong here: a module named here is downloaded by every visitor, so a
 * pattern must not match code that only the coach, the console or guide mode needs (`npm run bench:app` counts the
 * start page's scripts). A module the start page needs that is not named here still works: it just arrives in a
 * chunk of its own. Dependencies are not pulled in (`includeDependenciesRecursively: false`): each one is named.
 */
export const START_MODULES: readonly RegExp[] = [
  /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
  /^\0(rolldown[\\/]runtime|vite[\\/]preload-helper)/,
  /apps[\\/]walkthrough[\\/]src[\\/](App|app-frame|app-header|theme)\.tsx?$/,
  /apps[\\/]walkthrough[\\/]src[\\/](i18n|features[\\/]picker|features[\\/]resume)[\\/]/,
  /apps[\\/]walkthrough[\\/]src[\\/]route[\\/](app-route|drop-from-address)\.ts$/,
  /apps[\\/]walkthrough[\\/]src[\\/](components[\\/]failure-boundary|hooks[\\/]use-step-focus|persist[\\/]stored-progress|guide-mode[\\/]guide-mode-root)\.tsx?$/,
  /packages[\\/]content[\\/]src[\\/](load-content|deep-merge|boot-texts|locales|format|text-params)\.ts$/,
  /packages[\\/]machine[\\/]src[\\/]config\.ts$/,
  /^\0virtual:journey-summaries$/,
];

export const isStartModule = (id: string): boolean => START_MODULES.some((pattern) => pattern.test(id));

/**
 * The modules of a language's page texts (`loadPageContent`: src/<lang>/page.<lang>.ts and the modules it imports),
 * which the start page downloads before its first paint: in one chunk per language (`page.<lang>`) instead of three,
 * each compressed on its own. The steps and walkthrough parts that share some of them import them from there.
 */
const PAGE_TEXTS =
  /packages[\\/]content[\\/]src[\\/]([a-z]{2})[\\/](page|page-ui|what-if-labels|journeys|messages|mode-choice)\.\1\.ts$/;

export const pageTextsChunk = (id: string): string | null => {
  const locale = PAGE_TEXTS.exec(id)?.[1];
  return locale ? `page.${locale}` : null;
};
