#!/usr/bin/env node
// node scripts/split-locale.mjs <lang>: turns a language folder written in the old layout (one
// packages/content/src/<lang>/steps.<lang>.ts holding every step with its helpdesk script) into the current one:
//   src/<lang>/steps/<flow>.<lang>.ts     each flow's step texts (title, body, assumed)
//   src/<lang>/helpdesk/<flow>.<lang>.ts  each flow's helpdesk scripts (ask, say, ifThen)
//   src/<lang>/steps/index.ts, src/<lang>/helpdesk/index.ts  the flows combined
// and removes from ui.<lang>.ts the interface keys the new layout dropped (REMOVED_UI_KEYS: no code read them).
// The texts are copied character for character (sliced from the source by the TypeScript parser, then formatted
// by prettier); nothing is translated or reworded. steps.<lang>.ts is deleted. It then writes the language's part
// modules (src/<lang>/parts/*.ts and src/<lang>/index.ts) from the English ones. Adding the language to src/registry.ts stays a step of its own (see docs/adding-a-language.md).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import ts from 'typescript';

const lang = process.argv[2];
if (!lang || !/^[a-z]{2}$/.test(lang)) {
  console.error('usage: node scripts/split-locale.mjs <lang>   (a two-letter language code, such as fr)');
  process.exit(2);
}
const root = new URL('..', import.meta.url).pathname;
const dir = `${root}packages/content/src/${lang}`;
const source = `${dir}/steps.${lang}.ts`;
const Lang = lang[0].toUpperCase() + lang.slice(1);
const kebab = (flow) => flow.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const written = [];
const write = (path, text) => {
  mkdirSync(path.slice(0, path.lastIndexOf('/')), { recursive: true });
  writeFileSync(path, text);
  written.push(path);
};

