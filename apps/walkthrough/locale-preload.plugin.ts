import type { Plugin } from 'vite';

/**
 * The page texts of the page's language are a chunk of their own that the app imports as soon as it starts. This
 * plugin lets the browser fetch that chunk (and the chunks it imports) in parallel with the app instead of after it:
 * it writes the chunks' URLs into the page, and a line of inline script right after the charset adds modulepreload
 * links for the language the app will pick (the remembered one, else the browser's, else English — as
 * `initialLocale()` does). The languages are those whose page-texts module the build bundled: every language the
 * content package ships.
 */
// A language's page-texts module in the content package: src/<lang>/page.<lang>.ts (one per shipped language).
const PAGE_MODULE = /\/content\/src\/([a-z]{2})\/page\.\1\.ts$/;

export function localePreload(): Plugin {
  let base = '/';
  return {
    name: 'eulogin-coach:locale-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle ?? {};
        // Each language's chunk with the chunks it imports, so none of them waits for the one before.
        const withImports = (fileName: string, seen: string[] = []): string[] => {
          const output = bundle[fileName];
          if (!output || output.type !== 'chunk' || seen.includes(fileName)) return seen;
          return output.imports.reduce((acc, imported) => withImports(imported, acc), [...seen, fileName]);
        };
        const chunks: Record<string, string[]> = {};
        for (const output of Object.values(bundle)) {
          if (output.type !== 'chunk') continue;
          // The chunk that holds the module (its entry, or the page-texts chunk vite.config.ts groups it into).
          const locale = output.moduleIds.map((id) => PAGE_MODULE.exec(id)?.[1]).find(Boolean);
          if (locale) chunks[locale] = withImports(output.fileName).map((f) => `${base}${f}`);
        }
        // Only a language that is an own key of the map counts: a stored `toString` or `__proto__` is inherited, not
        // a language. Anything unexpected ends the script quietly; the app still loads its texts, just not early.
        const script =
          `(function(c){try{var o=function(l){return{}.hasOwnProperty.call(c,l)},` +
          `l=localStorage.getItem('eulogin-coach.locale')}catch(e){}` +
          `try{if(!o(l))l=String(navigator.language).slice(0,2);if(!o(l))l='en';` +
          `c[l].forEach(function(h){var k=document.createElement('link');k.rel='modulepreload';k.crossOrigin='';` +
          `k.href=h;document.head.appendChild(k)})}catch(e){}})` +
          `(${JSON.stringify(chunks)})`;
        if (!Object.keys(chunks).length) return html;
        // Right after the charset, before the stylesheet: an inline script after one waits until it has loaded.
        const tag = `<script>${script}</script>`;
        const charset = /<meta charset[^>]*>/i;
        return charset.test(html)
          ? html.replace(charset, (meta) => `${meta}\n    ${tag}`)
          : html.replace('<head>', `<head>${tag}`);
      },
    },
  };
}
