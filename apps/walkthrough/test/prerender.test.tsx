import { runInNewContext } from 'node:vm';
import { useState } from 'react';
import { renderToString } from 'react-dom/server';
import { act, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCALES } from '@eulogin-coach/content';
import { keepEarlyPresses } from '../src/boot/early-presses.js';
import { isFreshVisit } from '../src/boot/fresh-visit.js';
import { HYDRATED_EVENT, HydratedSignal } from '../src/boot/hydrated-signal.js';
import { PRERENDERED_LOCALE, renderStartPage } from '../src/boot/prerender.js';
import { StartTree } from '../src/boot/start-tree.js';
import { loadPageTexts } from '../src/i18n/content-context.js';
import { prerenderScript, withStartPage } from '../prerender.plugin.js';
import { ROUTE_PARAMS } from '../src/route/app-route.js';

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
  const fresh = () => isFreshVisit('en', locales, ROUTE_PARAMS);

  it('a first visit to the start page in its language, or in a language the app does not ship', () => {
    visit('', 'en-GB');
    expect(fresh()).toBe(true);
    visit('', 'es-ES');
    expect(fresh()).toBe(true);
    // A query the app does not read (a campaign's) does not change the page.
    visit('?utm_source=newsletter', 'en-US');
    expect(fresh()).toBe(true);
  });

  it('not a browser in another shipped language, an address the app reads, or a visit that stored anything', () => {
    visit('', 'fr-FR');
    expect(fresh()).toBe(false);
    for (const search of ['?view=help', '?mode=guide', '?code=2HA1-B0HW-6FR', '?journey=lostPhone']) {
      visit(search, 'en-US');
      expect(fresh()).toBe(false);
    }
    visit('', 'en-US');
    localStorage.setItem('eulogin-coach.theme', 'dark');
    expect(fresh()).toBe(false);
  });

  it('not when storage cannot be read: the browser renders the page', () => {
    visit('', 'en-US');
    vi.stubGlobal('localStorage', {
      get length(): number {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(fresh()).toBe(false);
  });
});

describe('a press before the app runs', () => {
  const MARKUP =
    '<button type="button">Start</button><details><summary>Make it harder</summary><p>x</p></details>' +
    '<select><option value="en">English</option><option value="fr">Français</option></select>';
  function page() {
    const container = document.createElement('div');
    container.id = 'root';
    container.innerHTML = MARKUP;
    document.body.append(container);
    const button = container.querySelector('button') as HTMLButtonElement;
    const details = container.querySelector('details') as HTMLDetailsElement;
    const select = container.querySelector('select') as HTMLSelectElement;
    return { container, button, details, select };
  }
  const live = () => document.dispatchEvent(new Event(HYDRATED_EVENT));

  it('is kept, does nothing by itself, and is made once the app has taken the page over, one per task', async () => {
    const { button, details, select } = page();
    keepEarlyPresses(document, HYDRATED_EVENT);
    const order: string[] = [];
    button.click();
    details.querySelector('summary')?.click();
    select.value = 'fr';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    button.click();
    expect(details.open).toBe(false);
    // The app takes over: its handlers are attached, and its render resets the drop-down to its own value.
    button.addEventListener('click', () => order.push('start'));
    details.addEventListener('toggle', () => order.push('details'));
    select.addEventListener('change', (event) => order.push((event.target as HTMLSelectElement).value));
    select.value = 'en';
    live();
    // Not during the app's commit: each press in a task of its own, so each sees what the one before changed.
    expect(order).toEqual([]);
    await vi.waitFor(() => expect(order).toEqual(['start', 'details', 'fr', 'start']));
    expect(details.open).toBe(true);
    // Made once only: later presses are the app's own.
    live();
    button.click();
    await vi.waitFor(() => expect(order).toEqual(['start', 'details', 'fr', 'start', 'start']));
  });

  it('each sees what the one before changed: two presses on a React toggle leave it closed', async () => {
    const calls = vi.fn();
    function Toggle() {
      const [open, setOpen] = useState(false);
      return (
        <button
          type="button"
          aria-expanded={open}
          onClick={() => {
            calls();
            setOpen(!open);
          }}
        >
          Helpdesk
        </button>
      );
    }
    const tree = (
      <>
        <Toggle />
        <HydratedSignal />
      </>
    );
    const container = document.createElement('div');
    container.id = 'root';
    container.innerHTML = renderToString(tree);
    document.body.append(container);
    keepEarlyPresses(document, HYDRATED_EVENT);
    const button = container.querySelector('button') as HTMLButtonElement;
    button.click();
    button.click();
    act(() => {
      root = hydrateRoot(container, tree);
    });
    await vi.waitFor(() => expect(calls).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'false'));
  });

  it('on a control the app rendered afresh is made on the same control, and never on another', async () => {
    const { container, button } = page();
    keepEarlyPresses(document, HYDRATED_EVENT);
    button.click();
    // The app rendered the page again: the same controls, new elements.
    container.innerHTML = MARKUP;
    const presses = vi.fn();
    container.querySelector('button')?.addEventListener('click', presses);
    live();
    await vi.waitFor(() => expect(presses).toHaveBeenCalledTimes(1));

    // Another page in its place (its texts failed): the press is dropped.
    const other = page();
    keepEarlyPresses(document, HYDRATED_EVENT);
    other.button.click();
    other.container.innerHTML = '<button type="button">Try again</button>';
    const retries = vi.fn();
    other.container.querySelector('button')?.addEventListener('click', retries);
    live();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(retries).not.toHaveBeenCalled();
  });

  it('leaves presses outside the page alone', () => {
    page();
    const outside = document.createElement('button');
    const outsidePresses = vi.fn();
    outside.addEventListener('click', outsidePresses);
    document.body.append(outside);
    keepEarlyPresses(document, HYDRATED_EVENT);
    outside.click();
    expect(outsidePresses).toHaveBeenCalledTimes(1);
    live();
  });

  it('stops when the app’s script cannot load: a summary opens as it does without a script', async () => {
    const { button, details } = page();
    keepEarlyPresses(document, HYDRATED_EVENT);
    details.querySelector('summary')?.click();
    expect(details.open).toBe(false);
    const script = document.createElement('script');
    document.head.append(script);
    script.dispatchEvent(new Event('error'));
    expect(details.open).toBe(true);
    // Nothing is kept any more, and nothing is made later.
    const presses = vi.fn();
    button.addEventListener('click', presses);
    button.click();
    expect(presses).toHaveBeenCalledTimes(1);
    live();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(presses).toHaveBeenCalledTimes(1);
    script.remove();
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
      runInNewContext(script, {
        ...{ document, localStorage, URLSearchParams, Element, HTMLElement, HTMLScriptElement, HTMLSelectElement },
        setTimeout,
        location: { search: '' },
        navigator: { language },
      });
      return document.documentElement.dataset.prerender;
    };
    expect(run('fr-FR')).toBe('stale');
    expect(run('en-IE')).toBe('fresh');
    // The English visit keeps presses until the app says it is live: say it, so this page is left as it was.
    document.dispatchEvent(new Event(HYDRATED_EVENT));
    delete document.documentElement.dataset.prerender;
  });
});