if (existsSync(source)) {
  const file = ts.createSourceFile(source, readFileSync(source, 'utf8'), ts.ScriptTarget.Latest, true);
  let literal;
  file.forEachChild(function find(node) {
    if (literal) return;
    if (ts.isObjectLiteralExpression(node)) literal = node;
    else node.forEachChild(find);
  });
  if (!literal) throw new Error(`${source}: no object literal found`);
  const flows = new Map(); // flow -> { steps: string[], helpdesk: string[] }
  for (const property of literal.properties) {
    if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) {
      throw new Error(`${source}: unexpected ${ts.SyntaxKind[property.kind]} at ${property.getText().slice(0, 60)}`);
    }
    const id = property.name.getText().replace(/^['"]|['"]$/g, '');
    const flow = id.slice(0, id.indexOf('.'));
    if (!flows.has(flow)) flows.set(flow, { steps: [], helpdesk: [] });
    const parts = flows.get(flow);
    const inner = property.initializer.properties;
    const helpdesk = inner.find((p) => p.name?.getText() === 'helpdesk');
    if (!helpdesk) throw new Error(`${source}: step ${id} has no helpdesk script`);
    const texts = inner.filter((p) => p !== helpdesk).map((p) => `    ${p.getText()},`);
    parts.steps.push(`  '${id}': {\n${texts.join('\n')}\n  },`);
    parts.helpdesk.push(`  '${id}': ${helpdesk.initializer.getText()},`);
  }
  const names = [...flows.keys()];
  for (const [flow, parts] of flows) {
    write(
      `${dir}/steps/${kebab(flow)}.${lang}.ts`,
      `import type { FlowStepTexts } from '../../content.types.js';\n\n` +
        `export const ${flow}Steps${Lang} = {\n${parts.steps.join('\n')}\n} satisfies FlowStepTexts<'${flow}'>;\n`,
    );
    write(
      `${dir}/helpdesk/${kebab(flow)}.${lang}.ts`,
      `import type { FlowHelpdeskScripts } from '../../content.types.js';\n\n` +
        `export const ${flow}Helpdesk${Lang} = {\n${parts.helpdesk.join('\n')}\n} satisfies FlowHelpdeskScripts<'${flow}'>;\n`,
    );
  }
  const combine = (kind, type, what) =>
    `import type { ${type} } from '../../content.types.js';\n` +
    names.map((f) => `import { ${f}${kind}${Lang} } from './${kebab(f)}.${lang}.js';\n`).join('') +
    `\n/** ${what}, one module per flow. */\n` +
    `export const ${kind.toLowerCase()}${Lang}: ${type} = {\n` +
    names.map((f) => `  ...${f}${kind}${Lang},\n`).join('') +
    `};\n`;
  write(`${dir}/steps/index.ts`, combine('Steps', 'StepTexts', `Every step's texts`));
  write(`${dir}/helpdesk/index.ts`, combine('Helpdesk', 'HelpdeskScripts', `Every step's helpdesk script`));
  rmSync(source);
}

// Interface keys no code read, removed from every language with the new layout: a folder translated before that
// still has them (and its ui.<lang>.ts would not compile).
const REMOVED_UI_KEYS = [
  'pc.browser.tabTitle',
  'pc.buttons.backToSignIn',
  'pc.buttons.goToService',
  'pc.buttons.showPassword',
  'pc.buttons.hidePassword',
  'phone.frame.homeButton',
  'phone.store.installing',
  'common.errorBody',
  'common.minutesShort',
  'common.secondsShort',
  'common.errorSummary',
];
const uiFile = `${dir}/ui.${lang}.ts`;
if (lang !== 'en' && existsSync(uiFile)) {
  const text = readFileSync(uiFile, 'utf8');
  const file = ts.createSourceFile(uiFile, text, ts.ScriptTarget.Latest, true);
  const cuts = [];
  const walk = (object, path) => {
    for (const property of object.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const at = [...path, property.name.getText()];
      if (REMOVED_UI_KEYS.includes(at.join('.'))) {
        const end = property.getEnd() + (text[property.getEnd()] === ',' ? 1 : 0);
        cuts.push([property.getFullStart(), end]);
      } else if (ts.isObjectLiteralExpression(property.initializer)) walk(property.initializer, at);
    }
  };
  file.forEachChild(function find(node) {
    let init = ts.isVariableStatement(node) ? node.declarationList.declarations[0]?.initializer : undefined;
    while (init && (ts.isSatisfiesExpression(init) || ts.isAsExpression(init))) init = init.expression;
    if (init && ts.isObjectLiteralExpression(init)) walk(init, []);
  });
  if (cuts.length) {
    let out = text;
    for (const [from, to] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, from) + out.slice(to);
    write(uiFile, out);
  }
}

// A language that becomes a locale keeps its mails in its folder: the file it had among the other e-mail languages
// and its loader line go.
const otherMails = `${root}packages/content/src/mails/mails.${lang}.ts`;
if (existsSync(`${dir}/mails.${lang}.ts`) && existsSync(otherMails)) {
  rmSync(otherMails);
  const loadMails = `${root}packages/content/src/load-mails.ts`;
  const text = readFileSync(loadMails, 'utf8');
  writeFileSync(
    loadMails,
    text.replace(new RegExp(`\\n  ${lang}: \\(\\) => import\\('\\./mails/mails\\.${lang}\\.js'\\)[^\\n]*`), ''),
  );
  console.log(
    `${lang}: src/mails/mails.${lang}.ts and its line in src/load-mails.ts removed (src/${lang}/mails.${lang}.ts has the mails).`,
  );
}

// The part modules: the same for every language but for its code. An index.ts of the old layout (the whole
// `Content` object) is replaced; other files that exist are left alone.
const NAMES = { pt: 'European Portuguese', fr: 'French', de: 'German' };
const templates = `${root}packages/content/src/en`;
for (const path of [
  'index.ts',
  'parts/steps.ts',
  'parts/walkthrough.ts',
  'parts/helpdesk.ts',
  'parts/help-centre.ts',
]) {
  if (lang === 'en') continue;
  const target = `${dir}/${path}`;
  if (existsSync(target) && !(path === 'index.ts' && !readFileSync(target, 'utf8').includes('LocaleLoaders'))) continue;
  const text = readFileSync(`${templates}/${path}`, 'utf8')
    .replace(/\.en\.js'/g, `.${lang}.js'`)
    .replace(/\benPage\b/g, `${lang}Page`)
    .replace(/([a-z])En\b/g, `$1${Lang}`)
    .replace(/\b(in|The) English\b/g, (_, word) => `${word} ${NAMES[lang] ?? `"${lang}"`}`);
  write(target, text);
}
if (written.length) {
  const prettier = spawnSync('npx', ['prettier', '--log-level', 'warn', '--write', ...written], {
    cwd: root,
    stdio: 'inherit',
  });
  if (prettier.status !== 0) process.exit(prettier.status ?? 1);
}
console.log(`${lang}: ${written.length} file(s) written.`);
if (!existsSync(`${dir}/boot.${lang}.ts`)) {
  console.log(
    `Next: write src/${lang}/boot.${lang}.ts like src/en/boot.en.ts (the language's entry of BOOT_TEXTS before).`,
  );
}
console.log(`Next: add \`export * as ${lang} from './${lang}/index.js';\` to packages/content/src/registry.ts.`);
