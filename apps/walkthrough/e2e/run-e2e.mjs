#!/usr/bin/env node
// The end-to-end tests of the walkthrough app in headless Chromium. Serves the built app (`npm run build` first),
// runs the tests of every specs/*.e2e.mjs on E2E_WORKERS pages at once (2 by default, each in a browser context of
// its own), one line per test, and ends with "E2E: N passed, M failed". A test fails on any Content-Security-Policy
// violation in its page.
//   node apps/walkthrough/e2e/run-e2e.mjs [filter…]   (a filter matches part of a spec file or test name)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { launchBrowser } from './lib/browser.mjs';
import { cspViolations } from './lib/csp-watch.mjs';
import { startPreview } from './lib/preview-server.mjs';
import { takeTests } from './lib/registry.mjs';

const specDir = new URL('./specs/', import.meta.url);
const resultsDir = new URL('../../../test-results/', import.meta.url);
/** Each test's duration in the last run, so the longest start first and the two workers finish together. */
const timingsFile = new URL('e2e-timings.json', resultsDir);
const filters = process.argv.slice(2);
const matches = (text) => filters.length === 0 || filters.some((f) => text.includes(f));
const workers = Math.max(1, Number.parseInt(process.env.E2E_WORKERS ?? '2', 10) || 1);
const started = Date.now();
let passed = 0;
let failed = 0;
let server = null;
let browser = null;

async function cleanUp() {
  await browser?.close().catch(() => {});
  server?.stop();
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    void cleanUp().finally(() => process.exit(1));
  });
}

function withTimeout(promise, ms, name) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name}: timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function readTimings() {
  try {
    const json = JSON.parse(readFileSync(timingsFile, 'utf8'));
    return json && typeof json === 'object' ? json : {};
  } catch {
    return {};
  }
}

async function collectTests() {
  const files = readdirSync(specDir)
    .filter((f) => f.endsWith('.e2e.mjs'))
    .sort();
  const all = [];
  for (const file of files) {
    await import(new URL(file, specDir).href);
    for (const test of takeTests()) if (matches(`${file} ${test.name}`)) all.push({ ...test, file });
  }
  return all;
}

async function runOne({ name, run, timeout }, timings) {
  const page = await browser.newPage();
  const t0 = Date.now();
  const lines = [];
  try {
    await withTimeout(run({ page }), timeout, name);
    const violations = cspViolations(page.context());
    if (violations.length) {
      throw new Error(
        `Content-Security-Policy violations:\n${violations.map((v) => `${v.source}: ${v.text}`).join('\n')}`,
      );
    }
    passed += 1;
    lines.push(`✓ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed += 1;
    lines.push(`✗ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    lines.push(
      `    ${String(error?.stack ?? error)
        .split('\n')
        .slice(0, 12)
        .join('\n    ')}`,
    );
  } finally {
    timings[name] = Date.now() - t0;
    await page
      .context()
      .close()
      .catch(() => {});
  }
  // One write per test, so the lines of two workers never interleave.
  console.log(lines.join('\n'));
}

try {
  const tests = await collectTests();
  const timings = readTimings();
  // Longest first (by the last run; unknown ones count as long), so no long test starts last.
  tests.sort((a, b) => (timings[b.name] ?? Infinity) - (timings[a.name] ?? Infinity));
  const [preview, chromium] = await Promise.allSettled([startPreview(), launchBrowser()]);
  server = preview.status === 'fulfilled' ? preview.value : null;
  browser = chromium.status === 'fulfilled' ? chromium.value : null;
  for (const setUp of [preview, chromium]) if (setUp.status === 'rejected') throw setUp.reason;
  const queue = [...tests];
  await Promise.all(
    Array.from({ length: Math.min(workers, queue.length) }, async () => {
      for (let test = queue.shift(); test; test = queue.shift()) await runOne(test, timings);
    }),
  );
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(timingsFile, `${JSON.stringify(timings, null, 2)}\n`);
} catch (error) {
  failed += 1;
  console.log(`✗ setting up the run: ${error?.stack ?? error}`);
} finally {
  await cleanUp();
}
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s, ${workers} worker${workers === 1 ? '' : 's'})`);
console.log(`E2E: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
