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
  // Not the what-if switches of an opened "Make it harder" box, nor their labels' loader: fetched after the first paint.
  /apps[\\/]walkthrough[\\/]src[\\/](i18n|features[\\/]picker)[\\/](?!what-if-switches\.|use-what-if-labels\.)/,
  /apps[\\/]walkthrough[\\/]src[\\/]features[\\/]resume[\\/]resume-draft\.tsx$/,
  /apps[\\/]walkthrough[\\/]src[\\/]route[\\/](app-route|drop-from-address)\.ts$/,
  /apps[\\/]walkthrough[\\/]src[\\/](components[\\/]failure-boundary|hooks[\\/]use-step-focus|persist[\\/]stored-progress|guide-mode[\\/]guide-mode-root)\.tsx?$/,
  /packages[\\/]content[\\/]src[\\/](load-content|deep-merge|boot-texts|locale-names|locales|format|text-params)\.ts$/,
  /packages[\\/]machine[\\/]src[\\/]config\.ts$/,
  /^\0virtual:journey-summaries$/,
  // The content package's registry of languages with each one's own name and boot texts (a few hundred bytes each):
  // every page loads them first, and in a chunk of their own they were one more request before the first paint.
  /packages[\\/]content[\\/]src[\\/](locale-modules\.ts|registry\.ts|[a-z]{2}[\\/](index|boot\.[a-z]{2})\.ts)$/,
];

export const isStartModule = (id: string): boolean => START_MODULES.some((pattern) => pattern.test(id));

/**
 * The modules of a language's page texts (`loadPageContent`: src/<lang>/page.<lang>.ts and the modules it imports),
 * which the start page downloads before its first paint: in one chunk per language (`page.<lang>`) instead of three,
 * each compressed on its own. The steps and walkthrough parts that share some of them import them from there. The
 * what-ifs' labels (what-if-labels.<lang>.ts) are not among them: they load after the first paint, in a chunk of
 * their own.
 */
const PAGE_TEXTS = /packages[\\/]content[\\/]src[\\/]([a-z]{2})[\\/](page|page-ui|journeys|mode-choice)\.\1\.ts$/;

export const pageTextsChunk = (id: string): string | null => {
  const locale = PAGE_TEXTS.exec(id)?.[1];
  return locale ? `page.${locale}` : null;
};

/**
 * The chunks every page has already loaded before anything is imported on demand: the entry (`index`), the runtime,
 * the language registry and the `start` chunk. Listing them again in a lazy import's preload list fetches nothing.
 */
const ALREADY_LOADED = /(?:^|\/)(?:index|rolldown-runtime|locale-modules|start)-[\w-]+\.js$/;

/**
 * A lazy import's preload list (`build.modulePreload.resolveDependencies`) without what is already loaded, and
 * none at all when only the imported file itself is left (the `import()` fetches it anyway): every list is written
 * into the start page's code, so each name not needed there is bytes every visitor downloads. Nothing is fetched
 * later than before: a chunk's own imports that are not yet loaded stay in its list, so they still download in
 * parallel with it. Only lazy imports' lists change: index.html's modulepreload links stay.
 */
export function preloadDependencies(
  filename: string,
  deps: string[],
  { hostType }: { readonly hostType: 'html' | 'js' },
): string[] {
  // The page's own modulepreload links (index.html) are its first downloads: they stay as the build lists them.
  if (hostType === 'html') return deps;
  const needed = deps.filter((dep) => !ALREADY_LOADED.test(dep));
  return needed.length === 1 && needed[0] === filename ? [] : needed;
}
