#!/usr/bin/env node
// npm run bench: bundles bench/index.ts (TypeScript, workspace sources) with esbuild and runs it in plain Node,
// so measurements see production xstate without a test runner's instrumentation.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const outfile = `${root}node_modules/.tmp/bench.mjs`;
mkdirSync(`${root}node_modules/.tmp`, { recursive: true });
await build({
  entryPoints: [`${root}bench/index.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['@eulogin-coach/source'],
  external: ['xstate', 'xstate/*', 'esbuild', 'otpauth', 'jsqr', 'qrcode', 'pngjs', 'playwright-core', '@axe-core/*'],
  logLevel: 'warning',
});
const { benchMachine, benchSearch, report } = await import(pathToFileURL(outfile).href);
const { benchApp } = await import('../bench/app-budgets.mjs');
const results = [
  ...(await benchMachine()),
  // The helpdesk console's search over the help texts (bench/search.bench.ts): p95 of one query.
  ...(await benchSearch()),
  ...(await benchApp()),
];
console.log(`\n${report(results)}`);
const missed = results.filter((r) => r.value > r.target);
if (missed.length) {
  console.log(`\n${missed.length} target(s) missed.`);
  process.exitCode = 1;
}
