// Serves the built app with `vite preview` on 127.0.0.1 in its own process group, so stopping it stops everything
// it started. The port is a free one (or E2E_PORT), so runs in several checkouts on one machine do not collide.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export const HOST = '127.0.0.1';

/** A port nothing listens on now: the system picks it, and the runner's preview takes it straight after. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export const PORT = Number.parseInt(process.env.E2E_PORT ?? '', 10) || (await freePort());
export const BASE_URL = `http://${HOST}:${PORT}/`;

const root = new URL('../../../../', import.meta.url).pathname;
const app = `${root}apps/walkthrough`;

/**
 * Serves `outDir` (dist, or dist-pseudo for the pseudo-locale build) on `port`; resolves once it answers, with
 * `stop` and the server's `baseUrl`.
 */
export async function startPreview({ timeoutMs = 60_000, outDir = 'dist', port = PORT } = {}) {
  if (!existsSync(`${app}/${outDir}/index.html`)) {
    const script = outDir === 'dist' ? 'build' : 'build:pseudo';
    throw new Error(`apps/walkthrough/${outDir} is missing: run \`npm run ${script}\``);
  }
  const baseUrl = `http://${HOST}:${port}/`;
  const child = spawn(
    `${root}node_modules/.bin/vite`,
    ['preview', '--host', HOST, '--port', String(port), '--strictPort', '--outDir', outDir],
    { cwd: app, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}): ${output.trim()}`);
    try {
      const response = await fetch(baseUrl);
      if (response.ok) return { stop, baseUrl };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${baseUrl} within ${timeoutMs} ms: ${output.trim()}`);
}
