import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspDirectives, inlineScriptHashes, withCspMeta } from '../csp.plugin.js';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <script>(function(){ /* preload */ })()</script>
    <title>x</title>
    <script>
      document.documentElement.lang = 'pt';
    </script>
    <script type="module" crossorigin src="/assets/index.js"></script>
  </head>
  <body></body>
</html>`;

describe('Content-Security-Policy of the built page', () => {
  it('hashes the exact text of each inline script, whitespace included, and skips scripts with a src', () => {
    expect(inlineScriptHashes(page)).toEqual([
      sha256('(function(){ /* preload */ })()'),
      sha256("\n      document.documentElement.lang = 'pt';\n    "),
    ]);
  });

  it('writes the policy right after the charset, before every script, allowing those inline scripts only', () => {
    const html = withCspMeta(page);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(html);
    expect(meta).not.toBeNull();
    expect(html.indexOf(meta?.[0] ?? '')).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(html.indexOf(meta?.[0] ?? '')).toBeLessThan(html.indexOf('<script'));
    const policy = meta?.[1] ?? '';
    expect(policy).toBe(cspDirectives(inlineScriptHashes(page)));
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src ')) ?? '';
    expect(scriptSrc).not.toMatch(/unsafe-(inline|eval)/);
    for (const hash of inlineScriptHashes(page)) expect(scriptSrc).toContain(`'${hash}'`);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
  });
});
