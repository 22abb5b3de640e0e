#!/usr/bin/env node
// npm run build:packages: the six packages built to dist/ (JavaScript and the declarations their entries reach) from a clean slate, so a
// deleted dist/ or a removed source file never leaves a stale or empty build behind (tsc -b alone trusts its
// build info, which lives outside dist/).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { pruneDeclarations } from './prune-declarations.mjs';

const root = new URL('..', import.meta.url).pathname;
for (const name of ['machine', 'content', 'simulator', 'guide', 'react', 'lifecycle']) {
  rmSync(`${root}packages/${name}/dist`, { recursive: true, force: true });
  rmSync(`${root}packages/${name}/node_modules/.tmp/tsconfig.build.tsbuildinfo`, { force: true });
}
const tsc = spawnSync('npx', ['tsc', '-b', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
// Declarations no entry point reaches are dropped (see prune-declarations.mjs).
for (const name of ['machine', 'content', 'simulator', 'guide', 'react', 'lifecycle']) {
  const pruned = pruneDeclarations(`${root}packages/${name}`);
  if (pruned > 0) console.log(`${name}: ${pruned} declaration file(s) no entry point reaches, left out`);
}
