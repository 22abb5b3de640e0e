import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { decodeShareCode } from '@eulogin-coach/machine/persist';
import { format } from '@eulogin-coach/content';
import { atStep, en, guide, openCodeBox, pc, renderApp, startJourney } from './helpers.js';

// A share code made on a step that shows what cannot be shown twice (a QR code, a request, a mail link) opens the
// step that makes a new one. The person is told so where the code is shown, and again when it is used; a code made on
// any other step is simply "where you left off".

function shareBox() {
  return within(guide().getByText(en.ui.guide.share).closest('details') as HTMLElement);
}

describe('a share code made on a QR code step', () => {
  it('says which step it opens, and carrying on from it lands there with a notice that says so', async () => {
    const { user, world } = await renderApp();
    await startJourney(user, 'signInAppQr');
    await atStep('signIn.email');
    await user.click(guide().getByText(en.ui.guide.share));
    // On an ordinary step the code opens that step: nothing more is said.
    const opensPassword = format(en.ui.guide.shareLandsAt, { step: en.steps['signIn.password'].title });
    expect(shareBox().queryByText(opensPassword)).toBeNull();

    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.next }));
    await atStep('signIn.password');
    await user.selectOptions(pc().getByRole('combobox', { name: en.ui.pc.signIn.chooseMethod }), en.methods.appQr);
    await user.type(
      pc().getByLabelText(en.fields.password.label, { selector: 'input[type=password]' }),
      world.persona.password,
    );
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.signIn }));
    await atStep('signIn.qrScan');
    const code = shareBox().getByRole('status', { name: en.ui.guide.shareCodeLabel }).textContent ?? '';
    const decoded = decodeShareCode(code);
    expect(decoded.ok && decoded.value.stepId).toBe('signIn.qrScan');
    expect(shareBox().getByText(opensPassword)).toBeInTheDocument();

    await user.click(guide().getByRole('button', { name: en.ui.guide.restart }));
    await user.click(guide().getByRole('button', { name: en.ui.guide.restartConfirmYes }));
    await user.type(await openCodeBox(user), code);
    await user.click(screen.getByRole('button', { name: en.ui.guide.resumeButton }));
    await atStep('signIn.password');
    // The notice says where the code was made, and why the person is one step earlier.
    const notice = format(en.ui.guide.resumedBefore, {
      saved: en.steps['signIn.qrScan'].title,
      step: en.steps['signIn.password'].title,
    });
    expect(guide().getByText(notice)).toBeInTheDocument();
    expect(guide().queryByText(en.notices.resumed)).toBeNull();
  });
});
