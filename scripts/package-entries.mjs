// A package's entry points as its package.json `exports` map names them, with subpath patterns expanded: the
// content package's "./steps/*" maps to "./dist/*/parts/steps.d.ts", one entry per language folder built to dist/.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** [subpath, export conditions] for every entry of `manifest.exports` that names types, patterns expanded. */
export function packageEntries(packageDir, manifest) {
  return Object.entries(manifest.exports)
    .filter(([, v]) => typeof v === 'object' && v.types)
    .flatMap(([subpath, v]) => {
      if (!subpath.includes('*')) return [[subpath, v]];
      const [before, after] = v.types.split('*');
      const base = join(packageDir, before);
      if (!existsSync(base)) return [];
      return readdirSync(base, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(base, entry.name + after)))
        .map((entry) => [
          subpath.replace('*', entry.name),
          Object.fromEntries(Object.entries(v).map(([k, target]) => [k, target.replace('*', entry.name)])),
        ]);
    });
}
