#!/usr/bin/env node
// Runs every check and test of the project and ends with a plain "N passed, N failed" line.
// Steps: install if needed → typecheck → lint → format check → unit/component tests (vitest) → package build and
// a plain-Node import of it → app build → e2e.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
let passed = 0;
let failed = 0;
const failures = [];

function step(name, cmd, args) {
  console.log(`\n▶ ${name}`);
  const result = run(cmd, args);
  if (result.status === 0) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
  return result.status === 0;
}

if (!existsSync(join(root, 'node_modules'))) {
  console.log('▶ installing dependencies (npm ci)');
  if (run('npm', ['ci', '--no-audit', '--no-fund']).status !== 0) process.exit(1);
}

// --force: each project reads the other packages' sources through the source condition, and tsc -b's up-to-date
// check only looks at a project's own files, so an incremental run can miss an error a change in another package causes.
step('typecheck', 'npx', ['tsc', '-b', '--force']);
step('lint', 'npx', ['eslint', '.']);
step('format', 'npx', ['prettier', '--check', '.']);

// Unit and component tests: count individual tests from vitest's JSON report.
mkdirSync(join(root, 'test-results'), { recursive: true });
const report = join(root, 'test-results', 'vitest.json');
console.log('\n▶ unit and component tests (vitest)');
const vitest = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests ?? 0;
  failed += (json.numFailedTests ?? 0) + (vitest.status !== 0 && !json.numFailedTests ? 1 : 0);
  if (vitest.status !== 0) failures.push('vitest');
} else {
  failed += 1;
  failures.push('vitest (no report)');
}

// The packages as embedders get them: built to dist/ and imported by plain Node through their `exports`.
if (step('build the packages', 'npm', ['run', 'build:packages'])) {
  step('the built packages in plain Node', 'node', ['scripts/check-packages.mjs']);
}

if (existsSync(join(root, 'apps/walkthrough/index.html'))) {
  if (step('build', 'npm', ['run', 'build'])) {
    const e2e = join(root, 'apps/walkthrough/e2e/run-e2e.mjs');
    if (existsSync(e2e)) {
      console.log('\n▶ end-to-end tests (Chromium)');
      const result = run('node', [e2e], { stdio: ['inherit', 'pipe', 'inherit'], encoding: 'utf8' });
      process.stdout.write(result.stdout ?? '');
      const match = /E2E: (\d+) passed, (\d+) failed/.exec(result.stdout ?? '');
      if (match) {
        passed += Number(match[1]);
        failed += Number(match[2]);
      }
      if (result.status !== 0) {
        if (!match) failed += 1;
        failures.push('e2e');
      }
    }
  }
}

console.log(failures.length ? `\nFailed: ${failures.join(', ')}` : '\nAll checks passed.');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
