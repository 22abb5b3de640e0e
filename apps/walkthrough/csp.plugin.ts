import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The page's Content-Security-Policy, as a `<meta http-equiv>` in the built index.html.
 *
 * - Scripts: only files from the app's own origin, and the page's inline scripts by the sha256 of their exact text
 *   (the theme/language script of index.html, the locale-preload one and the prerendered page's visit mark), so no
 *   `'unsafe-inline'` and no `'unsafe-eval'`. The hashes are taken from the final HTML, after every other plugin has written into it.
 * - Styles: the app's stylesheets only. React's `style={…}` sets properties through the CSSOM, which a policy does
 *   not govern, so no `'unsafe-inline'` is needed for the few computed styles (progress bar, captcha letters).
 * - Images: the app's own and `data:` (the favicon is a data: SVG). The QR codes are drawn on a canvas and the
 *   phone's scanner reads that canvas, so no `blob:` and no camera stream.
 *
 * Dev (`vite`) gets no policy: its hot reload runs inline scripts.
 */
export function cspDirectives(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((h) => ` '${h}'`).join('')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * What a static host should send with every response: what a `<meta>` policy cannot say (`frame-ancestors`: no
 * site may frame the coach), and the usual hardening headers. `vite preview` sends the same, so the browser tests
 * run under them.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'none'",
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** The `sha256-…` source of every inline script (a script without `src`) of `html`, in order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = '', text = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    hashes.push(`sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`);
  }
  return [...new Set(hashes)];
}

/** `html` with its policy as the first thing after the charset, so it governs every script that follows. */
export function withCspMeta(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${cspDirectives(inlineScriptHashes(html))}" />`;
  const charset = /<meta charset[^>]*>/i;
  if (charset.test(html)) return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
  return html.replace(/<head>/i, `<head>${meta}`);
}

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'eulogin-coach:csp',
    apply: 'build',
    // The last hook that sees index.html: every transformIndexHtml (even `order: 'post'` ones) has run by then.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type !== 'asset' || !output.fileName.endsWith('.html')) continue;
          const html = typeof output.source === 'string' ? output.source : new TextDecoder().decode(output.source);
          if (/http-equiv="Content-Security-Policy"/i.test(html)) continue;
          output.source = withCspMeta(html);
        }
      },
    },
  };
}
