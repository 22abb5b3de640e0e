// Installs the packed packages into a project folder as npm unpacks them (each tarball's `package/` becomes
// node_modules/@eulogin-coach/<name>), and links their peers and dependencies, and any tools, from this
// repository's node_modules: the registry is never asked. Used by the docs check and the portal example.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
/** Where scripts/check-tarballs.mjs leaves the tarballs. */
export const PACKS = `${root}node_modules/.tmp/packs`;

/** The tarball of each package in PACKS, by package folder name (`machine`, `content`, …). */
export function tarballs() {
  const found = existsSync(PACKS) ? readdirSync(PACKS).filter((f) => f.endsWith('.tgz')) : [];
  return new Map(
    found.map((f) => [f.replace(/^eulogin-coach-/, '').replace(/-\d+\.\d+\.\d+\.tgz$/, ''), join(PACKS, f)]),
  );
}

/**
 * Unpacks the tarballs of `packages` into `dir`/node_modules/@eulogin-coach/ and links each of `links` (package
 * names) from the repository's node_modules. Returns the names of the packages it could not find a tarball for.
 */
export function installTarballs(dir, packages, links) {
  const available = tarballs();
  const missing = packages.filter((name) => !available.has(name));
  if (missing.length) return missing;
  for (const name of packages) {
    const target = join(dir, 'node_modules/@eulogin-coach', name);
    mkdirSync(target, { recursive: true });
    const untar = spawnSync('tar', ['-xzf', available.get(name), '-C', target, '--strip-components=1']);
    if (untar.status !== 0) throw new Error(`Could not unpack ${available.get(name)}`);
  }
  for (const dep of links) {
    mkdirSync(join(dir, 'node_modules', dep, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', dep), join(dir, 'node_modules', dep));
  }
  return [];
}
