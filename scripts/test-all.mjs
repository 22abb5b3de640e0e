#!/usr/bin/env node
// Runs every check and test of the project and ends with a plain "N passed, N failed" line.
// 1. Install if needed.
// 2. The single-threaded checks and builds, as many at once as there are cores (their output is printed whole as
//    each ends): typecheck, lint, format check, the package build with a plain-Node import of it, the app build
//    with its start page's size budget.
// 3. Unit and component tests (vitest, which uses every core by itself).
// 4. The browser tests (two pages at once) on the app built in step 2: nothing is built twice.
// 5. The portal example, installed from the tarballs packed in step 2, built once and tested in one page.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const started = Date.now();
let passed = 0;
let failed = 0;
const failures = [];
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

/** Runs `cmd` with its output collected; resolves to its exit status and output. */
function collect(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) => resolve({ status: 1, output: `${output}${String(error)}\n` }));
    child.on('close', (status) => resolve({ status: status ?? 1, output }));
  });
}

function count(name, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
  return ok;
}

/** A step of commands run one after the other (the next only if the one before passed); each counts once. */
async function chain(commands) {
  const t0 = Date.now();
  const lines = [];
  for (const [name, cmd, args] of commands) {
    const { status, output } = await collect(cmd, args);
    lines.push(`\n▶ ${name} (${seconds(t0)})`, output.trimEnd());
    if (!count(name, status === 0)) break;
  }
  console.log(lines.filter(Boolean).join('\n'));
}

/** Runs the chains, at most `slots` at a time, in the order given (put the longest first). */
async function inParallel(chains, slots) {
  const queue = [...chains];
  await Promise.all(
    Array.from({ length: Math.min(slots, queue.length) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await chain(next);
    }),
  );
}

if (!existsSync(join(root, 'node_modules'))) {
  console.log('▶ installing dependencies (npm ci)');
  if (spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' }).status !== 0)
    process.exit(1);
}

const hasApp = existsSync(join(root, 'apps/walkthrough/index.html'));
await inParallel(
  [
    [['lint', 'npx', ['eslint', '.']]],
    // The packages' own sources are type-checked by their build below (same options, plus emitting), so this
    // step checks the rest: the scripts, the machine's tests, and the app with its tests and e2e (which reads the
    // packages' sources too). `npm run typecheck` still checks everything in one go.
    // --force: each project reads the other packages' sources through the source condition, and tsc -b's
    // up-to-date check only looks at a project's own files, so an incremental run can miss an error a change in
    // another package causes.
    [
      [
        'typecheck',
        'npx',
        ['tsc', '-b', '--force', 'tsconfig.node.json', 'packages/machine/tsconfig.test.json', 'apps/walkthrough'],
      ],
    ],
    // The packages as embedders get them: built to dist/ and imported by plain Node through their `exports`.
    [
      ['build the packages', 'npm', ['run', 'build:packages']],
      ['the built packages in plain Node', 'node', ['scripts/check-packages.mjs']],
      ['the tarballs: only dist/, publint, attw', 'node', ['scripts/check-tarballs.mjs']],
      ['the docs’ code blocks compile against the tarballs', 'node', ['scripts/check-docs-code.mjs']],
      ['the public API matches api/*.api.md', 'node', ['scripts/api-report.mjs']],
    ],
    [['format', 'npx', ['prettier', '--check', '.']]],
    // The API reference (TypeDoc, into docs/api/, not checked in: it is derived, 15 MB of HTML, and would conflict
    // on every merge; api/*.api.md is the reviewed record). Built here so a broken doc link fails.
    [['the API reference (TypeDoc)', 'npm', ['run', 'docs:api']]],
    // The app, and its pseudo-locale build (dist-pseudo/) for the e2e check of hard-coded and clipped texts.
    ...(hasApp
      ? [
          [
            ['build the app', 'npm', ['run', 'build']],
            ['build the pseudo-locale app', 'npm', ['run', 'build:pseudo']],
            ['budget: the start page’s initial JavaScript ≤ 80 KB', 'node', ['scripts/check-app-size.mjs']],
          ],
        ]
      : []),
  ],
  Math.max(1, availableParallelism()),
);
// The budgets (bench/budgets.ts): sizes, and a transition's speed as a robust ratio (see transitionBudget). Run on
// their own, after the steps above: the speed ratio is timed, and timing it beside a lint and three builds on two
// cores measured the machine's load, not the coach.
await inParallel(
  [
    [
      [
        'budgets: machine ≤ 14 KB, portal ≤ 12 KB, react ≤ 1 KB, lifecycle ≤ 0.5 KB, transition ≤ 2×',
        'node',
        ['scripts/check-budgets.mjs'],
      ],
    ],
  ],
  1,
);
const appBuilt = hasApp && !failures.includes('build the app') && !failures.includes('build the pseudo-locale app');

// Unit and component tests: count individual tests from vitest's JSON report. The timeouts only catch a hang
// (every wait inside is condition-based), sized for a busy 2-core machine; they apply to every project.
mkdirSync(join(root, 'test-results'), { recursive: true });
const report = join(root, 'test-results', 'vitest.json');
console.log('\n▶ unit and component tests (vitest)');
const vitestStart = Date.now();
const vitest = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--testTimeout=60000',
    '--hookTimeout=60000',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ],
  { cwd: root, stdio: 'inherit' },
);
console.log(`(vitest: ${seconds(vitestStart)})`);
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests ?? 0;
  failed += (json.numFailedTests ?? 0) + (vitest.status !== 0 && !json.numFailedTests ? 1 : 0);
  if (vitest.status !== 0) failures.push('vitest');
} else {
  failed += 1;
  failures.push('vitest (no report)');
}

