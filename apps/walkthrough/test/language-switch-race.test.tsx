import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadContent, loadPageContent } from '@eulogin-coach/content';
import { resolveContent } from '@eulogin-coach/content/eager';
import type { Locale } from '@eulogin-coach/content';
import { App } from '../src/App.js';
import { createRehearsal } from '../src/effects/rehearsal.js';
import type { TextSource } from '../src/i18n/content-context.js';
import { en, startJourney } from './helpers.js';

const pt = resolveContent('pt');

/** Texts that arrive only when the test lets them, to play out a slow network in a chosen order. */
function heldTexts() {
  const held = new Map<string, { promise: Promise<void>; release: () => void }>();
  const hold = (key: string) => {
    let release = () => undefined as void;
    const promise = new Promise<void>((resolve) => (release = resolve));
    held.set(key, { promise, release });
  };
  const wait = (key: string) => held.get(key)?.promise ?? Promise.resolve();
  const source: TextSource = {
    page: (locale: Locale) => wait(`page ${locale}`).then(() => loadPageContent(locale)),
    full: (locale: Locale) => wait(`full ${locale}`).then(() => loadContent(locale)),
  };
  const release = (key: string) =>
    act(async () => {
      held.get(key)?.release();
      await held.get(key)?.promise;
    });
  return { source, hold, release };
}

describe('switching the page language while texts are still on their way', () => {
  it('keeps the rehearsal and what was typed, and shows one language at a time', async () => {
    const texts = heldTexts();
    const rehearsal = createRehearsal({ seed: 7 });
    await rehearsal.world.load();
    const user = userEvent.setup();
    texts.hold('full en');
    texts.hold('page pt');
    texts.hold('full pt');
    render(
      <StrictMode>
        <App rehearsal={rehearsal} locale="en" texts={texts.source} />
      </StrictMode>,
    );
    await screen.findByRole('banner');
    await startJourney(user, 'fullSetup');
    await user.selectOptions(screen.getByLabelText(en.ui.app.languageLabel), 'pt');

    // The English steps' texts arrive first: the rehearsal starts in English, and the person types.
    await texts.release('full en');
    await screen.findByRole('heading', { level: 2, name: en.steps['signIn.email'].title });
    const enPc = within(screen.getByRole('region', { name: en.ui.app.surfaceNames.pc }));
    await user.clear(enPc.getByLabelText(en.fields.email.label));
    await user.type(enPc.getByLabelText(en.fields.email.label), 'ana@example.org');

    // Portuguese page texts alone do not switch the page: the steps' texts are still missing.
    await texts.release('page pt');
    expect(screen.getByRole('heading', { level: 2, name: en.steps['signIn.email'].title })).toBeInTheDocument();
    expect(enPc.getByLabelText(en.fields.email.label)).toHaveValue('ana@example.org');

    await texts.release('full pt');
    await screen.findByRole('heading', { level: 2, name: pt.steps['signIn.email'].title });
    const ptPc = within(screen.getByRole('region', { name: pt.ui.app.surfaceNames.pc }));
    expect(ptPc.getByLabelText(pt.fields.email.label)).toHaveValue('ana@example.org');
  });
});
