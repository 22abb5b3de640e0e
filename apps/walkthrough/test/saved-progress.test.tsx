import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PROGRESS_KEY } from '../src/persist/local-progress.js';
import { atStep, en, renderApp } from './helpers.js';

describe('saved progress', () => {
  it('explains a corrupt save and offers a fresh start, without crashing', async () => {
    localStorage.setItem(PROGRESS_KEY, '{"v":1,"stepId":"nope"');
    const { user } = await renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en.saveErrors.malformed.title);
    expect(alert).toHaveTextContent(en.saveErrors.malformed.body);
    await user.click(screen.getByRole('button', { name: en.ui.guide.startFresh }));
    expect(screen.queryByText(en.saveErrors.malformed.title)).not.toBeInTheDocument();
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: en.ui.picker.heading })).toBeInTheDocument();
  });

  it('explains a save from an unknown step', async () => {
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ v: 1, stepId: 'nope', journey: null, journeyIndex: 0, whatIfs: [], email: null, phone: {} }),
    );
    await renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(en.saveErrors.unknownStep.title);
  });

  it('resumes a good save where it left off', async () => {
    const phone = {
      app: 'notInstalled',
      notifications: 'unknown',
      camera: 'unknown',
      screenLock: true,
      appInForeground: true,
      online: true,
    };
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        v: 1,
        stepId: 'register.form',
        journey: 'fullSetup',
        journeyIndex: 1,
        whatIfs: [],
        email: null,
        phone,
      }),
    );
    await renderApp();
    await atStep('register.form');
    expect(screen.getByText(en.notices.resumed)).toBeInTheDocument();
  });
});
