import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorMessage } from '@eulogin-coach/content';
import type { Field, Rule } from '@eulogin-coach/react';
import { atStep, en, pc, reachRegistration, renderApp, startJourney } from './helpers.js';

type User = Awaited<ReturnType<typeof renderApp>>['user'];

function phone() {
  return within(screen.getByRole('region', { name: en.ui.app.surfaceNames.phone }));
}

function message(field: Field, rule: Rule, params?: Record<string, number>) {
  return errorMessage(en, params ? { field, rule, params } : { field, rule });
}

/** A field shown as refused, its error read with it. */
function expectRefused(input: HTMLElement, text: string) {
  expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(input).toHaveAccessibleDescription(expect.stringContaining(text));
}

/** A field with no error shown: not marked, and no error text read with it. */
function expectClear(input: HTMLElement, text: string) {
  expect(input).not.toHaveAttribute('aria-invalid');
  expect(input.getAttribute('aria-describedby') ?? '').not.toMatch(/-error/);
  expect(screen.queryByText(text)).not.toBeInTheDocument();
}

async function jump(user: User, stepId: string) {
  const helpdesk = within(screen.getByRole('complementary', { name: en.ui.app.helpdeskRegion }));
  await user.click(helpdesk.getByRole('button', { name: en.ui.helpdesk.toggle }));
  await user.selectOptions(await helpdesk.findByLabelText(en.ui.helpdesk.jumpLabel), stepId);
  await user.click(helpdesk.getByRole('button', { name: en.ui.helpdesk.jumpButton }));
  await user.click(helpdesk.getByRole('button', { name: en.ui.helpdesk.toggle }));
}

