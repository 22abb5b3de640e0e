import type { Plugin } from 'vite';

/**
 * The texts of the page's language are a chunk of their own that the app imports as soon as it starts. This
 * plugin lets the browser fetch that chunk in parallel with the app instead of after it: it writes the chunks'
 * URLs into the page, and a line of inline script adds a modulepreload link for the language the app will pick
 * (the remembered one, else the browser's, else English — as `initialLocale()` does).
 */
export function localePreload(locales: readonly string[]): Plugin {
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
        const chunks: Record<string, string> = {};
        for (const output of Object.values(ctx.bundle ?? {})) {
          if (output.type !== 'chunk' || !output.isDynamicEntry) continue;
          const locale = locales.find((l) => output.facadeModuleId?.endsWith(`/content/src/${l}/index.ts`));
          if (locale) chunks[locale] = `${base}${output.fileName}`;
        }
        const script =
          `(function(c){try{var l=localStorage.getItem('eulogin-coach.locale')}catch(e){}` +
          `if(!c[l])l=(navigator.language||'').slice(0,2);if(!c[l])l='en';` +
          `var k=document.createElement('link');k.rel='modulepreload';k.crossOrigin='';k.href=c[l];` +
          `document.head.appendChild(k)})` +
          `(${JSON.stringify(chunks)})`;
        return Object.keys(chunks).length ? [{ tag: 'script', children: script, injectTo: 'head' }] : html;
      },
    },
  };
}
