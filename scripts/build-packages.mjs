#!/usr/bin/env node
// npm run build:packages: the five packages built to dist/ (JavaScript, declarations, maps) from a clean slate, so a
// deleted dist/ or a removed source file never leaves a stale or empty build behind (tsc -b alone trusts its
// build info, which lives outside dist/).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
for (const name of ['machine', 'content', 'simulator', 'guide', 'react']) {
  rmSync(`${root}packages/${name}/dist`, { recursive: true, force: true });
  rmSync(`${root}packages/${name}/node_modules/.tmp/tsconfig.build.tsbuildinfo`, { force: true });
}
const tsc = spawnSync('npx', ['tsc', '-b', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
process.exit(tsc.status ?? 1);
