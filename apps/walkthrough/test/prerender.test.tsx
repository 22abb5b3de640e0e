import { runInNewContext } from 'node:vm';
import { act, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCALES } from '@eulogin-coach/content';
import { keepEarlyPresses } from '../src/boot/early-presses.js';
import { isFreshVisit } from '../src/boot/fresh-visit.js';
import { HYDRATED_EVENT } from '../src/boot/hydrated-signal.js';
import { PRERENDERED_LOCALE, renderStartPage } from '../src/boot/prerender.js';
import { StartTree } from '../src/boot/start-tree.js';
import { loadPageTexts } from '../src/i18n/content-context.js';
import { prerenderScript, withStartPage } from '../prerender.plugin.js';

// The start page is rendered at build time into index.html, and a first visit's browser takes it over (hydration)
// instead of rendering it again. These tests hold the three parts a person relies on: the build's page is exactly the
// browser's (or React would throw it away and log an error), only a visit it was made for takes it over, and a
// press made before the app runs is not lost.

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('the start page rendered at build time', () => {
  it('is the page the browser renders: a first visit takes it over without a mismatch', async () => {
    const markup = await renderStartPage();
    const container = document.createElement('div');
    container.id = 'root';
    container.innerHTML = markup;
    document.body.append(container);
    const builtHeading = container.querySelector('h2');
    expect(builtHeading?.textContent).toBe('What do you want to practise?');
    const loaded = await loadPageTexts(PRERENDERED_LOCALE);
    const mismatches: unknown[] = [];
    let hydrated = false;
    document.addEventListener(HYDRATED_EVENT, () => (hydrated = true), { once: true });
    act(() => {
      root = hydrateRoot(container, <StartTree loaded={loaded} />, {
        onRecoverableError: (error) => mismatches.push(error),
      });
    });
    expect(mismatches).toEqual([]);
    expect(hydrated).toBe(true);
    // Taken over, not rendered again: the heading is the very element the build wrote.
    expect(screen.getByRole('heading', { level: 2, name: 'What do you want to practise?' })).toBe(builtHeading);
  });

  it('holds every journey with its Start button, and the language picker in every shipped language', async () => {
    const container = document.createElement('div');
    container.innerHTML = await renderStartPage();
    document.body.append(container);
    expect(screen.getAllByRole('button', { name: /^Start: / })).toHaveLength(11);
    expect(screen.getAllByRole('option').map((o) => o.getAttribute('value'))).toEqual(
      expect.arrayContaining([...LOCALES]),
    );
  });
});

describe('which visit takes the build page over', () => {
  const visit = (search: string, language: string) => {
    vi.stubGlobal('location', { ...window.location, search });
    vi.stubGlobal('navigator', { ...navigator, language });
  };
  const locales = ['en', 'de', 'fr', 'pt'];

  it('a first visit to the start page in its language, or in a language the app does not ship', () => {
    visit('', 'en-GB');
    expect(isFreshVisit('en', locales)).toBe(true);
    visit('', 'es-ES');
    expect(isFreshVisit('en', locales)).toBe(true);
  });

  it('not a browser in another shipped language, a link with a query, or a visit that stored anything', () => {
    visit('', 'fr-FR');
    expect(isFreshVisit('en', locales)).toBe(false);
    visit('?view=help', 'en-US');
    expect(isFreshVisit('en', locales)).toBe(false);
    visit('', 'en-US');
    localStorage.setItem('eulogin-coach.theme', 'dark');
    expect(isFreshVisit('en', locales)).toBe(false);
  });

  it('not when storage cannot be read: the browser renders the page', () => {
    visit('', 'en-US');
    vi.stubGlobal('localStorage', {
      get length(): number {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(isFreshVisit('en', locales)).toBe(false);
  });
});

describe('a press before the app runs', () => {
  function page() {
    const container = document.createElement('div');
    container.id = 'root';
    container.innerHTML =
      '<button type="button">Start</button><details><summary>Make it harder</summary><p>x</p></details>' +
      '<select><option value="en">English</option><option value="fr">Français</option></select>';
    document.body.append(container);
    const button = container.querySelector('button') as HTMLButtonElement;
    const details = container.querySelector('details') as HTMLDetailsElement;
    const select = container.querySelector('select') as HTMLSelectElement;
    return { container, button, details, select };
  }

  it('is kept, does nothing by itself, and is made once the app has taken the page over', () => {
    const { button, details, select } = page();
    keepEarlyPresses(document, HYDRATED_EVENT);
    const presses = vi.fn();
    button.click();
    details.querySelector('summary')?.click();
    select.value = 'fr';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(details.open).toBe(false);
    // The app takes over: its handlers are attached, and its render resets the drop-down to its own value.
    button.addEventListener('click', presses);
    const chosen = vi.fn((event: Event) => (event.target as HTMLSelectElement).value);
    select.addEventListener('change', chosen);
    select.value = 'en';
    document.dispatchEvent(new Event(HYDRATED_EVENT));
    expect(presses).toHaveBeenCalledTimes(1);
    expect(details.open).toBe(true);
    expect(chosen).toHaveReturnedWith('fr');
    // Made once only: later presses are the app's own.
    document.dispatchEvent(new Event(HYDRATED_EVENT));
    button.click();
    expect(presses).toHaveBeenCalledTimes(2);
  });

  it('on an element the app replaced is dropped, and presses outside the page are left alone', () => {
    const { container, button } = page();
    const outside = document.createElement('button');
    const outsidePresses = vi.fn();
    outside.addEventListener('click', outsidePresses);
    document.body.append(outside);
    keepEarlyPresses(document, HYDRATED_EVENT);
    outside.click();
    expect(outsidePresses).toHaveBeenCalledTimes(1);
    button.click();
    const presses = vi.fn();
    button.addEventListener('click', presses);
    container.replaceChildren();
    document.dispatchEvent(new Event(HYDRATED_EVENT));
    expect(presses).not.toHaveBeenCalled();
  });
});

describe('the build step', () => {
  const html = '<html><head><meta charset="UTF-8" /></head><body><div id="root"></div></body></html>';

  it('writes the page into the root, marked with its language, and the script into the head', () => {
    const out = withStartPage(html, '<main><h1>Hi</h1></main>', 'en', ['en', 'fr']);
    expect(out).toContain('<div id="root" data-prerendered="en"><main><h1>Hi</h1></main></div>');
    expect(out.indexOf('<script>')).toBeLessThan(out.indexOf('</head>'));
    expect(out).toContain(prerenderScript('en', ['en', 'fr']));
  });

  it('refuses an index.html without an empty root, rather than shipping a page without the start page', () => {
    expect(() => withStartPage('<html><body><main></main></body></html>', '<p/>', 'en', ['en'])).toThrow(
      /no <div id="root"><\/div>/,
    );
  });

  it('marks whose visit it is: one the page was made for, or another', () => {
    const script = prerenderScript('en', ['en', 'fr']);
    expect(script).toContain(isFreshVisit.toString());
    expect(script).toContain(keepEarlyPresses.toString());
    // In a context of its own, as the page runs it: a first visit from a French browser, then an English one.
    const run = (language: string) => {
      delete document.documentElement.dataset.prerender;
      runInNewContext(script, { document, location: { search: '' }, navigator: { language }, localStorage, Element });
      return document.documentElement.dataset.prerender;
    };
    expect(run('fr-FR')).toBe('stale');
    expect(run('en-IE')).toBe('fresh');
    // The English visit keeps presses until the app says it is live: say it, so this page is left as it was.
    document.dispatchEvent(new Event(HYDRATED_EVENT));
    delete document.documentElement.dataset.prerender;
  });
});
