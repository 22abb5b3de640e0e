import { createServer } from 'vite';
import type { Plugin } from 'vite';
import { keepEarlyPresses } from './src/boot/early-presses.js';
import { isFreshVisit } from './src/boot/fresh-visit.js';
import { HYDRATED_EVENT } from './src/boot/hydrated-signal.js';
import { ROUTE_PARAMS } from './src/route/app-route.js';

/** The page's empty root in index.html, which the build fills. */
const EMPTY_ROOT = '<div id="root"></div>';

/** What the start-page module (src/boot/prerender.tsx) gives the build. */
interface PrerenderModule {
  readonly renderStartPage: () => Promise<string>;
  readonly PRERENDERED_LOCALE: string;
  readonly SHIPPED_LOCALES: readonly string[];
}

/**
 * The inline script that runs before the body is parsed and says, on the root element, whose visit this is
 * (`data-prerender`): `fresh`, one the page was rendered for (fresh-visit.ts), which the app takes over and whose
 * presses before that are kept (early-presses.ts); or `stale`, any other, for which app.css hides the build's page
 * until the app has rendered the visit's own (no flash of another language or of a page about to change). Without
 * the mark (a script that did not run), the app renders its own page, as for `stale`.
 */
export function prerenderScript(locale: string, locales: readonly string[]): string {
  return (
    `(function(){var h=document.documentElement;` +
    `if((${isFreshVisit.toString()})(${[locale, locales, ROUTE_PARAMS].map((v) => JSON.stringify(v)).join(',')}))` +
    `{h.dataset.prerender='fresh';` +
    `(${keepEarlyPresses.toString()})(document,${JSON.stringify(HYDRATED_EVENT)})}` +
    `else h.dataset.prerender='stale'})()`
  );
}

/** `html` with the start page in its root and the script above in its head. */
export function withStartPage(html: string, markup: string, locale: string, locales: readonly string[]): string {
  if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html has no ${EMPTY_ROOT} to render the start page into.`);
  const script = `<script>${prerenderScript(locale, locales)}</script>`;
  return html
    .replace('</head>', `  ${script}\n  </head>`)
    .replace(EMPTY_ROOT, () => `<div id="root" data-prerendered="${locale}">${markup}</div>`);
}

/**
 * Renders the start page into the built index.html (static rendering), so that a first visit sees it as soon as the
 * HTML and the stylesheet are in, instead of after the app's scripts have downloaded and run; the app then takes it
 * over (hydration, see main.tsx). The page is rendered by the app's own modules, loaded in Node through a Vite
 * server in SSR mode with this same configuration (its `serve` plugins). Not in the pseudo-locale build, whose
 * texts are not English, nor in the dev server, which renders in the browser as before.
 */
export function prerenderStartPage(): Plugin {
  let root = '';
  let configFile: string | false | undefined;
  return {
    name: 'eulogin-coach:prerender',
    apply: (_config, env) => env.command === 'build' && env.mode !== 'pseudo',
    configResolved(config) {
      root = config.root;
      configFile = config.configFile ?? false;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const server = await createServer({
          root,
          configFile,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          const page = (await server.ssrLoadModule('/src/boot/prerender.tsx')) as PrerenderModule;
          const markup = await page.renderStartPage();
          return withStartPage(html, markup, page.PRERENDERED_LOCALE, page.SHIPPED_LOCALES);
        } finally {
          await server.close();
        }
      },
    },
  };
}
