// The walkthrough's budgets, measured in Chromium in one run:
// - initial JavaScript: every script the browser fetched until the first step was interactive, gzipped;
// - start-up time: until the first step is interactive, against a bare Vite React page built and served the same way.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const appDist = join(root, 'apps/walkthrough/dist');
const bareDist = join(root, 'node_modules/.tmp/bare-react-dist');
const RUNS = 7;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

function build() {
  const app = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const bare = spawnSync('npx', ['vite', 'build', '--config', 'bench/bare-react/vite.config.mjs'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (app.status !== 0 || bare.status !== 0) throw new Error('build failed');
}

/** One static server for both pages, so they are served the same way. */
function serve(dir) {
  return new Promise((resolve) => {
    const server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join(dir, path);
      if (!existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(context, url, ready, dir) {
  const times = [];
  let scripts = new Set();
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    const fetched = new Set();
    page.on('response', (r) => {
      const u = new URL(r.url());
      if (u.pathname.endsWith('.js')) fetched.add(u.pathname);
    });
    await page.goto(url, { waitUntil: 'commit' });
    await ready(page);
    times.push(await page.evaluate(() => performance.now()));
    if (i === 0) scripts = new Set(fetched);
    await page.close();
  }
  const bytes = [...scripts].reduce((n, p) => n + gzipSync(readFileSync(join(dir, p)), { level: 9 }).length, 0);
  return { ms: median(times), kb: bytes / 1024, scripts: [...scripts] };
}

export async function benchApp() {
  build();
  const [appServer, bareServer] = await Promise.all([serve(appDist), serve(bareDist)]);
  const userDataDir = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const url = (s) => `http://127.0.0.1:${s.address().port}/`;
    // Interactive: the first step's heading is shown and its first Start button can be pressed.
    const app = await measure(
      context,
      url(appServer),
      async (page) => {
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.getByRole('button').first().waitFor({ state: 'visible' });
      },
      appDist,
    );
    const bare = await measure(context, url(bareServer), (page) => page.getByRole('button').waitFor(), bareDist);
    return [
      {
        name: 'walkthrough initial JavaScript, gzipped',
        value: app.kb,
        unit: 'KB',
        target: 100,
        detail: `${app.scripts.length} scripts before the first step was interactive`,
      },
      {
        name: 'walkthrough start-up vs bare Vite React page',
        value: app.ms / bare.ms,
        unit: '×',
        target: 1.5,
        detail: `${app.ms.toFixed(0)} ms vs ${bare.ms.toFixed(0)} ms (median of ${RUNS})`,
      },
    ];
  } finally {
    await context.close();
    appServer.close();
    bareServer.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
