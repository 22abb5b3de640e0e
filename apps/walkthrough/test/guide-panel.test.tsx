import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JOURNEYS } from '@eulogin-coach/machine/registry';
import { decodeShareCode } from '@eulogin-coach/machine/persist';
import { atStep, en, guide, pc, renderApp, startJourney } from './helpers.js';

describe('guide panel', () => {
  it('shows step N of M, where to act, the what-ifs of the step, and Back', async () => {
    const { user, world } = await renderApp();
    await startJourney(user, 'fullSetup');
    await atStep('signIn.email');
    const total = JOURNEYS.fullSetup.path.length;
    expect(guide().getByText(`Step 1 of ${total}`)).toBeInTheDocument();
    expect(guide().getByRole('progressbar', { name: en.ui.guide.progressLabel })).toBeInTheDocument();
    expect(guide().getByText(en.ui.guide.actOn.replace('{surface}', en.surfaces.pc))).toBeInTheDocument();
    expect(guide().getByRole('button', { name: en.ui.guide.back })).toBeDisabled();
    expect(guide().getByText(world.persona.password)).toBeInTheDocument();

    await user.click(guide().getByText(en.ui.guide.whatCanGoWrong));
    expect(guide().getByRole('heading', { name: en.whatIfs.unknownEmail.label })).toBeInTheDocument();
    expect(guide().getByText(en.whatIfs.unknownEmail.fix)).toBeInTheDocument();

    // The prepared world fills in the person's address, as EU Login remembers it.
    expect(pc().getByLabelText(en.fields.email.label)).toHaveValue(world.persona.email);
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.next }));
    await atStep('signIn.userNotFound');
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.createAccount }));
    await atStep('register.form');
    expect(guide().getByText(`Step 2 of ${total}`)).toBeInTheDocument();
    await user.click(guide().getByRole('button', { name: en.ui.guide.back }));
    await atStep('signIn.userNotFound');
  });

  it('gives the person a share code for where they are, to read to a helpdesk agent', async () => {
    const { user } = await renderApp();
    await startJourney(user, 'signInAppQr');
    await atStep('signIn.email');
    await user.click(guide().getByText(en.ui.guide.share));
    const code = guide().getByRole('status', { name: en.ui.guide.shareCodeLabel });
    const decoded = decodeShareCode(code.textContent);
    expect(decoded.ok && decoded.value.stepId).toBe('signIn.email');
    expect(decoded.ok && decoded.value.journey).toBe('signInAppQr');
  });

  it('restarts after a confirmation, back to the journey list', async () => {
    const { user } = await renderApp();
    await startJourney(user, 'signInAppQr');
    await atStep('signIn.email');
    await user.click(guide().getByRole('button', { name: en.ui.guide.restart }));
    expect(guide().getByRole('button', { name: en.ui.guide.restartConfirmNo })).toHaveFocus();
    await user.click(guide().getByRole('button', { name: en.ui.guide.restartConfirmYes }));
    const heading = await screen.findByRole('heading', { level: 2, name: en.ui.picker.heading });
    // Focus moves in an effect once the picker has rendered.
    await waitFor(() => expect(heading).toHaveFocus());
  });
});
