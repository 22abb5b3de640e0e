#!/usr/bin/env node
// node scripts/split-page-ui.mjs <lang>: moves the texts the start page shows out of a language folder's
// ui.<lang>.ts and what-ifs.<lang>.ts into page-ui.<lang>.ts and what-if-labels.<lang>.ts, so the page's chunk
// (page.<lang>.ts) holds only the interface texts, and the labels load after the first paint in a chunk of their
// own (loaders.ts); ui.<lang>.ts and what-ifs.<lang>.ts then build on the new files (`...pageUiFr`,
// `...pageUiFr.guide`, `...whatIfLabelsFr.mailInSpam`). Which keys move is read from the English files
// (src/en/page-ui.en.ts and src/en/what-if-labels.en.ts), never listed here.
//
// It can be run again at any time (idempotent): a key still (or again) in ui.<lang>.ts or what-ifs.<lang>.ts is
// moved, and its text there wins over the one already in page-ui.<lang>.ts; a key already moved is kept; a key
// English no longer has is dropped. So after merging edits made to the unsplit files, take their ui.<lang>.ts and
// what-ifs.<lang>.ts and run it again. Texts are copied character for character with their comments (sliced by the
// TypeScript parser, then formatted by prettier); page.<lang>.ts is pointed at page-ui.<lang>.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import ts from 'typescript';

const lang = process.argv[2];
if (!lang || !/^[a-z]{2}$/.test(lang)) {
  console.error('usage: node scripts/split-page-ui.mjs <lang>   (a two-letter language code, such as fr)');
  process.exit(2);
}
const root = new URL('..', import.meta.url).pathname;
const folder = (code) => `${root}packages/content/src/${code}`;
const dir = folder(lang);
const Lang = lang[0].toUpperCase() + lang.slice(1);

const parse = (path) => ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);

/** The object literal `export const <name> = {…}` (possibly `… satisfies T` or `… as const`) of a file. */
function objectOf(sf, name) {
  for (const statement of sf.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) {
      if (!ts.isIdentifier(decl.name) || decl.name.text !== name || !decl.initializer) continue;
      let init = decl.initializer;
      while (ts.isSatisfiesExpression(init) || ts.isAsExpression(init) || ts.isParenthesizedExpression(init)) {
        init = init.expression;
      }
      if (ts.isObjectLiteralExpression(init)) return init;
    }
  }
  throw new Error(`${sf.fileName}: no object literal named ${name}`);
}

const nameOf = (prop) =>
  prop.name && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name)) ? prop.name.text : undefined;

/** The object's own properties (not its spreads), by name. */
function propsOf(obj) {
  const props = new Map();
  for (const prop of obj.properties) {
    const name = nameOf(prop);
    if (name !== undefined) props.set(name, prop);
  }
  return props;
}

/** A property's text with the comments above it, without the blank lines before them. */
function textOf(sf, prop) {
  const full = sf.text;
  const comments = ts.getLeadingCommentRanges(full, prop.pos) ?? [];
  const start = comments.length > 0 ? comments[0].pos : prop.getStart(sf);
  return full.slice(start, prop.end);
}

/** The range that removes a property and its comma from its object. */
function removalOf(sf, prop) {
  let end = prop.end;
  while (end < sf.text.length && /[ \t]/.test(sf.text[end])) end += 1;
  if (sf.text[end] === ',') end += 1;
  return { start: prop.pos, end, text: '' };
}

/** The keys English moves: each group's key names, or null where the group is moved whole (not an object literal). */
function specOf(path, name) {
  const spec = new Map();
  for (const [group, prop] of propsOf(objectOf(parse(path), name))) {
    const value = ts.isPropertyAssignment(prop) ? prop.initializer : undefined;
    spec.set(group, value && ts.isObjectLiteralExpression(value) ? [...propsOf(value).keys()] : null);
  }
  return spec;
}

/** Value imports of a file: identifier -> module specifier. */
function importsOf(sf) {
  const imports = new Map();
  for (const statement of sf.statements) {
    if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const el of bindings.elements) {
      if (!el.isTypeOnly) imports.set(el.name.text, statement.moduleSpecifier.text);
    }
  }
  return imports;
}

const applyEdits = (text, edits) =>
  [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);

const mentions = (text, id) => new RegExp(`\\b${id}\\b`).test(text);

/**
 * Moves the `spec`'s keys from `fromName` in `from` to `toName` in `to` (written anew). Returns the files written.
 */
