import { LOCALES, createHelpSearch, loadHelpContent } from '@eulogin-coach/content';
import { defaultContent } from '@eulogin-coach/content/eager';
import { SEARCH_PHRASES } from '../packages/content/test/help-search-phrases.js';
import type { Result } from './measure.js';

const ROUNDS = 25;

/**
 * The helpdesk console's search: one query over every shipped locale's help texts, timed for each phrase of the
 * search table (the one the content tests check), after one warm-up round. Reports the 95th percentile.
 */
export async function benchSearch(): Promise<Result[]> {
  const sources = await Promise.all(
    LOCALES.map(async (locale) => ({ locale, content: defaultContent(locale), help: await loadHelpContent(locale) })),
  );
  const buildStart = performance.now();
  const help = createHelpSearch(sources);
  const buildMs = performance.now() - buildStart;

  for (const { query } of SEARCH_PHRASES) help.search(query);
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const { query } of SEARCH_PHRASES) {
      const start = performance.now();
      help.search(query);
      samples.push(performance.now() - start);
    }
  }
  samples.sort((a, b) => a - b);
  const p95 = samples[Math.floor(samples.length * 0.95)] ?? Number.NaN;
  const median = samples[Math.floor(samples.length / 2)] ?? Number.NaN;
  return [
    {
      name: 'Help search: one query over EN and PT, p95',
      value: p95,
      unit: 'ms',
      target: 50,
      detail: `${SEARCH_PHRASES.length} phrases × ${ROUNDS} rounds, median ${median.toFixed(2)} ms; index built once in ${buildMs.toFixed(0)} ms`,
    },
  ];
}
