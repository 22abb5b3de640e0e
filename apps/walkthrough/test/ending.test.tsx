import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { atStep, en, renderApp, startJourney } from './helpers.js';

type User = Awaited<ReturnType<typeof renderApp>>['user'];

async function jump(user: User, stepId: string) {
  const helpdesk = within(screen.getByRole('complementary', { name: en.ui.app.helpdeskRegion }));
  await user.click(helpdesk.getByRole('button', { name: en.ui.helpdesk.toggle }));
  await user.selectOptions(await helpdesk.findByLabelText(en.ui.helpdesk.jumpLabel), stepId);
  await user.click(helpdesk.getByRole('button', { name: en.ui.helpdesk.jumpButton }));
  await user.click(helpdesk.getByRole('button', { name: en.ui.helpdesk.toggle }));
}

describe('the ending of the set-up', () => {
  it('nudges to add a second way in, each link starting the rehearsal of adding it', async () => {
    const { user } = await renderApp();
    await startJourney(user, 'fullSetup');
    await atStep('signIn.email');
    await jump(user, 'signIn.done');
    const ending = within(await screen.findByRole('region', { name: en.ui.ending.heading }));
    const nudge = within(ending.getByRole('region', { name: en.ui.ending.secondHeading }));
    expect(nudge.getByRole('button', { name: en.ui.ending.eid })).toBeInTheDocument();
    await user.click(nudge.getByRole('button', { name: en.ui.ending.securityKey }));
    // The security-key rehearsal that adds a key, then signs in with it.
    expect(await atStep('noSmartphone.options')).toBeInTheDocument();
  });
});
