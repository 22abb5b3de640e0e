import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BOOT_TEXTS, loadContent, loadPageContent } from '@eulogin-coach/content';
import { resolveContent } from '@eulogin-coach/content/eager';
import type { Locale } from '@eulogin-coach/content';
import { App } from '../src/App.js';
import { createRehearsal } from '../src/effects/rehearsal.js';
import type { TextSource } from '../src/i18n/content-context.js';
import { atStep, en, pc, reachRegistration } from './helpers.js';

const pt = resolveContent('pt');
const de = resolveContent('de');

/** Texts whose download fails for the locales listed in `offline`, until they are taken out of it. */
function flakyTexts(...offline: Locale[]) {
  const down = new Set<Locale>(offline);
  const requests: Locale[] = [];
  const refuse = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  const source: TextSource = {
    page: (locale) => {
      requests.push(locale);
      return down.has(locale) ? refuse() : loadPageContent(locale);
    },
    full: (locale) => (down.has(locale) ? refuse() : loadContent(locale)),
  };
  return { source, requests, reconnect: (locale: Locale) => down.delete(locale) };
}

async function renderWith(texts: TextSource, locale: Locale) {
  const rehearsal = createRehearsal({ seed: 7 });
  await rehearsal.world.load();
  const user = userEvent.setup();
  render(
    <StrictMode>
      <App rehearsal={rehearsal} locale={locale} texts={texts} />
    </StrictMode>,
  );
  return user;
}

describe('when texts cannot be downloaded', () => {
  it.each(['en', 'pt', 'de'] as const)(
    'explains a failed first load in %s instead of a blank page, and starts once the texts arrive',
    async (locale) => {
      const texts = flakyTexts(locale);
      const user = await renderWith(texts.source, locale);
      const boot = BOOT_TEXTS[locale];
      const heading = await screen.findByRole('heading', { level: 1, name: boot.heading });
      await waitFor(() => expect(heading).toHaveFocus());
      expect(screen.getByText(boot.body)).toBeInTheDocument();

      // Still offline: trying again really asks again, and focus comes back to the explanation, read out anew.
      const asked = texts.requests.length;
      await user.click(screen.getByRole('button', { name: boot.retry }));
      await waitFor(() => expect(texts.requests.length).toBeGreaterThan(asked));
      await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: boot.heading })).toHaveFocus());
      expect(screen.getByRole('button', { name: boot.retry })).not.toHaveAttribute('aria-disabled', 'true');
      expect(screen.queryByRole('banner')).not.toBeInTheDocument();

      texts.reconnect(locale);
      await user.click(screen.getByRole('button', { name: boot.retry }));
      const content = { en, pt, de }[locale];
      expect(await screen.findByRole('heading', { name: content.ui.picker.heading })).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: boot.heading })).not.toBeInTheDocument();
    },
  );

  it('loads the page afresh when trying again in place fails, as a browser that remembers a failed download needs', async () => {
    const texts = flakyTexts('en');
    let reloads = 0;
    const user = await renderWith({ ...texts.source, reload: () => (reloads += 1) }, 'en');
    const boot = BOOT_TEXTS.en;
    await screen.findByRole('heading', { level: 1, name: boot.heading });
    expect(reloads).toBe(0);
    await user.click(screen.getByRole('button', { name: boot.retry }));
    await waitFor(() => expect(reloads).toBe(1));
  });

  it('loads the page afresh when trying the help texts again in place fails too (help centre)', async () => {
    let reloads = 0;
    const source: TextSource = {
      page: (locale) => loadPageContent(locale),
      full: (locale) => loadContent(locale),
      help: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      reload: () => (reloads += 1),
    };
    window.history.replaceState(null, '', '/?view=help');
    try {
      const user = await renderWith(source, 'en');
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(en.helpCentre.loadFailed);
      expect(reloads).toBe(0);
      // The person's retry fails in place: the page is loaded afresh rather than failing the same way again.
      await user.click(within(alert).getByRole('button', { name: en.helpCentre.retry }));
      await waitFor(() => expect(reloads).toBe(1));
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('does not load the page afresh when a later language switch fails, after a retry that worked', async () => {
    const texts = flakyTexts('en', 'pt');
    let reloads = 0;
    const user = await renderWith({ ...texts.source, reload: () => (reloads += 1) }, 'en');
    await screen.findByRole('heading', { level: 1, name: BOOT_TEXTS.en.heading });
    texts.reconnect('en');
    await user.click(screen.getByRole('button', { name: BOOT_TEXTS.en.retry }));
    expect(await screen.findByRole('heading', { name: en.ui.picker.heading })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(en.ui.app.languageLabel), 'pt');
    expect(await screen.findByRole('alert')).toHaveTextContent(en.ui.app.languageFailed);
    expect(reloads).toBe(0);
  });

  it('says a chosen language failed to arrive, keeps the page and what was typed, and lets the person choose again', async () => {
    const texts = flakyTexts('pt');
    const user = await renderWith(texts.source, 'en');
    await screen.findByRole('banner');
    await reachRegistration(user, 'ana@example.org');
    await user.type(pc().getByLabelText(en.fields.firstName.label), 'Ana');

    const language = screen.getByLabelText(en.ui.app.languageLabel);
    await user.selectOptions(language, 'pt');
    const first = await screen.findByRole('alert');
    expect(first).toHaveTextContent(en.ui.app.languageFailed);
    // A second failure is a new alert, so it is announced again.
    await user.selectOptions(language, 'pt');
    await waitFor(() => expect(screen.getByRole('alert')).not.toBe(first));
    expect(screen.getByRole('alert')).toHaveTextContent(en.ui.app.languageFailed);
    expect(language).toHaveValue('en');
    await atStep('register.form');
    expect(pc().getByLabelText(en.fields.firstName.label)).toHaveValue('Ana');

    texts.reconnect('pt');
    await user.selectOptions(language, 'pt');
    await screen.findByRole('heading', { level: 2, name: pt.steps['register.form'].title });
    expect(screen.queryByText(pt.ui.app.languageFailed)).not.toBeInTheDocument();
    const ptPc = within(screen.getByRole('region', { name: pt.ui.app.surfaceNames.pc }));
    expect(ptPc.getByLabelText(pt.fields.firstName.label)).toHaveValue('Ana');
  });
});
