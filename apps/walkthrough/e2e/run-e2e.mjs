#!/usr/bin/env node
// The end-to-end tests of the walkthrough app in headless Chromium. Serves the built app (`npm run build` first),
// runs every specs/*.e2e.mjs one after the other, one line per test, and ends with "E2E: N passed, M failed".
//   node apps/walkthrough/e2e/run-e2e.mjs [filter…]   (a filter matches part of a spec file or test name)
import { readdirSync } from 'node:fs';
import { launchBrowser } from './lib/browser.mjs';
import { startPreview } from './lib/preview-server.mjs';
import { takeTests } from './lib/registry.mjs';

const specDir = new URL('./specs/', import.meta.url);
const filters = process.argv.slice(2);
const matches = (text) => filters.length === 0 || filters.some((f) => text.includes(f));
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

try {
  server = await startPreview();
  browser = await launchBrowser();
  const files = readdirSync(specDir)
    .filter((f) => f.endsWith('.e2e.mjs'))
    .sort();
  for (const file of files) {
    await import(new URL(file, specDir).href);
    for (const { name, run, timeout } of takeTests()) {
      if (!matches(`${file} ${name}`)) continue;
      const page = await browser.newPage();
      const t0 = Date.now();
      try {
        await withTimeout(run({ page }), timeout, name);
        passed += 1;
        console.log(`✓ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      } catch (error) {
        failed += 1;
        console.log(`✗ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
        console.log(
          `    ${String(error?.stack ?? error)
            .split('\n')
            .slice(0, 12)
            .join('\n    ')}`,
        );
      } finally {
        await page.close().catch(() => {});
      }
    }
  }
} catch (error) {
  failed += 1;
  console.log(`✗ setting up the run: ${error?.stack ?? error}`);
} finally {
  await cleanUp();
}
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
console.log(`E2E: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