function split({ from, fromName, to, toName, spec, header, typeImport, satisfies }) {
  const sf = parse(from);
  const obj = objectOf(sf, fromName);
  const own = propsOf(obj);
  const old = existsSync(to) ? parse(to) : undefined;
  const oldProps = old ? propsOf(objectOf(old, toName)) : new Map();
  const edits = [];
  const groups = [];
  let moved = 0;
  let absent = false;

  for (const [group, keys] of spec) {
    const here = own.get(group);
    const there = oldProps.get(group);
    if (keys === null) {
      absent = true;
      if (here) {
        groups.push(textOf(sf, here));
        edits.push(removalOf(sf, here));
        moved += 1;
      } else if (there) groups.push(textOf(old, there));
      continue;
    }
    const hereObj = here && ts.isPropertyAssignment(here) && ts.isObjectLiteralExpression(here.initializer);
    const thereObj = there && ts.isPropertyAssignment(there) && ts.isObjectLiteralExpression(there.initializer);
    const hereKeys = hereObj ? propsOf(here.initializer) : new Map();
    const thereKeys = thereObj ? propsOf(there.initializer) : new Map();
    const texts = [];
    let left = 0;
    for (const key of hereKeys.keys()) if (!keys.includes(key)) left += 1;
    for (const key of keys) {
      const prop = hereKeys.get(key);
      if (prop) {
        texts.push(textOf(sf, prop));
        moved += 1;
        if (left > 0) edits.push(removalOf(sf, prop));
      } else if (thereKeys.has(key)) texts.push(textOf(old, thereKeys.get(key)));
    }
    // The group's own comment goes with it when the whole group moves, and stays where part of it stays.
    const comments = (s, p) => {
      const ranges = ts.getLeadingCommentRanges(s.text, p.pos) ?? [];
      return ranges.length > 0 ? s.text.slice(ranges[0].pos, p.getStart(s)) : '';
    };
    const groupComment = here && left === 0 ? comments(sf, here) : there ? comments(old, there) : '';
    // Prettier keeps an object on several lines when its first key starts a line: keep the source's choice.
    const expanded = (s, p) => /^\{[ \t]*\n/.test(p.initializer.getText(s));
    const multiline =
      thereObj && !(here && left === 0) ? expanded(old, there) : hereObj && left === 0 && expanded(sf, here);
    const join = multiline || texts.some((t) => t.includes('//')) ? ['\n', ',\n', ',\n'] : [' ', ', ', ' '];
    groups.push(`${groupComment}${group}: {${join[0]}${texts.join(join[1])}${join[2]}}`);
    if (!here || left === 0) absent = true;
    if (!here) continue;
    if (left === 0) edits.push(removalOf(sf, here));
    else {
      const spread = `...${toName}.${group}`;
      const hasSpread = here.initializer.properties.some((p) => ts.isSpreadAssignment(p) && p.getText(sf) === spread);
      if (!hasSpread)
        edits.push({
          start: here.initializer.getStart(sf) + 1,
          end: here.initializer.getStart(sf) + 1,
          text: `\n${spread},`,
        });
    }
  }

  // A group no longer in the source is reached through a spread of the whole object.
  const hasSpread = obj.properties.some((p) => ts.isSpreadAssignment(p) && p.getText(sf) === `...${toName}`);
  if (!hasSpread && absent) {
    edits.push({ start: obj.getStart(sf) + 1, end: obj.getStart(sf) + 1, text: `\n...${toName},` });
  }

  // Imports: what the moved texts use goes with them; what the source no longer uses leaves it.
  const body = `{\n${groups.join(',\n')},\n}`;
  const sourceImports = importsOf(sf);
  const needed = new Map();
  for (const [id, spec] of [...(old ? importsOf(old) : []), ...sourceImports])
    if (mentions(body, id)) needed.set(id, spec);
  let fromText = applyEdits(sf.text, edits);
  const fromImportEdits = [];
  const reparsed = ts.createSourceFile(from, fromText, ts.ScriptTarget.Latest, true);
  const codeOf = (s) =>
    s.statements
      .filter((st) => !ts.isImportDeclaration(st))
      .map((st) => st.getText(s))
      .join('\n');
  const code = codeOf(reparsed);
  for (const st of reparsed.statements) {
    if (!ts.isImportDeclaration(st) || st.importClause?.isTypeOnly) continue;
    const bindings = st.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    const keep = bindings.elements.filter((el) => el.isTypeOnly || mentions(code, el.name.text));
    if (keep.length === bindings.elements.length) continue;
    const text =
      keep.length === 0
        ? ''
        : `import { ${keep.map((el) => el.getText(reparsed)).join(', ')} } from ${st.moduleSpecifier.getText(reparsed)};`;
    fromImportEdits.push({ start: st.getStart(reparsed), end: st.end + (text === '' ? 1 : 0), text });
  }
  fromText = applyEdits(fromText, fromImportEdits);
  const toModule = `./${to.slice(to.lastIndexOf('/') + 1).replace(/\.ts$/, '.js')}`;
  const final = ts.createSourceFile(from, fromText, ts.ScriptTarget.Latest, true);
  if (mentions(codeOf(final), toName) && !importsOf(final).has(toName)) {
    const lastImport = final.statements.filter((st) => ts.isImportDeclaration(st)).at(-1);
    const line = `import { ${toName} } from '${toModule}';`;
    fromText = lastImport
      ? `${fromText.slice(0, lastImport.end)}\n${line}${fromText.slice(lastImport.end)}`
      : `${line}\n\n${fromText.replace(/^\s+/, '')}`;
  }

  const importLines = [typeImport, ...[...needed].map(([id, spec]) => `import { ${id} } from '${spec}';`)]
    .filter(Boolean)
    .join('\n');
  const toText = `${importLines}\n\n${header}\nexport const ${toName} = ${body}${satisfies ? ` satisfies ${satisfies}` : ''};\n`;
  writeFileSync(to, toText);
  writeFileSync(from, fromText);
  return moved;
}

const english = lang === 'en';
const uiMoved = split({
  from: `${dir}/ui.${lang}.ts`,
  fromName: `ui${Lang}`,
  to: `${dir}/page-ui.${lang}.ts`,
  toName: `pageUi${Lang}`,
  spec: specOf(`${folder('en')}/page-ui.en.ts`, 'pageUiEn'),
  typeImport: english ? '' : "import type { PageUi } from '../content.types.js';",
  header: english
    ? `/**\n * The interface texts the start page shows (\`PageUi\`): in a module of their own, so the page's chunk holds only\n * these; \`ui.en.ts\` adds the rest. The keys here are the ones \`node scripts/split-page-ui.mjs <lang>\` moves in\n * every other language.\n */`
    : `/**\n * The interface texts the start page shows (see \`PageUi\`): in a module of their own, so the page's chunk holds only\n * these; \`ui.${lang}.ts\` adds the rest. Written by \`node scripts/split-page-ui.mjs ${lang}\` from the English keys.\n */`,
  satisfies: english ? '' : 'PageUi',
});
const labelsMoved = split({
  from: `${dir}/what-ifs.${lang}.ts`,
  fromName: `whatIfs${Lang}`,
  to: `${dir}/what-if-labels.${lang}.ts`,
  toName: `whatIfLabels${Lang}`,
  spec: specOf(`${folder('en')}/what-if-labels.en.ts`, 'whatIfLabelsEn'),
  typeImport: "import type { WhatIfLabels } from '../content.types.js';",
  header: `/** The what-ifs' switch labels, which the start page loads once its first paint is done: the rest of each what-if is in \`what-ifs.${lang}.ts\`. */`,
  satisfies: 'WhatIfLabels',
});

// The page's chunk takes the new UI file instead of the whole ui, and no what-ifs (their labels are a chunk of their
// own, which the language's index.ts loads: `whatIfLabels`).
const pagePath = `${dir}/page.${lang}.ts`;
const page = readFileSync(pagePath, 'utf8')
  .replace(`import { ui${Lang} } from './ui.${lang}.js';`, `import { pageUi${Lang} } from './page-ui.${lang}.js';`)
  .replace(new RegExp(`^import \\{ whatIfs${Lang} \\} from '\\./what-ifs\\.${lang}\\.js';\\n`, 'm'), '')
  .replace(new RegExp(`^import \\{ whatIfLabels${Lang} \\} from '\\./what-if-labels\\.${lang}\\.js';\\n`, 'm'), '')
  .replace(new RegExp(`\\bui: ui${Lang}\\b`), `ui: pageUi${Lang}`)
  .replace(new RegExp(`^\\s*whatIfs: whatIf(?:Label)?s${Lang},\\n`, 'm'), '');
writeFileSync(pagePath, page);

const files = ['ui', 'page-ui', 'what-ifs', 'what-if-labels', 'page'].map((f) => `${dir}/${f}.${lang}.ts`);
const prettier = spawnSync('npx', ['prettier', '--log-level', 'warn', '--write', ...files], {
  cwd: root,
  stdio: 'inherit',
});
if (prettier.status !== 0) process.exit(prettier.status ?? 1);
console.log(
  `${lang}: moved ${uiMoved} start-page texts out of ui.${lang}.ts and ${labelsMoved} labels out of what-ifs.${lang}.ts`,
);
