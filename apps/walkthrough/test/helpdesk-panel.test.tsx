import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '@eulogin-coach/react';
import { decodeShareCode } from '@eulogin-coach/machine/persist';
import type { StepId } from '@eulogin-coach/react';
import type { UserEvent } from '@testing-library/user-event';
import { format, textParams } from '@eulogin-coach/content';
import { atStep, en, guide, openCodeBox, pc, renderApp, startJourney } from './helpers.js';

function helpdesk() {
  return within(screen.getByRole('complementary', { name: en.ui.app.helpdeskRegion }));
}

/** Opens the helpdesk panel and jumps to `stepId`, as an agent would. */
async function jumpWithPanel(user: UserEvent, stepId: StepId) {
  await user.click(helpdesk().getByRole('button', { name: en.ui.helpdesk.toggle }));
  await user.selectOptions(await helpdesk().findByLabelText(en.ui.helpdesk.jumpLabel), stepId);
  await user.click(helpdesk().getByRole('button', { name: en.ui.helpdesk.jumpButton }));
}

describe('helpdesk panel', () => {
  it('shows the step script, jumps to any step and gives a share code of the position', async () => {
    const { user } = await renderApp();
    await startJourney(user, 'fullSetup');
    await atStep('signIn.email');
    await user.click(helpdesk().getByRole('button', { name: en.ui.helpdesk.toggle }));
    expect(await helpdesk().findByRole('heading', { name: en.ui.helpdesk.askHeading })).toBeInTheDocument();
    const firstQuestion = en.steps['signIn.email'].helpdesk.ask[0] ?? '';
    expect(helpdesk().getByText(firstQuestion)).toBeInTheDocument();
    // The StepId, for second-level support and docs/flows.md, is said to be one (not read out bare).
    expect(helpdesk().getByText(format(en.ui.helpdesk.stepIdLabel, { id: 'signIn.email' }))).toBeInTheDocument();

    const code = helpdesk().getByRole('status', { name: en.ui.helpdesk.shareCodeLabel });
    const decoded = decodeShareCode(code.textContent);
    expect(decoded.ok && decoded.value.stepId).toBe('signIn.email');

    await user.selectOptions(helpdesk().getByLabelText(en.ui.helpdesk.jumpLabel), 'register.form');
    await user.click(helpdesk().getByRole('button', { name: en.ui.helpdesk.jumpButton }));
    await atStep('register.form');
    expect(screen.getByText(en.notices.jumped)).toBeInTheDocument();
  });

  it('shows where the caller is at a glance, and starts the jump list from there as they move on', async () => {
    const { user } = await renderApp();
    await startJourney(user, 'signInAppPin');
    await atStep('signIn.email');
    await user.click(helpdesk().getByRole('button', { name: en.ui.helpdesk.toggle }));
    const status = within(
      await helpdesk()
        .findByText(en.ui.helpdesk.journeyLabel)
        .then((dt) => dt.closest('dl')!),
    );
    expect(status.getByText(en.journeys.signInAppPin.title)).toBeInTheDocument();
    expect(status.getByText(en.surfaces.pc)).toBeInTheDocument();
    expect(status.getByText(en.phoneStates.app.initialised)).toBeInTheDocument();
    const jump = helpdesk().getByLabelText(en.ui.helpdesk.jumpLabel);
    expect(jump).toHaveValue('signIn.email');
    // A pick not used is dropped once the caller moves on.
    await user.selectOptions(jump, 'register.form');
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.next }));
    await atStep('signIn.password');
    expect(helpdesk().getByLabelText(en.ui.helpdesk.jumpLabel)).toHaveValue('signIn.password');
    // Picked on one step, then the caller goes on and comes Back: the list is at their step, not the old pick.
    await user.selectOptions(helpdesk().getByLabelText(en.ui.helpdesk.jumpLabel), 'register.form');
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.differentEmail }));
    await atStep('signIn.email');
    await user.click(guide().getByRole('button', { name: en.ui.guide.back }));
    await atStep('signIn.password');
    expect(helpdesk().getByLabelText(en.ui.helpdesk.jumpLabel)).toHaveValue('signIn.password');
  });

  it('marks what EU Login does not publish as assumed, for the person and the agent alike', async () => {
    const { user } = await renderApp();
    await startJourney(user, 'signInAppPin');
    await atStep('signIn.email');
    expect(screen.queryByText(en.ui.guide.assumedLabel)).not.toBeInTheDocument();
    await jumpWithPanel(user, 'signIn.locked');
    await atStep('signIn.locked');
    const note = format(en.steps['signIn.locked'].assumed ?? '', textParams(DEFAULT_CONFIG));
    expect(note).toContain(String(DEFAULT_CONFIG.maxPasswordAttempts));
    for (const side of [guide(), helpdesk()]) {
      expect(side.getByText(note)).toBeInTheDocument();
      expect(side.getByText(note).closest('p')).toHaveTextContent(en.ui.guide.assumedLabel);
    }
  });

  it('opened from the start page, keeps a journey started inside it when it closes, and keeps focus on its toggle', async () => {
    const { user } = await renderApp();
    await user.click(helpdesk().getByRole('button', { name: en.ui.helpdesk.toggle }));
    expect(await helpdesk().findByRole('heading', { name: en.ui.helpdesk.title })).toBeInTheDocument();
    // The coach loaded behind the toggle: focus stays where the person pressed.
    await waitFor(() => expect(helpdesk().getByRole('button', { name: en.ui.helpdesk.toggle })).toHaveFocus());
    await startJourney(user, 'fullSetup');
    await atStep('signIn.email');
    await user.click(helpdesk().getByRole('button', { name: en.ui.helpdesk.toggle }));
    expect(helpdesk().queryByRole('heading', { name: en.ui.helpdesk.title })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: en.steps['signIn.email'].title })).toBeInTheDocument();
  });

  it('keeps a share code being typed on the start page when the helpdesk opens and closes, with one form for it', async () => {
    const { user } = await renderApp();
    await user.type(await openCodeBox(user), '1-Q-0-B');
    await user.click(helpdesk().getByRole('button', { name: en.ui.helpdesk.toggle }));
    expect(await helpdesk().findByRole('heading', { name: en.ui.helpdesk.title })).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByLabelText(en.ui.guide.resumeLabel)).toHaveLength(1));
    expect(screen.getByLabelText(en.ui.guide.resumeLabel)).toHaveValue('1-Q-0-B');
    await user.click(helpdesk().getByRole('button', { name: en.ui.helpdesk.toggle }));
    expect(screen.getByLabelText(en.ui.guide.resumeLabel)).toHaveValue('1-Q-0-B');
  });

  it('explains a bad share code and offers a fresh start', async () => {
    const { user } = await renderApp();
    await user.type(await openCodeBox(user), '2HA1-B0HW-6FZ');
    await user.click(screen.getByRole('button', { name: en.ui.guide.resumeButton }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en.decodeErrors.checksum.title);
    expect(screen.getByLabelText(en.ui.guide.resumeLabel)).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(alert).getByRole('button', { name: en.ui.guide.startFresh }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('a jump to the lockout page', () => {
  it('says how long the block lasts, and that it is over once the time has passed', async () => {
    const { user } = await renderApp();
    await startJourney(user, 'signInAppPin');
    await atStep('signIn.email');
    await jumpWithPanel(user, 'signIn.locked');
    await atStep('signIn.locked');
    const minutes = DEFAULT_CONFIG.lockoutMs / 60_000;
    expect(pc().getByText(format(en.ui.pc.signIn.locked, { minutes }))).toBeInTheDocument();

    await user.click(guide().getByRole('button', { name: format(en.ui.guide.letTimePass, { minutes }) }));
    expect(await pc().findByText(en.ui.pc.signIn.lockedOver)).toBeInTheDocument();
  });
});

describe('the jump list', () => {
  it('says where a jump to a step that shows something live will land, before the agent jumps', async () => {
    const { user } = await renderApp();
    await startJourney(user, 'fullSetup');
    await atStep('signIn.email');
    await user.click(helpdesk().getByRole('button', { name: en.ui.helpdesk.toggle }));
    const list = helpdesk().getByLabelText(en.ui.helpdesk.jumpLabel);
    await user.selectOptions(list, 'device.qrShown');
    const note = format(en.ui.helpdesk.landsInstead, { step: en.steps['device.addForm'].title });
    expect(list).toHaveAccessibleDescription(note);
    await user.selectOptions(list, 'device.list');
    expect(helpdesk().queryByText(note)).toBeNull();
  });
});

describe('the panel resume form during a rehearsal', () => {
  it('explains a mistyped code without offering to end the rehearsal, and keeps what was typed', async () => {
    const { user } = await renderApp();
    await startJourney(user, 'signInAppPin');
    await atStep('signIn.email');
    await user.click(helpdesk().getByRole('button', { name: en.ui.helpdesk.toggle }));
    const input = helpdesk().getByLabelText(en.ui.guide.resumeLabel);
    await user.type(input, '2HA1-B0HW-6FZ');
    await user.click(helpdesk().getByRole('button', { name: en.ui.guide.resumeButton }));
    const alert = await helpdesk().findByRole('alert');
    expect(alert).toHaveTextContent(en.decodeErrors.checksum.title);
    expect(within(alert).queryByRole('button')).toBeNull();
    expect(input).toHaveValue('2HA1-B0HW-6FZ');
    await atStep('signIn.email');
  });
});

describe('a jump into the app set-up', () => {
  it('tells the caller why the phone cannot go on yet: the QR code comes once the PC form is filled in', async () => {
    const { user } = await renderApp();
    await startJourney(user, 'fullSetup');
    await atStep('signIn.email');
    await jumpWithPanel(user, 'app.scanner');
    await atStep('device.addForm');
    const phone = within(screen.getByRole('region', { name: en.ui.app.surfaceNames.phone }));
    expect(phone.getByRole('button', { name: en.ui.phone.app.next })).toBeDisabled();
    expect(phone.getByText(en.ui.phone.app.waitForQr)).toBeInTheDocument();
  });
});
