#!/usr/bin/env node
// The budgets as a failing check in `npm test` (bench/budgets.ts): the machine ≤ 14 KB gzipped whole (every entry
// point together), ≤ 12 KB as a portal imports it, packages/react ≤ 1 KB, packages/lifecycle ≤ 0.5 KB, a coach
// transition ≤ 2× a bare two-state machine. Bundled with esbuild from the workspace sources and run in plain Node, like `npm run bench`.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const outfile = `${root}node_modules/.tmp/budgets.mjs`;
mkdirSync(`${root}node_modules/.tmp`, { recursive: true });
await build({
  entryPoints: [`${root}bench/budgets-entry.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['@eulogin-coach/source'],
  external: ['xstate', 'xstate/*', 'esbuild', 'otpauth'],
  logLevel: 'warning',
});
const { checkBudgets, report } = await import(pathToFileURL(outfile).href);
const results = await checkBudgets();
console.log(report(results));
const missed = results.filter((r) => r.value > r.target);
if (missed.length) {
  console.error(`${missed.length} budget(s) missed.`);
  process.exit(1);
}
