import type { Plugin } from 'vite';
import { parseAst } from 'vite';

/** The English text modules of the content package (src/en/…), whose exports the pseudo build rewrites. */
const ENGLISH_MODULE = /\/packages\/content\/src\/en\/.+\.ts$/;
// The module's path (a file: URL's path in the build; the test environment may serve modules over http).
const PSEUDO_TEXTS = decodeURIComponent(new URL('./pseudo/pseudo-texts.ts', import.meta.url).pathname);

/**
 * The pseudo-locale build, for the test that looks for hard-coded and clipped texts (e2e `pseudo-locale`): only with
 * `vite build --mode pseudo` (`npm run build:pseudo`, into dist-pseudo/), every exported value of an English text
 * module is passed through `pseudoTexts`, so the app shows the pseudo-locale wherever it would show English. The
 * normal build does not include this plugin: nothing of it reaches the shipped app.
 */
export function pseudoLocale(): Plugin {
  return {
    name: 'eulogin-coach:pseudo-locale',
    apply: (_config, env) => env.command === 'build' && env.mode === 'pseudo',
    enforce: 'post',
    transform(code, id) {
      if (!ENGLISH_MODULE.test(id.split('?')[0] ?? '')) return null;
      const edits: { start: number; end: number }[] = [];
      for (const node of parseAst(code).body) {
        if (node.type !== 'ExportNamedDeclaration' || node.declaration?.type !== 'VariableDeclaration') continue;
        for (const { init } of node.declaration.declarations) {
          if (init) edits.push({ start: (init as unknown as Span).start, end: (init as unknown as Span).end });
        }
      }
      if (edits.length === 0) return null;
      let out = code;
      for (const { start, end } of edits.sort((a, b) => b.start - a.start)) {
        out = `${out.slice(0, start)}__pseudoTexts(${out.slice(start, end)})${out.slice(end)}`;
      }
      return {
        code: `import { pseudoTexts as __pseudoTexts } from ${JSON.stringify(PSEUDO_TEXTS)};\n${out}`,
        map: null,
      };
    },
  };
}

interface Span {
  readonly start: number;
  readonly end: number;
}
