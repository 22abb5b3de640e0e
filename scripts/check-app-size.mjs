#!/usr/bin/env node
// The start page's initial JavaScript as a failing check in `npm test`, after the app build: the scripts the built
// index.html loads (its entry and the modulepreloads the build wrote) and the page texts of one language that its
// locale-preload line adds, each gzipped (level 9, as `npm run bench:app` counts them), ≤ 80 KB together, in every
// language the page can open in (each language's first visit loads only its own page texts). Read from
// the files, so it is exact and does not depend on the machine's load; `npm run bench:app` also counts what a
// browser really fetches and times the start-up, which is too noisy for a check on a busy machine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TARGET_KB = 80;
const dist = new URL('../apps/walkthrough/dist', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');

/** The module scripts and modulepreload links of the page, as the build wrote them. */
const linked = [
  ...html.matchAll(/<(?:script type="module"[^>]*\bsrc|link rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g),
];
/** The locale-preload line's map (language → its texts' chunks), the last argument of its inline script. */
const localeMap = /\}\)\((\{[^<]*\})\)<\/script>/.exec(html);
if (!linked.length || !localeMap) {
  console.error('The built index.html has no entry script or no locale-preload line: was the app built?');
  process.exit(1);
}
const gzipped = new Map();
const kbOf = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024);
  return gzipped.get(file);
};
let failed = false;
for (const [locale, texts] of Object.entries(JSON.parse(localeMap[1]))) {
  const scripts = [...new Set([...linked.map((m) => m[1]), ...texts])];
  const kb = scripts.reduce((n, s) => n + kbOf(s), 0);
  const line = `${locale}: ${kb.toFixed(2)} KB gzipped (target ≤ ${TARGET_KB}) in ${scripts.length} scripts: ${scripts.join(', ')}`;
  if (kb > TARGET_KB) failed = true;
  console[kb > TARGET_KB ? 'error' : 'log'](
    `${kb > TARGET_KB ? '✗' : '✓'} the start page's initial JavaScript, ${line}`,
  );
}
if (failed) process.exit(1);
