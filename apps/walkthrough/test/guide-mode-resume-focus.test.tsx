import { StrictMode } from 'react';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../src/App.js';
import { atGuideStep, clickChoice, plannedRun, renderGuideMode, startGuideJourney } from './guide-mode-helpers.js';
import { en } from './helpers.js';

describe('guide mode carrying on from a save', () => {
  it('leaves focus at the top of the page on load, and moves it to the new step only once the person answers', async () => {
    const { user } = await renderGuideMode();
    await startGuideJourney(user, 'fullSetup');
    const run = await plannedRun('fullSetup');
    const [first, second] = run;
    if (!first || !second) throw new Error('the journey has too few steps');
    await atGuideStep('signIn.email');
    await clickChoice(user, first.choice);
    await atGuideStep(first.then);
    cleanup();

    // The page loads again and carries on from the save.
    window.history.replaceState(null, '', '/?mode=guide');
    const again = userEvent.setup();
    render(
      <StrictMode>
        <App locale="en" />
      </StrictMode>,
    );
    const heading = await atGuideStep(first.then);
    expect(heading).not.toHaveFocus();
    expect(document.activeElement).toBe(document.body);

    await clickChoice(again, second.choice);
    const next = await atGuideStep(second.then);
    await waitFor(() => expect(next).toHaveFocus());
    expect(screen.getByRole('heading', { level: 2, name: en.steps[second.then].title })).toBe(next);
  });
});
