import { readFileSync } from 'node:fs';
import ts from 'typescript';
import type { Content, Locale } from '../src/index.js';
import { LOCALES } from '../src/index.js';
import { defaultContent } from '../src/eager.js';

/** Every shipped locale with its texts: a new locale is tested as soon as it is in LOCALES. */
export const LOCALE_CONTENT: readonly (readonly [Locale, Content])[] = LOCALES.map((l) => [l, defaultContent(l)]);

/** Every shipped locale except English, the reference the others are compared with. */
export const TRANSLATIONS = LOCALE_CONTENT.filter(([locale]) => locale !== 'en');

/** Every text in `value`, by its path ("steps.signIn.email.helpdesk.ask.0"). */
export function textsByPath(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (node: unknown, at: string): void => {
    if (typeof node === 'string') {
      out.set(at, node);
    } else if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, `${at}.${i}`));
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) visit(child, at ? `${at}.${key}` : key);
    } else {
      out.set(at, `<not a text: ${String(node)}>`);
    }
  };
  visit(value, path);
  return out;
}

/**
 * The own keys of `export const <name> = {…}` in a source file, two levels deep: each group's key names, or null for
 * a group whose value is not an object literal (spreads are not keys).
 */
export function objectKeys(path: string, name: string): Map<string, readonly string[] | null> {
  const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const keysOf = (obj: ts.ObjectLiteralExpression) =>
    obj.properties.flatMap((p) =>
      p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? [[p.name.text, p] as const] : [],
    );
  for (const statement of sf.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) {
      if (!ts.isIdentifier(decl.name) || decl.name.text !== name || !decl.initializer) continue;
      let init: ts.Expression = decl.initializer;
      while (ts.isSatisfiesExpression(init) || ts.isAsExpression(init)) init = init.expression;
      if (!ts.isObjectLiteralExpression(init)) break;
      return new Map(
        keysOf(init).map(([key, p]) => [
          key,
          ts.isPropertyAssignment(p) && ts.isObjectLiteralExpression(p.initializer)
            ? keysOf(p.initializer).map(([k]) => k)
            : null,
        ]),
      );
    }
  }
  throw new Error(`${path}: no object literal named ${name}`);
}