describe('an error clears once its field is valid', () => {
  it('on the registration form, field by field, without new errors while typing and keeping what was typed', async () => {
    const { user, world } = await renderApp();
    await reachRegistration(user, world.persona.email);
    const form = pc();
    const email = form.getByLabelText(en.fields.email.label);
    await user.clear(email);
    await user.type(email, 'alex@');
    await user.click(form.getByRole('button', { name: en.ui.pc.buttons.createAccount }));
    const firstName = form.getByLabelText(en.fields.firstName.label);
    const lastName = form.getByLabelText(en.fields.lastName.label);
    const confirm = form.getByLabelText(en.fields.emailConfirm.label);
    await waitFor(() => expectRefused(firstName, message('firstName', 'required')));
    expectRefused(lastName, message('lastName', 'required'));
    expectRefused(email, message('email', 'format'));
    expectRefused(confirm, message('emailConfirm', 'required'));

    // A valid first name: its error goes at once; the others stay until their own field is right.
    await user.type(firstName, 'Alex');
    expectClear(firstName, message('firstName', 'required'));
    expectRefused(lastName, message('lastName', 'required'));
    // Emptied again while typing: no new error before the next submit, and nothing else lost.
    await user.clear(firstName);
    expectClear(firstName, message('firstName', 'required'));
    await user.type(firstName, 'Alex');

    // Half an address is still wrong; a whole one is right.
    await user.type(email, 'example');
    expectRefused(email, message('email', 'format'));
    await user.type(email, '.eu');
    expectClear(email, message('email', 'format'));

    // The confirmation is right only once it matches.
    await user.type(confirm, 'alex@example');
    expectRefused(confirm, message('emailConfirm', 'required'));
    await user.type(confirm, '.eu');
    expectClear(confirm, message('emailConfirm', 'required'));

    await user.type(lastName, 'Rehearsal');
    expectClear(lastName, message('lastName', 'required'));
    expect(form.getByText(message('privacy', 'mustAccept'))).toBeInTheDocument();
    await user.click(form.getByRole('checkbox', { name: en.ui.pc.register.privacyCheckbox }));
    expect(form.queryByText(message('privacy', 'mustAccept'))).not.toBeInTheDocument();
    expect(firstName).toHaveValue('Alex');
    expect(email).toHaveValue('alex@example.eu');

    // The next submit shows what is still wrong (the captcha was never typed).
    await user.click(form.getByRole('button', { name: en.ui.pc.buttons.createAccount }));
    const captcha = form.getByLabelText(en.fields.captcha.label);
    await waitFor(() => expectRefused(captcha, message('captcha', 'required')));
    await user.type(captcha, 'AB12');
    expectClear(captcha, message('captcha', 'required'));
  });

  it('on the sign-in page: the e-mail address', async () => {
    const { user } = await renderApp();
    await startJourney(user, 'fullSetup');
    await atStep('signIn.email');
    const email = pc().getByLabelText(en.fields.email.label);
    await user.clear(email);
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.next }));
    await waitFor(() => expectRefused(email, message('email', 'required')));
    await user.type(email, 'alex@example');
    expectRefused(email, message('email', 'required'));
    await user.type(email, '.eu');
    expectClear(email, message('email', 'required'));
  });

  it('on "Add a mobile device": the name and both PIN fields', async () => {
    const { user } = await renderApp();
    await startJourney(user, 'fullSetup');
    await atStep('signIn.email');
    await jump(user, 'device.addForm');
    await atStep('device.addForm');
    await user.type(pc().getByLabelText(en.fields.pin.label), '12');
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.submit }));
    const name = pc().getByLabelText(en.fields.deviceName.label);
    const pin = pc().getByLabelText(en.fields.pin.label);
    const pinConfirm = pc().getByLabelText(en.fields.pinConfirm.label);
    const short = message('pin', 'wrongLength', { length: 4 });
    await waitFor(() => expectRefused(pin, short));
    expectRefused(name, message('deviceName', 'required'));
    expectRefused(pinConfirm, message('pinConfirm', 'required'));
    await user.type(pin, '3');
    expectRefused(pin, short);
    await user.type(pin, '4');
    expectClear(pin, short);
    await user.type(pinConfirm, '1234');
    expectClear(pinConfirm, message('pinConfirm', 'required'));
    await user.type(name, 'My phone');
    expectClear(name, message('deviceName', 'required'));
  });

  it('on the phone: the PIN that approves a sign-in', async () => {
    const { user, world } = await renderApp();
    await startJourney(user, 'signInAppPin');
    await atStep('signIn.email');
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.next }));
    await atStep('signIn.password');
    await user.type(
      pc().getByLabelText(en.fields.password.label, { selector: 'input[type=password]' }),
      world.persona.password,
    );
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.signIn }));
    await atStep('signIn.appPin');
    const pin = phone().getByLabelText(en.fields.pin.label);
    await user.type(pin, '12');
    await user.click(phone().getByRole('button', { name: en.ui.phone.app.authenticate }));
    const short = message('pin', 'wrongLength', { length: 4 });
    await waitFor(() => expectRefused(pin, short));
    await user.type(pin, '3');
    expectRefused(pin, short);
    await user.type(pin, '4');
    expectClear(pin, short);
    expect(pin).toHaveValue('1234');
  });

  it('on the QR-code sign-in: the one-time code', async () => {
    const { user, world } = await renderApp();
    await startJourney(user, 'signInAppQr');
    await atStep('signIn.email');
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.next }));
    await atStep('signIn.password');
    await user.type(
      pc().getByLabelText(en.fields.password.label, { selector: 'input[type=password]' }),
      world.persona.password,
    );
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.signIn }));
    await atStep('signIn.qrScan');
    const otp = pc().getByLabelText(en.ui.pc.qr.otpLabel);
    await user.type(otp, 'ABCD');
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.signIn }));
    const short = message('otp', 'wrongLength', { length: 8 });
    await waitFor(() => expectRefused(otp, short));
    await user.type(otp, 'EF');
    expectRefused(otp, short);
    await user.type(otp, 'GH');
    expectClear(otp, short);
  });
});
