import react from '@vitejs/plugin-react';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy, SECURITY_HEADERS } from './csp.plugin.js';
import { journeySummaries } from './journey-summaries.plugin.js';
import { localePreload } from './locale-preload.plugin.js';
import { prerenderStartPage } from './prerender.plugin.js';
import { pseudoLocale } from './pseudo-locale.plugin.js';
import { isStartModule, pageTextsChunk, preloadDependencies } from './start-chunk.js';

const conditions = ['@eulogin-coach/source', ...defaultClientConditions];

export default defineConfig({
  plugins: [
    react(),
    journeySummaries(),
    localePreload(),
    prerenderStartPage(),
    contentSecurityPolicy(),
    pseudoLocale(),
  ],
  resolve: { conditions },
  // The start page is rendered at build time in Node (prerender.plugin.ts): the workspace packages from their
  // sources, bundled like the app's own modules, as the browser build takes them.
  ssr: {
    noExternal: [/^@eulogin-coach\//],
    resolve: { conditions: ['@eulogin-coach/source', ...defaultServerConditions] },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 400,
    // Every browser the app supports (ES2022) knows modulepreload: no polyfill in the start page.
    // Each lazy import's preload list, without the chunks the page has already loaded (see start-chunk.ts).
    modulePreload: { polyfill: false, resolveDependencies: preloadDependencies },
    rolldownOptions: {
      output: {
        // The start page's modules in one chunk, and each language's page texts in one (see start-chunk.ts).
        codeSplitting: {
          groups: [
            { name: 'start', test: isStartModule, includeDependenciesRecursively: false },
            // Each language's page texts in one chunk of their own (see start-chunk.ts).
            { name: pageTextsChunk, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
  test: {
    name: 'walkthrough',
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['./test/setup.ts'],
    // A hang guard sized for a busy 2-core machine; waits inside tests are condition-based (test/setup.ts).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
