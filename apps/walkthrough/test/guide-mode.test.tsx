import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { JOURNEYS } from '@eulogin-coach/machine/registry';
import type { JourneyId, StepId } from '@eulogin-coach/react';
import { en, renderApp } from './helpers.js';
import { atGuideStep, clickChoice, plannedRun, renderGuideMode, startGuideJourney } from './guide-mode-helpers.js';
import type { User } from './guide-mode-helpers.js';

const MODE_KEY = 'eulogin-coach.mode';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('the choice of mode on the start page', () => {
  it('offers rehearsing or guide mode, remembers the choice and puts it in the address', async () => {
    const { user } = await renderApp();
    const rehearse = screen.getByRole('button', { name: en.ui.modeChoice.rehearse });
    expect(rehearse).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: en.ui.modeChoice.guide }));
    await screen.findByRole('heading', { level: 2, name: en.guideMode.journeysHeading }, { timeout: 10_000 });
    expect(window.location.search).toBe('?mode=guide');
    expect(localStorage.getItem(MODE_KEY)).toBe('guide');
    expect(screen.getByRole('button', { name: en.ui.modeChoice.guide })).toHaveAttribute('aria-pressed', 'true');
    // The page that had the focus is gone: the new page's heading has it, and announces it.
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: en.guideMode.journeysHeading })).toHaveFocus(),
    );
    // The real thing is not called a rehearsal.
    expect(screen.queryByText(en.ui.app.rehearsalBadge)).not.toBeInTheDocument();
    expect(screen.getByText(en.ui.modeChoice.guideTagline)).toBeInTheDocument();
    // And back to the rehearsal.
    await user.click(screen.getByRole('button', { name: en.ui.modeChoice.rehearse }));
    await screen.findByRole('heading', { level: 2, name: en.ui.picker.heading });
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: en.ui.picker.heading })).toHaveFocus());
    expect(window.location.search).toBe('?mode=rehearse');
    expect(localStorage.getItem(MODE_KEY)).toBe('rehearse');
  });

  it('opens the remembered mode, unless the address names one', async () => {
    localStorage.setItem(MODE_KEY, 'guide');
    const first = await renderApp();
    await screen.findByRole('heading', { level: 2, name: en.guideMode.journeysHeading }, { timeout: 10_000 });
    first.unmount();
    window.history.replaceState(null, '', '/?mode=rehearse');
    await renderApp();
    expect(screen.getByRole('heading', { level: 2, name: en.ui.picker.heading })).toBeInTheDocument();
  });

  it.each([
    ['upper case', 'GUIDE'],
    ['a space after it', 'guide '],
    ['JSON', '{"mode":"guide"}'],
    ['very long', 'x'.repeat(5000)],
  ])('ignores a remembered value that is not exactly a mode: %s', async (_, stored) => {
    localStorage.setItem(MODE_KEY, stored);
    await renderApp();
    expect(screen.getByRole('heading', { level: 2, name: en.ui.picker.heading })).toBeInTheDocument();
  });
});

/** Clicks the planned answers of `journey` until guide mode stands on `stepId`. */
async function answerUntil(user: User, journey: JourneyId, stepId: StepId) {
  await startGuideJourney(user, journey);
  for (const { choice, then } of await plannedRun(journey)) {
    if (screen.queryByRole('heading', { level: 2, name: en.steps[stepId].title })) return;
    await clickChoice(user, choice);
    await atGuideStep(then);
  }
  await atGuideStep(stepId);
}

describe('guide mode: a step of the real set-up', () => {
  it('says what to do on the real EU Login and where, with the assumed notes and the share code', async () => {
    const { user } = await renderGuideMode();
    await answerUntil(user, 'fullSetup', 'register.form');
    const panel = screen.getByRole('region', { name: en.steps['register.form'].title });
    for (const line of en.steps['register.form'].helpdesk.say)
      expect(within(panel).getByText(line)).toBeInTheDocument();
    expect(within(panel).getByText(en.steps['register.form'].assumed ?? '')).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'https://webgate.ec.europa.eu/cas/' })).toBeInTheDocument();
    expect(within(panel).getByText(en.guideMode.shareLabel)).toBeInTheDocument();
    expect(within(panel).getByText(/^[0-9A-Z]{1,4}(-[0-9A-Z]{1,4})+$/)).toBeInTheDocument();
    const total = JOURNEYS.fullSetup.path.length;
    expect(within(panel).getByText(`Step 2 of ${total}`)).toBeInTheDocument();
  });

  it('reports a refused address: the page explains it and the person stays on the form', async () => {
    const { user } = await renderGuideMode();
    await answerUntil(user, 'fullSetup', 'register.form');
    const group = screen.getByRole('group', { name: en.guideMode.actions.submitRegistration });
    await user.click(within(group).getByRole('button', { name: en.guide.registerAccount.answers.disposable }));
    const heading = await atGuideStep('register.form');
    await waitFor(() => expect(heading).toHaveFocus());
    const note = screen.getByRole('region', { name: en.guideMode.reportedHeading });
    expect(within(note).getByText(en.whatIfs.disposableEmail.fix)).toBeInTheDocument();
  });

  it('reports a mail in spam, and then the link that works', async () => {
    const { user } = await renderGuideMode();
    await answerUntil(user, 'fullSetup', 'register.mailSent');
    await user.click(screen.getByRole('button', { name: en.guideMode.actions.mailInSpam }));
    const note = await screen.findByRole('region', { name: en.guideMode.reportedHeading });
    expect(within(note).getByText(en.whatIfs.mailInSpam.fix)).toBeInTheDocument();
    const group = screen.getByRole('group', { name: en.guideMode.actions.openLink });
    await user.click(within(group).getByRole('button', { name: en.guide.openLink.answers.expired }));
    await atGuideStep('register.linkExpired');
  });

  it('follows the app that asks for a screen lock to its detour, and back', async () => {
    const { user } = await renderGuideMode();
    await answerUntil(user, 'fullSetup', 'app.welcome');
    await user.click(screen.getByRole('button', { name: en.guideMode.actions.noScreenLock }));
    await atGuideStep('app.noScreenLock');
    await user.click(screen.getByRole('button', { name: en.guideMode.actions.setScreenLock }));
    await atGuideStep('app.welcome');
  });

  it('goes back a step and starts again', async () => {
    const { user } = await renderGuideMode();
    await answerUntil(user, 'signInAppPin', 'signIn.password');
    await user.click(screen.getByRole('button', { name: en.guideMode.back }));
    await atGuideStep('signIn.email');
    await user.click(screen.getByRole('button', { name: en.guideMode.restart }));
    await screen.findByRole('heading', { level: 2, name: en.guideMode.journeysHeading });
  });

  it('continues from a share code: the same step, for the real set-up', async () => {
    const { user } = await renderGuideMode();
    await answerUntil(user, 'signInAppPin', 'signIn.password');
    const code = screen.getByText(/^[0-9A-Z]{1,4}(-[0-9A-Z]{1,4})+$/).textContent ?? '';
    await user.click(screen.getByRole('button', { name: en.guideMode.restart }));
    await screen.findByRole('heading', { level: 2, name: en.guideMode.journeysHeading });
    await user.type(screen.getByLabelText(en.ui.guide.resumeLabel), code);
    await user.click(screen.getByRole('button', { name: en.ui.guide.resumeButton }));
    await atGuideStep('signIn.password');
  });
});
