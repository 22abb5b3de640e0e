#!/usr/bin/env node
// The portal example, end to end, as a portal team would get it: installed from the PACKED tarballs into a folder
// outside this repository (so nothing can fall back to the workspace or its sources), type-checked and built there,
// served by its Hono backend, and walked through in headless Chromium by roles and labels. Ends with
// "E2E: N passed, M failed", like the walkthrough's runner.
//   node apps/portal-example/e2e/run-e2e.mjs   (after `npm run build:packages && node scripts/check-tarballs.mjs`;
//   with --pack it packs the four packages itself, from their current dist/)
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PACKS, installTarballs } from '../../../scripts/install-tarballs.mjs';
import {
  checkBackendRefusals,
  restartCancelsRequest,
  walkForgotPassword,
  walkFullSetup,
} from './account-setup.e2e.mjs';

const root = new URL('../../../', import.meta.url).pathname;
const example = new URL('../', import.meta.url).pathname;
const PACKAGES = ['machine', 'content', 'simulator', 'react'];
const LINKS = [
  // what the portal's package.json lists, from the registry in a real portal
  ...['xstate', '@xstate/react', 'react', 'react-dom', 'hono', '@hono/node-server', 'otpauth'],
  ...['vite', '@vitejs/plugin-react', 'esbuild', 'typescript', '@types/node', '@types/react', '@types/react-dom'],
];
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
let passed = 0;
let failed = 0;
let server = null;
let browser = null;
const dir = mkdtempSync(join(tmpdir(), 'portal-example-'));

function run(name, cmd, args) {
  const result = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${name} failed:\n${result.stdout}${result.stderr}`);
  console.log(`▶ ${name} (${seconds()})`);
}

/** Starts the backend on a free port; resolves to its address once it listens. */
function startServer() {
  return new Promise((resolve, reject) => {
    server = spawn('node', ['dist-server/main.js', '--port', '0', '--static', 'dist'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    server.stdout.on('data', (d) => {
      out += d;
      const match = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (match) resolve(match[1]);
    });
    server.on('error', reject);
    server.on('exit', (code) => reject(new Error(`The backend exited (${code}) before it listened:\n${out}`)));
  });
}

async function cleanUp() {
  await browser?.close().catch(() => {});
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void cleanUp().finally(() => process.exit(1)));

try {
  if (process.argv.includes('--pack')) {
    mkdirSync(PACKS, { recursive: true });
    for (const name of PACKAGES) {
      const packed = spawnSync('npm', ['pack', `./packages/${name}`, '--pack-destination', PACKS], { cwd: root });
      if (packed.status !== 0) throw new Error(`npm pack ./packages/${name} failed`);
    }
  }
  for (const file of ['package.json', 'tsconfig.json', 'vite.config.ts', 'index.html', 'src', 'server']) {
    cpSync(join(example, file), join(dir, file), { recursive: true });
  }
  const missing = installTarballs(dir, PACKAGES, LINKS);
  if (missing.length)
    throw new Error(`No tarball for ${missing.join(', ')} in ${PACKS}: run scripts/check-tarballs.mjs`);
  for (const name of PACKAGES) {
    if (existsSync(join(dir, 'node_modules/@eulogin-coach', name, 'src')))
      throw new Error(`@eulogin-coach/${name} was installed with its sources`);
  }
  console.log(`▶ installed from the tarballs into ${dir} (${seconds()})`);
  run('typecheck against the tarballs', 'node', ['node_modules/typescript/bin/tsc', '-p', '.']);
  run('vite build', 'node', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
  run('bundle the backend', 'node', [
    'node_modules/esbuild/bin/esbuild',
    'server/main.ts',
    '--bundle',
    '--platform=node',
    '--format=esm',
    '--packages=external',
    '--outfile=dist-server/main.js',
    '--log-level=warning',
  ]);
  const [address, chromiumBrowser] = await Promise.all([
    startServer(),
    chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] }),
  ]);
  browser = chromiumBrowser;
  const tests = [
    [
      'the full setup: create an account, confirm the mail, set a password, link the app, sign in with it',
      walkFullSetup,
    ],
    ['forgot password: a reset mail’s link, a new password', walkForgotPassword],
    ['Start over while a request is open cancels it (the abort signal reaches fetch)', restartCancelsRequest],
    ['the backend refuses malformed requests with a typed answer', (_page, at) => checkBackendRefusals(at)],
  ];
  // One page at a time, each in a context of its own (no storage or session of another test).
  for (const [name, test] of tests) {
    const context = await browser.newContext();
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    const t0 = Date.now();
    try {
      await test(page, address);
      passed += 1;
      console.log(`✓ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed += 1;
      console.log(
        `✗ ${name}\n    ${String(error?.stack ?? error)
          .split('\n')
          .slice(0, 12)
          .join('\n    ')}`,
      );
    } finally {
      await context.close().catch(() => {});
    }
  }
} catch (error) {
  failed += 1;
  console.log(`✗ setting up the portal example: ${error?.stack ?? error}`);
} finally {
  await cleanUp();
}
console.log(`(${seconds()})`);
console.log(`E2E: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
