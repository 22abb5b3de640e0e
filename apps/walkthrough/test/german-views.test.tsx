import { StrictMode } from 'react';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadHelpContent } from '@eulogin-coach/content';
import { resolveContent } from '@eulogin-coach/content/eager';
import { App } from '../src/App.js';

const de = resolveContent('de');

afterEach(() => window.history.replaceState(null, '', '/'));

/** The whole app in German, opened at `search` as a browser would. */
async function renderGermanAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  render(
    <StrictMode>
      <App locale="de" />
    </StrictMode>,
  );
  const banner = await screen.findByRole('banner');
  expect(within(banner).getByLabelText(de.ui.app.languageLabel)).toHaveValue('de');
}

describe('the app in German', () => {
  it('shows the helpdesk console in German', async () => {
    await renderGermanAt('?view=console');
    expect(await screen.findByRole('heading', { name: de.console.title })).toBeInTheDocument();
    const script = within(await screen.findByRole('region', { name: de.console.regions.script }));
    expect(script.getByText(de.console.chooseJourney.heading)).toBeInTheDocument();
    expect(script.getByRole('button', { name: de.console.chooseJourney.start })).toBeInTheDocument();
    expect(script.getByRole('option', { name: de.journeys.fullSetup.title })).toBeInTheDocument();
  });

  it('shows the help centre in German, with the German FAQ and its Europass section', async () => {
    const help = await loadHelpContent('de');
    await renderGermanAt('?view=help');
    expect(await screen.findByRole('heading', { level: 2, name: de.helpCentre.heading })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: de.helpCentre.sections.europass.heading })).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: help.faq['lost-phone'].question })).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: help.faq['europass-cefr'].question })).toBeInTheDocument();
  });

  it('shows guide mode in German', async () => {
    await renderGermanAt('?mode=guide');
    expect(
      await screen.findByRole('heading', { level: 2, name: de.guideMode.journeysHeading }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });
});
