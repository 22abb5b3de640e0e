import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { localePreload } from '../locale-preload.plugin.js';

// The two scripts that run before the app, outside any error boundary: the inline one in index.html (language and
// theme before the first paint) and the one the build writes to preload the language's texts. Both read storage that
// anyone can edit; neither may throw, whatever is stored.

interface FakeChunk {
  readonly type: 'chunk';
  readonly fileName: string;
  readonly moduleIds: readonly string[];
  readonly imports: readonly string[];
}

const chunk = (fileName: string, moduleIds: string[], imports: string[] = []): FakeChunk => ({
  type: 'chunk',
  fileName,
  moduleIds,
  imports,
});

// A language's page texts are one chunk of several modules (the build groups them), not necessarily its entry.
const BUNDLE: Record<string, FakeChunk> = {
  'assets/page.en.js': chunk(
    'assets/page.en.js',
    ['/repo/packages/content/src/en/page-ui.en.ts', '/repo/packages/content/src/en/page.en.ts'],
    ['assets/shared.js'],
  ),
  'assets/page.pt.js': chunk('assets/page.pt.js', ['/repo/packages/content/src/pt/page.pt.ts'], ['assets/shared.js']),
  'assets/shared.js': chunk('assets/shared.js', ['/repo/packages/content/src/deep-merge.ts']),
};

type Handler = (html: string, ctx: { bundle: Record<string, FakeChunk> }) => string;

/** The inline script the build plugin writes into the page. */
function preloadScript(): string {
  const hook = localePreload().transformIndexHtml as { handler: Handler };
  const html = hook.handler('<head><meta charset="UTF-8" /></head>', { bundle: BUNDLE });
  return /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
}

/** The inline script of index.html (the one without a src). */
function pageScript(): string {
  const html = readFileSync(join(import.meta.dirname, '../index.html'), 'utf8');
  return /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
}

/** Storage that refuses to be read, as a browser's does when site data is blocked. */
const BLOCKED = Symbol('blocked');

/** A storage that holds `stored` under every key, or throws as a blocked one does. */
function storage(stored: string | null | typeof BLOCKED) {
  return {
    getItem: () => {
      if (stored === BLOCKED) throw new DOMException('The operation is insecure.', 'SecurityError');
      return stored;
    },
  };
}

/** Runs a script with these as its `localStorage` and `navigator`, and the test page's document. */
function run(script: string, stored: string | null | typeof BLOCKED, language = 'fr-FR'): void {
  runInNewContext(script, { localStorage: storage(stored), navigator: { language }, document, String });
}

const preloaded = () =>
  Array.from(document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'), (l) =>
    l.getAttribute('href'),
  );

const STRANGE = ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf', '', 'e\u0000n', 'x'.repeat(50)];

afterEach(() => {
  document.head.innerHTML = '';
  document.documentElement.lang = 'en';
  delete document.documentElement.dataset.theme;
});

describe('the language preload the build writes', () => {
  it('preloads the remembered language and what it imports', () => {
    run(preloadScript(), 'pt');
    expect(preloaded()).toEqual(['/assets/page.pt.js', '/assets/shared.js']);
  });

  it.each(STRANGE)('treats a stored %j as no language: no throw, the browser language or English', (stored) => {
    expect(() => run(preloadScript(), stored)).not.toThrow();
    expect(preloaded()).toEqual(['/assets/page.en.js', '/assets/shared.js']);
  });

  it('falls back to the browser language when storage is blocked', () => {
    expect(() => run(preloadScript(), BLOCKED, 'pt-PT')).not.toThrow();
    expect(preloaded()).toEqual(['/assets/page.pt.js', '/assets/shared.js']);
  });

  it('ignores a browser language that is not a key of its own either', () => {
    expect(() => run(preloadScript(), null, '__proto__')).not.toThrow();
    expect(() => run(preloadScript(), null, 'toString')).not.toThrow();
    expect(preloaded().every((href) => href !== null && href.startsWith('/assets/'))).toBe(true);
  });
});

describe("the page's own inline script", () => {
  it('applies a remembered language and theme', () => {
    run(pageScript(), 'pt');
    expect(document.documentElement.lang).toBe('pt');
    run(pageScript(), 'de');
    expect(document.documentElement.lang).toBe('de');
    run(pageScript(), 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it.each(STRANGE)('leaves the page as it is for a stored %j', (stored) => {
    expect(() => run(pageScript(), stored)).not.toThrow();
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('leaves the page as it is when storage is blocked', () => {
    expect(() => run(pageScript(), BLOCKED)).not.toThrow();
    expect(document.documentElement.lang).toBe('en');
  });
});