const e2e = join(root, 'apps/walkthrough/e2e/run-e2e.mjs');
if (appBuilt && existsSync(e2e)) {
  console.log('\n▶ end-to-end tests (Chromium), on the app built above');
  // Shown as it runs, and read for its "E2E: N passed, M failed" line.
  const { status, output } = await new Promise((resolve) => {
    const child = spawn('node', [e2e], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('error', (error) => resolve({ status: 1, output: `${out}${String(error)}` }));
    child.on('close', (code) => resolve({ status: code ?? 1, output: out }));
  });
  const match = /E2E: (\d+) passed, (\d+) failed/.exec(output);
  if (match) {
    passed += Number(match[1]);
    failed += Number(match[2]);
  }
  if (status !== 0) {
    if (!match) failed += 1;
    failures.push('e2e');
  }
}

// The portal example (apps/portal-example), from the tarballs packed above: installed outside the repository,
// type-checked, built once and walked in one Chromium page at a time; its tests count like the walkthrough's.
const portalE2e = join(root, 'apps/portal-example/e2e/run-e2e.mjs');
// Only on tarballs this run packed: a failure earlier in their chain would leave an older run's in place.
const packedNow = !failures.some((f) => /^(build the packages|the built packages|the tarballs)/.test(f));
if (existsSync(portalE2e) && packedNow) {
  console.log('\n▶ the portal example, installed from the tarballs (Chromium)');
  const portalStart = Date.now();
  const portal = spawnSync('node', [portalE2e], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(portal.stdout ?? '');
  console.log(`(portal example: ${seconds(portalStart)})`);
  const match = /E2E: (\d+) passed, (\d+) failed/.exec(portal.stdout ?? '');
  if (match) {
    passed += Number(match[1]);
    failed += Number(match[2]);
  }
  if (portal.status !== 0) {
    if (!match) failed += 1;
    failures.push('portal example e2e');
  }
}

console.log(failures.length ? `\nFailed: ${failures.join(', ')}` : '\nAll checks passed.');
console.log(`(${seconds(started)} in all)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
