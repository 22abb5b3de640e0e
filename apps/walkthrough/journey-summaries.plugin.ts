import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { runnerImport } from 'vite';

/** The module the start page imports its journey facts from (see `src/journey-summaries.d.ts`). */
export const JOURNEY_SUMMARIES_ID = 'virtual:journey-summaries';
const RESOLVED_ID = `\0${JOURNEY_SUMMARIES_ID}`;

const REGISTRY = fileURLToPath(new URL('../../packages/machine/src/registry/index.ts', import.meta.url));

type Registry = typeof import('../../packages/machine/src/registry/index.js');

/**
 * The three facts the start page shows about each journey — its number of steps, its minutes, the what-ifs it
 * offers — worked out from the machine's registry when the app is built, so the start page does not download the
 * registry itself (about 3 KB gzipped of step, journey and what-if definitions) before its first paint. The
 * registry stays the only source: the numbers are computed from it on every build, dev-server start and test run
 * (a change to the registry during `npm run dev` needs a restart to show on the start page).
 */
export function journeySummaries(): Plugin {
  let code: Promise<string> | null = null;
  return {
    name: 'eulogin-coach:journey-summaries',
    resolveId(id) {
      return id === JOURNEY_SUMMARIES_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      code ??= runnerImport<Registry>(REGISTRY, { configFile: false, logLevel: 'error' }).then(({ module }) =>
        summariesModule(module),
      );
      return code;
    },
  };
}

/** The module's text: one entry per journey, in the registry's order. */
export function summariesModule({ JOURNEYS, JOURNEY_IDS, STEPS, whatIfsForJourney }: Registry): string {
  const summaries = Object.fromEntries(
    JOURNEY_IDS.map((journey) => {
      const path = JOURNEYS[journey].path;
      const minutes = Math.max(1, Math.ceil(path.reduce((sum, step) => sum + STEPS[step].minutes, 0)));
      return [journey, { steps: path.length, minutes, whatIfs: whatIfsForJourney(journey).map((w) => w.id) }];
    }),
  );
  return `export const JOURNEY_SUMMARIES = ${JSON.stringify(summaries)};\n`;
}
