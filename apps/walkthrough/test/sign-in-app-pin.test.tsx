import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorMessage } from '@eulogin-coach/content';
import { atStep, en, guide, pc, renderApp, startJourney } from './helpers.js';

function methodList() {
  return pc().getByRole('combobox', { name: en.ui.pc.signIn.chooseMethod });
}

function phone() {
  return within(screen.getByRole('region', { name: en.ui.app.surfaceNames.phone }));
}

describe('sign in with the app and PIN', () => {
  it('approves the PC sign-in on the phone, keeping a wrong PIN out', async () => {
    const { user, world } = await renderApp();
    await startJourney(user, 'signInAppPin');
    await atStep('signIn.email');
    // The linked app waits on its start screen until a request comes.
    expect(phone().getByText(en.ui.phone.app.idle)).toBeInTheDocument();
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.next }));
    await atStep('signIn.password');
    // The methods EU Login lists for a website that needs two factors: no "Password" alone, and no SMS codes
    // (retired in 2025). The account's app is preselected.
    // A drop-down, as on EU Login, under the address marked "(external)" (a self-registered account).
    expect(pc().getByText(en.ui.pc.header.external)).toBeInTheDocument();
    const select = methodList();
    const methods = within(select)
      .getAllByRole('option')
      .map((r) => r.getAttribute('value'));
    expect(methods).toEqual(['appPin', 'appQr', 'securityKey']);
    expect(select).toHaveValue('appPin');
    await user.selectOptions(select, en.methods.appPin);
    await user.type(
      pc().getByLabelText(en.fields.password.label, { selector: 'input[type=password]' }),
      world.persona.password,
    );
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.signIn }));
    await atStep('signIn.appPin');
    // The app, in the foreground, opens the pending request straight on its PIN screen.
    expect(phone().getByRole('heading', { name: en.ui.phone.app.pendingHeading })).toBeInTheDocument();
    expect(guide().getByText(en.ui.guide.actOn.replace('{surface}', en.surfaces.phone))).toBeInTheDocument();

    const pin = phone().getByLabelText(en.fields.pin.label, { selector: 'input' });
    expect(pin).toHaveAttribute('inputmode', 'numeric');
    expect(pin).toHaveAttribute('autocomplete', 'one-time-code');
    await user.type(pin, '0000');
    await user.click(phone().getByRole('button', { name: en.ui.phone.app.authenticate }));
    const wrong = errorMessage(en, { field: 'pin', rule: 'wrong', params: { attemptsLeft: 4 } });
    expect(await phone().findByText(wrong)).toBeInTheDocument();
    expect(phone().getByLabelText(en.fields.pin.label, { selector: 'input' })).toHaveAttribute('aria-invalid', 'true');

    // The on-screen PIN pad works as well as typing.
    for (const digit of world.persona.pin) await user.click(phone().getByRole('button', { name: digit }));
    await user.click(phone().getByRole('button', { name: en.ui.phone.app.authenticate }));
    await atStep('signIn.done');
  });

  it('leaves Password out of the list when the account always asks for a second factor', async () => {
    const { user } = await renderApp();
    await startJourney(user, 'signInAppPin', ['alwaysMfa']);
    await atStep('signIn.email');
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.next }));
    await atStep('signIn.password');
    const methods = within(methodList())
      .getAllByRole('option')
      .map((r) => r.getAttribute('value'));
    expect(methods).toEqual(['appPin', 'appQr', 'securityKey']);
    expect(methodList()).toHaveValue('appPin');
  });
});
