import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { runnerImport } from 'vite';

/** The module the start page imports its journey facts from (see `src/journey-summaries.d.ts`). */
export const JOURNEY_SUMMARIES_ID = 'virtual:journey-summaries';
/** The module the what-if switches of an opened "Make it harder" box import each journey's what-ifs from. */
export const JOURNEY_WHAT_IFS_ID = 'virtual:journey-what-ifs';
const RESOLVED: Readonly<Record<string, string>> = {
  [JOURNEY_SUMMARIES_ID]: `\0${JOURNEY_SUMMARIES_ID}`,
  [JOURNEY_WHAT_IFS_ID]: `\0${JOURNEY_WHAT_IFS_ID}`,
};

const REGISTRY = fileURLToPath(new URL('../../packages/machine/src/registry/index.ts', import.meta.url));

type Registry = typeof import('../../packages/machine/src/registry/index.js');

/**
 * The facts the start page shows about each journey — its number of steps, its minutes, how many what-ifs it offers
 * — and the what-ifs themselves, which only an opened "Make it harder" box lists, worked out from the machine's
 * registry when the app is built, so the start page does not download the registry itself (about 3 KB gzipped of
 * step, journey and what-if definitions) before its first paint, nor the lists of what-ifs. The registry stays the
 * only source: both modules are computed from it on every build, dev-server start and test run (a change to the
 * registry during `npm run dev` needs a restart to show on the start page).
 */
export function journeySummaries(): Plugin {
  let registry: Promise<Registry> | null = null;
  return {
    name: 'eulogin-coach:journey-summaries',
    resolveId(id) {
      return RESOLVED[id] ?? null;
    },
    async load(id) {
      if (id !== RESOLVED[JOURNEY_SUMMARIES_ID] && id !== RESOLVED[JOURNEY_WHAT_IFS_ID]) return null;
      registry ??= runnerImport<Registry>(REGISTRY, { configFile: false, logLevel: 'error' }).then((r) => r.module);
      const module = await registry;
      return id === RESOLVED[JOURNEY_SUMMARIES_ID] ? summariesModule(module) : whatIfsModule(module);
    },
  };
}

/** The start page's module: one entry per journey, in the registry's order. */
export function summariesModule({ JOURNEYS, JOURNEY_IDS, STEPS, whatIfsForJourney }: Registry): string {
  const summaries = Object.fromEntries(
    JOURNEY_IDS.map((journey) => {
      const path = JOURNEYS[journey].path;
      const minutes = Math.max(1, Math.ceil(path.reduce((sum, step) => sum + STEPS[step].minutes, 0)));
      return [journey, { steps: path.length, minutes, whatIfCount: whatIfsForJourney(journey).length }];
    }),
  );
  return `export const JOURNEY_SUMMARIES = ${JSON.stringify(summaries)};\n`;
}

/** The what-if switches' module: each journey's what-ifs, in the order the registry offers them. */
export function whatIfsModule({ JOURNEY_IDS, whatIfsForJourney }: Registry): string {
  const lists = Object.fromEntries(JOURNEY_IDS.map((j) => [j, whatIfsForJourney(j).map((w) => w.id)]));
  return `export const JOURNEY_WHAT_IFS = ${JSON.stringify(lists)};\n`;
}
