import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { format, loadHelpContent } from '@eulogin-coach/content';
import { PROGRESS_KEY } from '../src/persist/local-progress.js';
import { renderAppAt } from './console-helpers.js';
import { atGuideStep, startGuideJourney } from './guide-mode-helpers.js';
import { en, guide } from './helpers.js';

type User = Awaited<ReturnType<typeof renderAppAt>>['user'];

const startButton = (journey: keyof typeof en.journeys) =>
  screen.findByRole('button', { name: format(en.ui.picker.startJourney, { journey: en.journeys[journey].title }) });

async function chooseMode(user: User, name: string) {
  const choice = within(screen.getByRole('group', { name: en.ui.modeChoice.legend }));
  await user.click(choice.getByRole('button', { name }));
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('a share code in the address is used once', () => {
  it('is not applied again after switching to guide mode and back', async () => {
    const { user } = await renderAppAt('?mode=rehearse&code=2HA1-B0HW-6FR');
    await screen.findByRole('heading', { level: 2, name: en.steps['device.addForm'].title }, { timeout: 20_000 });
    expect(window.location.search).toBe('?mode=rehearse');

    // Back to the start page, then to guide mode: it opens on its journey list, not at the code's step.
    await user.click(guide().getByRole('button', { name: en.ui.guide.restart }));
    await user.click(guide().getByRole('button', { name: en.ui.guide.restartConfirmYes }));
    await startButton('fullSetup');
    await chooseMode(user, en.ui.modeChoice.guide);
    await screen.findByRole('heading', { level: 2, name: en.guideMode.journeysHeading }, { timeout: 10_000 });
    await startGuideJourney(user, 'forgotPassword');
    await atGuideStep('signIn.email');
    expect(screen.queryByRole('heading', { level: 2, name: en.steps['device.addForm'].title })).toBeNull();
  });

  it('is not applied again when the rehearsal opens anew after a mode switch', async () => {
    const { user } = await renderAppAt('?mode=rehearse&code=2HA1-B0HW-6FR');
    await screen.findByRole('heading', { level: 2, name: en.steps['device.addForm'].title }, { timeout: 20_000 });
    await user.click(guide().getByRole('button', { name: en.ui.guide.restart }));
    await user.click(guide().getByRole('button', { name: en.ui.guide.restartConfirmYes }));
    await startButton('fullSetup');
    await chooseMode(user, en.ui.modeChoice.guide);
    await screen.findByRole('heading', { level: 2, name: en.guideMode.journeysHeading }, { timeout: 10_000 });
    await chooseMode(user, en.ui.modeChoice.rehearse);
    // The start page again, and what the person picks there is what starts.
    await user.click(await startButton('forgotPassword'));
    await screen.findByRole('heading', { level: 2, name: en.steps['signIn.email'].title }, { timeout: 10_000 });
    expect(screen.queryByRole('heading', { level: 2, name: en.steps['device.addForm'].title })).toBeNull();
  });

  it('"Rehearse this" starts its journey once: after a mode switch the start page is back', async () => {
    const { user } = await renderAppAt('?view=help');
    const help = await loadHelpContent('en');
    const noMail = within(await screen.findByRole('article', { name: help.faq['no-confirmation-mail'].question }));
    await user.click(noMail.getByRole('button', { name: /^Rehearse this:/ }));
    await screen.findByRole('heading', { level: 2, name: en.steps['signIn.email'].title }, { timeout: 20_000 });
    await user.click(guide().getByRole('button', { name: en.ui.guide.restart }));
    await user.click(guide().getByRole('button', { name: en.ui.guide.restartConfirmYes }));
    await startButton('fullSetup');
    await chooseMode(user, en.ui.modeChoice.guide);
    await screen.findByRole('heading', { level: 2, name: en.guideMode.journeysHeading }, { timeout: 10_000 });
    await chooseMode(user, en.ui.modeChoice.rehearse);
    await user.click(await startButton('forgotPassword'));
    await screen.findByRole('heading', { level: 2, name: en.steps['signIn.email'].title }, { timeout: 10_000 });
    // The journey picked here, not the one "Rehearse this" started (with its what-if on).
    await waitFor(() => {
      const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}') as { journey?: string; whatIfs?: string[] };
      expect(saved).toMatchObject({ journey: 'forgotPassword', whatIfs: [] });
    });
  });
});
