import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JOURNEY_IDS } from '@eulogin-coach/machine/registry';
import { PROGRESS_KEY } from '../src/persist/local-progress.js';
import { atStep, en, guide, openCodeBox, renderApp, startJourney } from './helpers.js';

describe('journey picker', () => {
  it('lists every journey with its title and description', async () => {
    await renderApp();
    expect(screen.getByRole('heading', { level: 2, name: en.ui.picker.heading })).toBeInTheDocument();
    for (const journey of JOURNEY_IDS) {
      const card = screen.getByRole('article', { name: en.journeys[journey].title });
      expect(within(card).getByText(en.journeys[journey].description)).toBeInTheDocument();
    }
  });

  it('starts the chosen journey with the what-ifs switched on', async () => {
    const { user } = await renderApp();
    await startJourney(user, 'fullSetup', ['mailInSpam']);
    const heading = await atStep('signIn.email');
    // Focus moves in an effect once the new step has rendered.
    await waitFor(() => expect(heading).toHaveFocus());
    expect(guide().getByText(en.steps['signIn.email'].body)).toBeInTheDocument();
    // The position is saved on each step change, with the what-ifs chosen.
    const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}') as { stepId?: string; whatIfs?: string[] };
    expect(saved.stepId).toBe('signIn.email');
    expect(saved.whatIfs).toEqual(['mailInSpam']);
  });

  it('keeps the "I have a code" box open, with its form, while a code is typed, cleared and typed again', async () => {
    const { user } = await renderApp();
    const box = screen.getByText(en.ui.start.haveCode).closest('details');
    // Closed at first, and its form is not there yet (it downloads once the page is idle, or when the box opens).
    expect(box).not.toHaveAttribute('open');
    expect(screen.queryByLabelText(en.ui.guide.resumeLabel)).not.toBeInTheDocument();
    const field = await openCodeBox(user);
    await user.type(field, 'AB');
    await user.clear(field);
    expect(box).toHaveAttribute('open');
    expect(field).toBeInTheDocument();
    expect(field).toHaveFocus();
    await user.type(field, '2HA1');
    expect(screen.getByLabelText(en.ui.guide.resumeLabel)).toHaveValue('2HA1');
    // The person can still close it; opening it again shows what they typed.
    await user.click(screen.getByText(en.ui.start.haveCode));
    expect(box).not.toHaveAttribute('open');
    await user.click(screen.getByText(en.ui.start.haveCode));
    expect(screen.getByLabelText(en.ui.guide.resumeLabel)).toHaveValue('2HA1');
  });
});
