import { StrictMode } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../src/App.js';
import { createRehearsal } from '../src/effects/rehearsal.js';
import { WORLD_KEY } from '../src/effects/world-store.js';
import { PROGRESS_KEY } from '../src/persist/local-progress.js';
import { atStep, en, guide, openCodeBox, pc, renderApp, startJourney } from './helpers.js';

type User = ReturnType<typeof userEvent.setup>;

const WRONG = 'Not-the-one-1';

async function typePassword(user: User, password: string) {
  const field = pc().getByLabelText(en.fields.password.label, { selector: 'input[type=password]' });
  await user.clear(field);
  await user.type(field, password);
  await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.signIn }));
}

/** From the sign-in page's address to the lockout, with wrong passwords. */
async function lockOut(user: User) {
  await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.next }));
  await atStep('signIn.password');
  for (let i = 0; i < 5; i++) await typePassword(user, WRONG);
  await atStep('signIn.locked');
}

/** The lockout as the simulated EU Login page shows it. */
function expectLockout() {
  expect(pc().getByRole('heading', { name: en.ui.pc.signIn.lockedHeading })).toBeInTheDocument();
  expect(pc().getByText(en.ui.pc.signIn.locked.replace('{minutes}', '15'))).toBeInTheDocument();
}

/** A new page: a new rehearsal that finds what the browser kept. */
async function reload(unmount: () => void) {
  unmount();
  const rehearsal = createRehearsal({ randomSeed: () => 99 });
  render(
    <StrictMode>
      <App rehearsal={rehearsal} locale="en" />
    </StrictMode>,
  );
  await screen.findByRole('banner');
}

describe('a lockout lasts the whole rehearsal', () => {
  it('Restart and the same journey: the right password still meets the lockout', async () => {
    const { user, world } = await renderApp();
    await startJourney(user, 'signInAppPin');
    await atStep('signIn.email');
    await lockOut(user);
    await user.click(guide().getByRole('button', { name: en.ui.guide.restart }));
    await user.click(guide().getByRole('button', { name: en.ui.guide.restartConfirmYes }));
    await screen.findByRole('heading', { level: 2, name: en.ui.picker.heading });
    await startJourney(user, 'signInAppPin');
    await atStep('signIn.email');
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.next }));
    await atStep('signIn.password');
    await typePassword(user, world.persona.password);
    await atStep('signIn.locked');
    expectLockout();
  });

  it('a share code resumed after a page load: the right password still meets the lockout', async () => {
    const { user, world, unmount } = await renderApp();
    await startJourney(user, 'signInAppPin');
    await atStep('signIn.email');
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.next }));
    await atStep('signIn.password');
    await user.click(guide().getByText(en.ui.guide.share));
    const code = guide().getByRole('status', { name: en.ui.guide.shareCodeLabel }).textContent ?? '';
    for (let i = 0; i < 5; i++) await typePassword(user, WRONG);
    await atStep('signIn.locked');

    // Only the share code: the saved position is gone (another tab, or it was dismissed); the world is not.
    localStorage.removeItem(PROGRESS_KEY);
    await reload(unmount);
    await user.type(await openCodeBox(user), code);
    await user.click(screen.getByRole('button', { name: en.ui.guide.resumeButton }));
    await atStep('signIn.password');
    await typePassword(user, world.persona.password);
    await atStep('signIn.locked');
    expectLockout();
  });

  it('a page load resumes the saved lockout page with the lockout as it was', async () => {
    const { user, unmount } = await renderApp();
    await startJourney(user, 'signInAppPin');
    await atStep('signIn.email');
    await lockOut(user);
    await reload(unmount);
    await atStep('signIn.locked');
    expectLockout();
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.tryAgain }));
    await atStep('signIn.password');
    await typePassword(user, 'Quiet-Harbour-42');
    await atStep('signIn.locked');
  });
});

describe('a corrupt or foreign world in storage', () => {
  it.each([
    ['not JSON', '{"v":1,"seed":'],
    ['the wrong types', JSON.stringify({ v: 1, seed: 'seven', ledger: { worlds: 0, accounts: {} } })],
    [
      'a lockout that is not a time',
      JSON.stringify({ v: 1, seed: 7, ledger: { worlds: 0, accounts: { x: { lockedUntil: 'never' } } } }),
    ],
    ['another version', JSON.stringify({ v: 9, seed: 7, ledger: { worlds: 0, accounts: {} } })],
    ['far too long', `{"v":1,"seed":7,"pad":"${'x'.repeat(200_000)}"}`],
  ])('%s: a clean rehearsal starts, and a good world replaces it', async (_, stored) => {
    localStorage.setItem(WORLD_KEY, stored);
    const { user, world } = await renderApp();
    await startJourney(user, 'signInAppPin');
    await atStep('signIn.email');
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.next }));
    await atStep('signIn.password');
    await typePassword(user, world.persona.password);
    await atStep('signIn.appPin');
    const kept = JSON.parse(localStorage.getItem(WORLD_KEY) ?? 'null') as { v: number; seed: number };
    expect(kept).toMatchObject({ v: 1, seed: 7 });
  });
});
