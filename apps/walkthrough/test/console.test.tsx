import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeShareCode } from '@eulogin-coach/react';
import { en } from './helpers.js';
import { chooseJourney, consoleAt, position, renderAppAt, renderConsole, script } from './console-helpers.js';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the helpdesk console', () => {
  it('opens at ?view=console, follows the task the agent chooses and shows where the caller is', async () => {
    const { user } = await renderAppAt('?view=console');
    expect(await screen.findByRole('heading', { name: en.console.title }, { timeout: 5000 })).toBeInTheDocument();
    await chooseJourney(user, 'signInAppPin');
    await consoleAt('signIn.email');
    expect(position().getByText(en.journeys.signInAppPin.title)).toBeInTheDocument();
    expect(script().getByText(en.steps['signIn.email'].helpdesk.ask[0] ?? '')).toBeInTheDocument();
    const code = position().getByRole('status', { name: en.console.code.heading });
    const decoded = decodeShareCode(code.textContent);
    expect(decoded.ok && decoded.value.stepId).toBe('signIn.email');
  });
});
