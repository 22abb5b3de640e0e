import { StrictMode } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeShareCode } from '@eulogin-coach/machine/persist';
import type { SavedProgress } from '@eulogin-coach/react';
import { App } from '../src/App.js';
import { createRehearsal } from '../src/effects/rehearsal.js';
import { PROGRESS_KEY } from '../src/persist/local-progress.js';
import { en, openCodeBox, renderApp } from './helpers.js';

// Storage can hold anything: edited by hand, by an extension, or left by another page of the same origin. Whatever
// it holds, the page shows either the normal start page or an explanation with a fresh start — never a blank page.

const LOCALE_KEY = 'eulogin-coach.locale';
const THEME_KEY = 'eulogin-coach.theme';

const phone = {
  app: 'notInstalled',
  notifications: 'unknown',
  camera: 'unknown',
  screenLock: true,
  appInForeground: true,
  online: true,
};
const good = { v: 1, stepId: 'register.form', journey: 'fullSetup', journeyIndex: 1, whatIfs: [], email: null, phone };

type SaveError = keyof typeof en.saveErrors;

const CORRUPT_SAVES: readonly (readonly [string, string, SaveError])[] = [
  ['a step that is an object with a toString', '{"v":1,"stepId":{"toString":1}}', 'unknownStep'],
  ['an array holding such an object', '[{"toString":1}]', 'malformed'],
  ['a version with toString and valueOf', '{"v":{"toString":1,"valueOf":1}}', 'malformed'],
  ['a __proto__ key', '{"__proto__":{"v":1,"stepId":"register.form"}}', 'malformed'],
  ['a constructor key', '{"constructor":{"prototype":{"v":1}},"v":1}', 'unknownStep'],
  ['text cut short', '{"v":1,"stepId":"regis', 'malformed'],
  ['a number', '42', 'malformed'],
  ['JSON null', 'null', 'malformed'],
  ['a string', '"register.form"', 'malformed'],
  ['blank text', '   ', 'empty'],
  ['a version given as text', JSON.stringify({ ...good, v: '1' }), 'malformed'],
  ['a version from the future', JSON.stringify({ ...good, v: 2 }), 'unsupportedVersion'],
  ['a position given as text', JSON.stringify({ ...good, journeyIndex: '1' }), 'invalidValue'],
  ['what-ifs that are an object', JSON.stringify({ ...good, whatIfs: { length: 1 } }), 'invalidValue'],
  ['a phone that is a list', JSON.stringify({ ...good, phone: [] }), 'invalidValue'],
  [
    'an address of 300 characters',
    JSON.stringify({ ...good, email: `a@${'b'.repeat(60)}.`.repeat(5) + 'eu' }),
    'invalidValue',
  ],
  // The address that once resumed: 400,007 characters.
  ['a save of 400 KB', JSON.stringify({ ...good, email: `${'a'.repeat(400_000)}@ex.org` }), 'tooLarge'],
  ['a save of 4 MB', JSON.stringify({ ...good, stepId: 'x'.repeat(4_000_000) }), 'tooLarge'],
];

/** The app as a person opens it: no language fixed by the test, so the remembered one is read from storage. */
async function openApp() {
  const rehearsal = createRehearsal({ seed: 7 });
  const user = userEvent.setup();
  render(
    <StrictMode>
      <App rehearsal={rehearsal} />
    </StrictMode>,
  );
  await screen.findByRole('banner');
  return { user };
}

/** The normal start page: the journey list, and nothing about saved progress. */
function expectStartPage() {
  expect(screen.getByRole('heading', { level: 2, name: en.ui.picker.heading })).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: en.ui.app.saveUnreadableHeading })).not.toBeInTheDocument();
}

afterEach(() => {
  vi.restoreAllMocks();
  delete document.documentElement.dataset.theme;
});

describe('a corrupt saved progress', () => {
  it.each(CORRUPT_SAVES)(
    'is explained (%s) under a heading, without calling it a code, and a fresh start removes it',
    async (_label, stored, reason) => {
      localStorage.setItem(PROGRESS_KEY, stored);
      const { user } = await renderApp();
      const alert = await screen.findByRole('alert');
      expect(within(alert).getByRole('heading', { level: 2, name: en.ui.app.saveUnreadableHeading })).toBeVisible();
      expect(alert).toHaveTextContent(en.saveErrors[reason].title);
      expect(alert).toHaveTextContent(en.saveErrors[reason].body);
      // The person never typed their saved progress: the explanation does not speak of a code.
      expect(alert.textContent).not.toMatch(/\bcode\b/i);
      await user.click(within(alert).getByRole('button', { name: en.ui.guide.startFresh }));
      expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expectStartPage();
    },
  );

  it('is explained as too large, not as a step that no longer exists', async () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ ...good, stepId: 'x'.repeat(4_000_000) }));
    await renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en.saveErrors.tooLarge.title);
    expect(alert).not.toHaveTextContent(en.saveErrors.unknownStep.title);
    expect(alert).not.toHaveTextContent(en.decodeErrors.unknownStep.title);
  });
});

describe('a share code typed in', () => {
  it.each([
    ['too long', 'x'.repeat(120), 'tooLarge'],
    // The right shape and check, but a position past the end of its journey.
    ['out of range', encodeShareCode({ ...(good as SavedProgress), journeyIndex: 99 }), 'invalidValue'],
  ] as const)(
    'is refused with a message about the code when %s, not about saved progress',
    async (_l, code, reason) => {
      const { user } = await renderApp();
      await user.click(await openCodeBox(user));
      await user.paste(code);
      await user.click(screen.getByRole('button', { name: en.ui.guide.resumeButton }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(en.decodeErrors[reason].title);
      expect(alert.textContent).not.toMatch(/saved progress/i);
      // What was typed stays, to be corrected.
      expect(screen.getByLabelText(en.ui.guide.resumeLabel)).toHaveValue(code);
    },
  );
});

describe('a remembered language that is not one', () => {
  it.each(['toString', '__proto__', 'constructor', 'valueOf', 'klingon', '', '{"en":1}', 'x'.repeat(10_000)])(
    'leaves the normal page in the browser language (%j)',
    async (stored) => {
      localStorage.setItem(LOCALE_KEY, stored);
      await openApp();
      expectStartPage();
      expect(document.documentElement.lang).toBe('en');
    },
  );
});

describe('a remembered theme that is not one', () => {
  it.each(['toString', '__proto__', 'purple', '', 'x'.repeat(10_000)])(
    'leaves the normal page following the device (%j)',
    async (stored) => {
      localStorage.setItem(THEME_KEY, stored);
      await openApp();
      expectStartPage();
      expect(document.documentElement.dataset.theme).toBeUndefined();
    },
  );
});

describe('storage that cannot be used', () => {
  const blocked = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };

  it('leaves the normal page when every read and write throws', async () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(good));
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(blocked);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(blocked);
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(blocked);
    await openApp();
    expectStartPage();
  });

  it('leaves the normal page when even reaching localStorage throws', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', { configurable: true, get: blocked });
    try {
      await openApp();
      expectStartPage();
    } finally {
      if (own) Object.defineProperty(window, 'localStorage', own);
    }
  });
});
