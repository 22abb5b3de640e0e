// Rolls up a package's declarations: keeps only the .d.ts files its public entry points reach (by following every
// relative `from '…'` and `import('…')`), and deletes the rest. The machine's flow files declare each flow's state
// config with its full inferred type (megabytes); the coach's own declaration spells out what an embedder sees, so
// no entry point reaches them. A wrong prune cannot slip through: the docs' code blocks and the portal example are
// type-checked against the packed tarballs.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { packageEntries } from './package-entries.mjs';

function allDeclarations(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return allDeclarations(path);
    return entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Deletes the unreachable declarations of the package at `packageDir`; returns how many it deleted. */
export function pruneDeclarations(packageDir) {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const queue = packageEntries(packageDir, manifest).map(([, v]) => resolve(packageDir, v.types));
  const reached = new Set();
  const specifier = /(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
  while (queue.length > 0) {
    const file = queue.pop();
    if (reached.has(file) || !existsSync(file)) continue;
    reached.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(specifier)) {
      queue.push(resolve(dirname(file), spec.replace(/\.js$/, '.d.ts')));
    }
  }
  const unreached = allDeclarations(join(packageDir, 'dist')).filter((file) => !reached.has(file));
  for (const file of unreached) rmSync(file);
  return unreached.length;
}
