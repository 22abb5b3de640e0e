#!/usr/bin/env node
// The packages' tarballs as `npm pack` makes them (run after `npm run build:packages`): each ships only dist/,
// README.md, LICENSE and package.json; carries the metadata a registry page shows; the machine unpacks under
// 600 KB; and `publint --strict` and `@arethetypeswrong/cli` find nothing. The packages are ESM-only: attw's
// `esm-only` profile leaves out node10 and CommonJS `require`, which cannot load them by design.
// Leaves the tarballs in node_modules/.tmp/packs/ for the docs check and the portal example.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
export const PACKS = `${root}node_modules/.tmp/packs`;
const PACKAGES = ['machine', 'content', 'simulator', 'guide', 'react', 'lifecycle'];
const MACHINE_UNPACKED_LIMIT = 600_000;
const problems = [];

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

rmSync(PACKS, { recursive: true, force: true });
mkdirSync(PACKS, { recursive: true });
for (const name of PACKAGES) {
  const dir = `packages/${name}`;
  const manifest = JSON.parse(readFileSync(`${root}${dir}/package.json`, 'utf8'));
  for (const field of ['license', 'repository', 'homepage', 'bugs', 'engines']) {
    if (!manifest[field]) problems.push(`${manifest.name}: package.json has no "${field}"`);
  }
  if (manifest.exports?.['./package.json'] !== './package.json')
    problems.push(`${manifest.name}: no "./package.json" export`);

  const packed = run('npm', ['pack', `./${dir}`, '--json', '--pack-destination', PACKS]);
  if (!packed.ok) {
    problems.push(`${manifest.name}: npm pack failed\n${packed.output}`);
    continue;
  }
  const [info] = JSON.parse(packed.output.slice(packed.output.indexOf('[')));
  const paths = info.files.map((f) => f.path);
  const stray = paths.filter((p) => !/^(dist\/.+|package\.json|README\.md|LICENSE)$/.test(p));
  if (stray.length) problems.push(`${manifest.name}: the tarball ships more than dist/: ${stray.join(', ')}`);
  if (!paths.includes('LICENSE')) problems.push(`${manifest.name}: the tarball has no LICENSE`);
  if (name === 'machine' && info.unpackedSize > MACHINE_UNPACKED_LIMIT)
    problems.push(`${manifest.name}: unpacks to ${info.unpackedSize} bytes, over ${MACHINE_UNPACKED_LIMIT}`);
  console.log(`${manifest.name}: ${info.entryCount} files, ${(info.unpackedSize / 1000).toFixed(1)} kB unpacked`);

  const tarball = `${PACKS}/${info.filename}`;
  const publint = run('npx', ['publint', '--strict', tarball]);
  if (!publint.ok || !/All good/.test(publint.output)) problems.push(`${manifest.name}: publint\n${publint.output}`);
  const attw = run('npx', ['attw', tarball, '--profile', 'esm-only', '--no-color', '--format', 'table']);
  if (!attw.ok) problems.push(`${manifest.name}: @arethetypeswrong/cli\n${attw.output}`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('The tarballs ship only dist/, README and LICENSE; publint --strict and attw (esm-only) are clean.');
