#!/usr/bin/env node
// Every TypeScript code block in docs/ and in the packages' READMEs, type-checked as a portal would compile it:
// against the PACKED tarballs (left by scripts/check-tarballs.mjs in node_modules/.tmp/packs), unpacked into a
// scratch project's node_modules without the `@eulogin-coach/source` condition, with DOM types and strict options.
// Each block is its own module. A fragment that uses names from the text around it (your effects, the actor) gets
// them from an HTML comment right above its fence, invisible on the page: `<!-- code-context` … `-->` holding
// `declare` lines (and imports) that are compiled with the block.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { PACKS, installTarballs } from './install-tarballs.mjs';

const root = new URL('..', import.meta.url).pathname;
const scratch = `${root}node_modules/.tmp/docs-code`;
const sources = [
  ...readdirSync(`${root}docs`)
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  ...readdirSync(`${root}packages`).map((p) => `packages/${p}/README.md`),
];

rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
// The packages from their tarballs, as npm would unpack them; their peers and dependencies are the portal's own
// copies (here, the workspace's).
const missing = installTarballs(
  scratch,
  ['machine', 'content', 'simulator', 'guide', 'react', 'lifecycle'],
  ['xstate', '@xstate/react', 'react', 'react-dom', 'otpauth', '@types/react', '@types/react-dom'],
);
if (missing.length) {
  console.error(`No tarball for ${missing.join(', ')} in ${PACKS}: run scripts/check-tarballs.mjs first.`);
  process.exit(1);
}

const files = [];
for (const source of sources) {
  let text;
  try {
    text = readFileSync(`${root}${source}`, 'utf8');
  } catch {
    continue;
  }
  const blocks = [
    ...text.matchAll(/(?:^<!-- code-context\n([\s\S]*?)^-->\n\n?)?^```(ts|tsx|typescript)\n([\s\S]*?)^```$/gm),
  ];
  blocks.forEach((match, i) => {
    const [, context = '', lang, code] = match;
    const ext = lang === 'tsx' ? 'tsx' : 'ts';
    files.push({ name: `${source.replace(/[/.]/g, '_')}_${i + 1}.${ext}`, code: `${context}${code}`, source });
  });
}
for (const f of files) writeFileSync(`${scratch}/${f.name}`, `${f.code}\nexport {};\n`);
writeFileSync(
  `${scratch}/tsconfig.json`,
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      module: 'ESNext',
      moduleResolution: 'Bundler',
      jsx: 'react-jsx',
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      isolatedModules: true,
      verbatimModuleSyntax: true,
      noUnusedLocals: false,
      types: [],
    },
    include: ['*.ts', '*.tsx'],
  }),
);
const tsc = spawnSync(`${root}node_modules/.bin/tsc`, ['-p', scratch], { encoding: 'utf8' });
if (tsc.status !== 0) {
  console.error(tsc.stdout, tsc.stderr);
  console.error(`${files.length} code blocks checked against the packed tarballs: some do not compile.`);
  process.exit(1);
}
console.log(`${files.length} code blocks in docs/ and the READMEs compile against the packed tarballs.`);
