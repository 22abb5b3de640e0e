#!/usr/bin/env node
// npm run bench:app: only the walkthrough's budgets (initial JavaScript, start-up ratios), without the machine and
// search benchmarks, for measuring a change to the app on a busy machine. BENCH_SKIP_BUILD=1 reuses the last build.
import { benchApp } from '../bench/app-budgets.mjs';

const results = await benchApp();
for (const r of results) {
  const mark = r.value > r.target ? '✗' : '✓';
  console.log(`${mark} ${r.name}: ${r.value.toFixed(2)} ${r.unit} (target ≤ ${r.target}) — ${r.detail}`);
}
if (results.some((r) => r.value > r.target)) process.exitCode = 1;
