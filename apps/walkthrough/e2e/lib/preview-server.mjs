// Serves the built app with `vite preview` on 127.0.0.1:4173 in its own process group, so stopping it stops
// everything it started.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export const HOST = '127.0.0.1';
export const PORT = 4173;
export const BASE_URL = `http://${HOST}:${PORT}/`;

const root = new URL('../../../../', import.meta.url).pathname;
const app = `${root}apps/walkthrough`;

export async function startPreview({ timeoutMs = 30_000 } = {}) {
  if (!existsSync(`${app}/dist/index.html`)) throw new Error('apps/walkthrough/dist is missing: run `npm run build`');
  const child = spawn(
    `${root}node_modules/.bin/vite`,
    ['preview', '--host', HOST, '--port', String(PORT), '--strictPort'],
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
      const response = await fetch(BASE_URL);
      if (response.ok) return { stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${BASE_URL} within ${timeoutMs} ms: ${output.trim()}`);
}
