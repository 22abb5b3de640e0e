import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { format, loadHelpContent } from '@eulogin-coach/content';
import { PROGRESS_KEY } from '../src/persist/local-progress.js';
import { StrictMode } from 'react';
import { render } from '@testing-library/react';
import { App } from '../src/App.js';
import { atGuideStep } from './guide-mode-helpers.js';
import { atStep, en, guide, renderApp, startJourney } from './helpers.js';

afterEach(() => window.history.replaceState(null, '', '/'));

const texts = en.helpCentre;

async function openHelpCentre(hash = '') {
  window.history.replaceState(null, '', `/?view=help${hash}`);
  const app = await renderApp();
  await screen.findByRole('heading', { level: 2, name: texts.heading });
  await screen.findByRole('searchbox', { name: texts.searchLabel });
  return app;
}

async function entry(question: string) {
  return within(await screen.findByRole('article', { name: question }));
}

describe('the help centre', () => {
  it('"Rehearse this" starts the matching journey with its what-if switched on', async () => {
    const { user } = await openHelpCentre();
    const help = await loadHelpContent('en');
    const noMail = await entry(help.faq['no-confirmation-mail'].question);
    await user.click(noMail.getByRole('button', { name: /^Rehearse this:/ }));
    await atStep('signIn.email');
    expect(window.location.search).toBe('?mode=rehearse');
    await waitFor(() => {
      const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}') as { journey?: string; whatIfs?: string[] };
      expect(saved.whatIfs).toEqual(['mailInSpam']);
    });
    // The what-if is on in the guide's list for this journey.
    expect(guide().getByText(en.steps['signIn.email'].body)).toBeInTheDocument();
    // The browser's Back returns to the help centre the address names again.
    window.history.back();
    expect(
      await screen.findByRole('heading', { level: 4, name: help.faq['no-confirmation-mail'].question }),
    ).toBeInTheDocument();
  });

  it('opens at the entry an address names, and offers guide mode and a link to copy', async () => {
    await openHelpCentre('#lost-phone');
    const help = await loadHelpContent('en');
    const question = help.faq['lost-phone'].question;
    const heading = await screen.findByRole('heading', { level: 4, name: question });
    await waitFor(() => expect(heading).toHaveFocus());
    const lost = await entry(question);
    const guideMe = lost.getByRole('link', { name: format(texts.guideMeLabel, { question }) });
    expect(guideMe).toHaveAttribute('href', '?mode=guide&journey=lostPhone');
    expect(lost.getByRole('button', { name: format(texts.copyLinkLabel, { question }) })).toBeInTheDocument();
  });

  it('"Guide me" opens guide mode at the entry’s journey', async () => {
    window.history.replaceState(null, '', '/?mode=guide&journey=lostPhone');
    render(
      <StrictMode>
        <App locale="en" />
      </StrictMode>,
    );
    await atGuideStep('recovery.options');
    // Used once: a reload carries on from where the person got to instead of starting the journey over.
    expect(new URLSearchParams(window.location.search).get('journey')).toBeNull();
    expect(new URLSearchParams(window.location.search).get('mode')).toBe('guide');
  });

  it('holds the Europass questions in their own section, without a rehearsal', async () => {
    await openHelpCentre();
    const help = await loadHelpContent('en');
    const section = within(screen.getByRole('region', { name: texts.sections.europass.heading }));
    const cefr = within(section.getByRole('article', { name: help.faq['europass-cefr'].question }));
    expect(cefr.queryByRole('button', { name: /^Rehearse this/ })).toBeNull();
    expect(cefr.getByRole('button', { name: /^Copy a link/ })).toBeInTheDocument();
  });

  it('searches in any language and links to the best answers', async () => {
    const { user } = await openHelpCentre();
    const help = await loadHelpContent('en');
    await user.type(screen.getByRole('searchbox', { name: texts.searchLabel }), 'perdi o telemovel');
    const results = within(await screen.findByRole('region', { name: texts.resultsHeading }));
    const first = results.getAllByRole('link')[0];
    expect(first).toHaveTextContent(help.faq['lost-phone'].question);
    expect(first).toHaveAttribute('href', '#lost-phone');
  });

  it('is linked from the header and the start page', async () => {
    await renderApp();
    expect(screen.getByRole('link', { name: en.ui.app.helpCentreLink })).toHaveAttribute('href', '?view=help');
    expect(screen.getByRole('link', { name: en.ui.app.helpCentreStart })).toHaveAttribute('href', '?view=help');
  });

  it('each step of the rehearsal links to the entries about it', async () => {
    const { user } = await renderApp();
    await startJourney(user, 'fullSetup');
    await atStep('signIn.email');
    const help = await loadHelpContent('en');
    const links = within(await guide().findByRole('navigation', { name: texts.stepLinksHeading }));
    expect(links.getByRole('link', { name: help.faq['already-using-eid'].question })).toHaveAttribute(
      'href',
      '?view=help#already-using-eid',
    );
  });
});
