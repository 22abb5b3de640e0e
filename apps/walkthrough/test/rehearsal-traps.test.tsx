import { screen, waitFor, within } from '@testing-library/react';
import { TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { errorMessage, format } from '@eulogin-coach/content';
import { atStep, en, guide, mailbox, pc, reachRegistration, renderApp, startJourney } from './helpers.js';

type User = Awaited<ReturnType<typeof renderApp>>['user'];

function phone() {
  return within(screen.getByRole('region', { name: en.ui.app.surfaceNames.phone }));
}

/** "Your practice details", read as a person would: the value after each term. */
function practiceDetail(term: string): string {
  const card = within(guide().getByRole('region', { name: en.ui.guide.personaHeading }));
  return card.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent?.trim() ?? '';
}

/** The lead of a what-if switched on: in the guide's own instructions, not inside "What can go wrong here?". */
function lead(id: keyof typeof en.whatIfs, text = en.whatIfs[id].lead) {
  const item = guide()
    .getByText(format(en.ui.guide.whatIfLead, { label: en.whatIfs[id].label }) + '.')
    .closest('li');
  expect(item).not.toBeNull();
  expect(item?.closest('details')).toBeNull();
  expect(item).toHaveTextContent(text);
  return within(item as HTMLElement);
}

async function jump(user: User, stepId: string) {
  const helpdesk = within(screen.getByRole('complementary', { name: en.ui.app.helpdeskRegion }));
  await user.click(helpdesk.getByRole('button', { name: en.ui.helpdesk.toggle }));
  await user.selectOptions(await helpdesk.findByLabelText(en.ui.helpdesk.jumpLabel), stepId);
  await user.click(helpdesk.getByRole('button', { name: en.ui.helpdesk.jumpButton }));
  await user.click(helpdesk.getByRole('button', { name: en.ui.helpdesk.toggle }));
}

/** On "Add a mobile device", adds the phone with the person's own PIN, until the PC shows the QR code. */
async function addDevice(user: User, pin: string) {
  await user.type(pc().getByLabelText(en.fields.deviceName.label), 'My phone');
  await user.type(pc().getByLabelText(en.fields.pin.label), pin);
  await user.type(pc().getByLabelText(en.fields.pinConfirm.label), pin);
  await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.submit }));
  await atStep('device.qrShown');
}

async function signInWith(user: User, password: string, method: keyof typeof en.methods) {
  await user.selectOptions(pc().getByRole('combobox', { name: en.ui.pc.signIn.chooseMethod }), en.methods[method]);
  await user.type(pc().getByLabelText(en.fields.password.label, { selector: 'input[type=password]' }), password);
  await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.signIn }));
}

function progressText() {
  return guide().getByRole('progressbar', { name: en.ui.guide.progressLabel }).getAttribute('aria-valuetext');
}

describe('traps on the main paths', () => {
  it('shows the password the person chose in "Your practice details", and that password signs in', async () => {
    const { user, world } = await renderApp();
    const persona = world.persona;
    await reachRegistration(user, persona.email);
    await user.type(pc().getByLabelText(en.fields.firstName.label), persona.firstName);
    await user.type(pc().getByLabelText(en.fields.lastName.label), persona.lastName);
    await user.type(pc().getByLabelText(en.fields.emailConfirm.label), persona.email);
    const answer = Object.values(world.inspect().captchas).at(-1)?.answer ?? '';
    await user.type(pc().getByLabelText(en.fields.captcha.label), answer);
    await user.click(pc().getByRole('checkbox', { name: en.ui.pc.register.privacyCheckbox }));
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.createAccount }));
    await atStep('register.mailSent');
    expect(practiceDetail(en.ui.guide.personaPassword)).toBe(persona.password);
    await user.click(mailbox().getByRole('button', { name: /^Wait \d+ minutes?$/ }));
    await user.click(await mailbox().findByRole('button', { name: new RegExp(en.mails.confirmation.subject) }));
    await user.click(mailbox().getByRole('button', { name: en.mails.confirmation.linkLabel }));
    await atStep('password.set');
    const mine = 'Quiet-Harbour-42';
    await user.type(pc().getByLabelText(en.fields.password.label, { selector: 'input' }), mine);
    await user.type(pc().getByLabelText(en.fields.passwordConfirm.label, { selector: 'input' }), mine);
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.submit }));
    await atStep('register.done');
    await waitFor(() => expect(practiceDetail(en.ui.guide.personaPassword)).toBe(mine));
    expect(world.inspect().accounts[persona.email]?.password).toBe(practiceDetail(en.ui.guide.personaPassword));
  });

  it('shows the PIN the person chose, leads to "I take too long to scan", and keeps the QR step\'s place', async () => {
    const { user, world } = await renderApp();
    await startJourney(user, 'fullSetup', ['qrExpired']);
    await atStep('signIn.email');
    await jump(user, 'device.addForm');
    await atStep('device.addForm');
    expect(practiceDetail(en.ui.guide.personaPin)).toBe(world.persona.pin);
    await addDevice(user, '1357');
    expect(practiceDetail(en.ui.guide.personaPin)).toBe('1357');
    expect(progressText()).toBe(format(en.ui.guide.stepOf, { n: 12, total: 21 }));
    // The guide's own instructions lead to the what-if switched on, with the time it needs.
    const minutes = /Let \d+ minutes pass/;
    expect(lead('qrExpired').getByRole('button', { name: minutes })).toBeEnabled();
    await user.click(phone().getByRole('button', { name: en.ui.phone.app.next }));
    await atStep('app.cameraPermission');
    await user.click(phone().getByRole('button', { name: en.ui.phone.permissions.allow }));
    await atStep('app.scanner');
    expect(progressText()).toBe(format(en.ui.guide.stepOf, { n: 14, total: 21 }));
    await user.click(lead('qrExpired').getByRole('button', { name: minutes }));
    await atStep('device.qrExpired');
    // The expired QR code stands where the QR code was shown, not where the person had got to.
    expect(progressText()).toBe(format(en.ui.guide.stepOf, { n: 12, total: 21 }));
  });

  it('asks for the camera after the camera app, when the EU Login app never had it', async () => {
    const { user } = await renderApp();
    await startJourney(user, 'fullSetup');
    await atStep('signIn.email');
    await jump(user, 'device.addForm');
    await atStep('device.addForm');
    await addDevice(user, '1357');
    await user.click(phone().getByRole('button', { name: en.ui.phone.app.useCameraApp }));
    await atStep('app.foreignScanner');
    await user.click(phone().getByRole('button', { name: en.ui.phone.home.euLogin }));
    await atStep('app.cameraPermission');
    expect(phone().getByRole('group', { name: en.ui.phone.permissions.cameraTitle })).toBeInTheDocument();
  });

  it('leads to "My address already has an account" from the first page', async () => {
    const { user, world } = await renderApp();
    await startJourney(user, 'fullSetup', ['emailAlreadyRegistered']);
    await atStep('signIn.email');
    const first = en.whatIfs.emailAlreadyRegistered.leadAt?.['signIn.email'] ?? 'no lead';
    lead('emailAlreadyRegistered', first);
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.createAccount }));
    await atStep('register.form');
    lead('emailAlreadyRegistered');
    const persona = world.persona;
    await user.type(pc().getByLabelText(en.fields.firstName.label), persona.firstName);
    await user.type(pc().getByLabelText(en.fields.lastName.label), persona.lastName);
    await user.clear(pc().getByLabelText(en.fields.email.label));
    await user.type(pc().getByLabelText(en.fields.email.label), persona.email);
    await user.type(pc().getByLabelText(en.fields.emailConfirm.label), persona.email);
    const answer = Object.values(world.inspect().captchas).at(-1)?.answer ?? '';
    await user.type(pc().getByLabelText(en.fields.captcha.label), answer);
    await user.click(pc().getByRole('checkbox', { name: en.ui.pc.register.privacyCheckbox }));
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.createAccount }));
    const email = pc().getByLabelText(en.fields.email.label);
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.lostPassword }));
    await atStep('passwordReset.request');
    expect(progressText()).toBe(format(en.ui.guide.stepOf, { n: 2, total: 21 }));
  });

  it('starts the QR-code journey on the QR-code method, and the guide names it', async () => {
    const { user } = await renderApp();
    await startJourney(user, 'signInAppQr');
    await atStep('signIn.email');
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.next }));
    await atStep('signIn.password');
    expect(pc().getByRole('combobox', { name: en.ui.pc.signIn.chooseMethod })).toHaveValue('appQr');
    const note = format(en.journeys.signInAppQr.methodNote ?? 'no note', { method: en.methods.appQr });
    expect(guide().getByText(note)).toBeInTheDocument();
  });

  it('never shows an empty one-time code, and says exactly which codes it takes', async () => {
    const { user, world } = await renderApp();
    await startJourney(user, 'signInAppQr');
    await atStep('signIn.email');
    await jump(user, 'signIn.qrCode');
    await atStep('signIn.password');
    await signInWith(user, world.persona.password, 'appQr');
    await atStep('signIn.qrScan');
    const field = pc().getByLabelText(en.ui.pc.qr.otpLabel);
    for (const code of ['12345', '1234567', 'abcdef', 'ABCDEFGH']) {
      await user.clear(field);
      await user.type(field, code);
      await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.signIn }));
      await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
      // The app has read no QR code yet: it shows its scanner, ready to read the one on the PC.
      expect(phone().queryByRole('status', { name: en.ui.phone.app.otpHeading })).not.toBeInTheDocument();
      expect(phone().queryByText(en.ui.phone.app.otpHint)).not.toBeInTheDocument();
      expect(phone().getByRole('button', { name: en.ui.phone.app.scanNow })).toBeEnabled();
    }
    await user.clear(field);
    await user.type(field, '12345');
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.signIn }));
    const message = errorMessage(en, { field: 'otp', rule: 'wrongLength', params: { length: 8 } });
    expect(message).toMatch(/\b8\b/);
    expect(message).toMatch(/\b6 digits\b/);
    await waitFor(() => expect(field).toHaveAccessibleDescription(expect.stringContaining(message)));
  });

  it("accepts the real authenticator's current code after the rehearsal skipped a minute", async () => {
    const { user, world, rehearsal } = await renderApp();
    await startJourney(user, 'signInAppQr');
    await atStep('signIn.email');
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.next }));
    await atStep('signIn.password');
    await signInWith(user, world.persona.password, 'appQr');
    await atStep('signIn.qrScan');
    // "Wait 1 minute": the rehearsal's clock moves on; the person's own phone keeps real time.
    rehearsal.clock.advance(60_000);
    const secret = Object.values(world.inspect().accounts)[0]?.devices[0]?.secret ?? '';
    const code = new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: Date.now() });
    await user.type(pc().getByLabelText(en.ui.pc.qr.otpLabel), code);
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.signIn }));
    await atStep('signIn.done');
  });

  it('gives the PIN box and the keypad their own names, one "Sign in", and the keypad one Tab stop', async () => {
    const { user, world } = await renderApp();
    await startJourney(user, 'signInAppPin');
    await atStep('signIn.email');
    await user.click(pc().getByRole('button', { name: en.ui.pc.buttons.next }));
    await atStep('signIn.password');
    // One button is named "Sign in" exactly; the link back to the e-mail step keeps EU Login's own wording.
    expect(screen.getAllByRole('button', { name: en.ui.pc.buttons.signIn })).toHaveLength(1);
    expect(pc().getByRole('button', { name: 'Sign in with a different e-mail address' })).toBeInTheDocument();
    await signInWith(user, world.persona.password, 'appPin');
    await atStep('signIn.appPin');
    // One element answers to the PIN's name: the box; the keypad has a name of its own.
    const [box, ...others] = phone().getAllByLabelText(en.fields.pin.label);
    expect(others).toEqual([]);
    expect(box).toHaveAttribute('type', 'password');
    const keypad = phone().getByRole('group', { name: en.ui.phone.app.pinKeypad });
    if (!box) throw new Error('no PIN box');
    box.focus();
    await user.keyboard(world.persona.pin.slice(0, 3));
    await user.tab();
    expect(within(keypad).getByRole('button', { name: '1' })).toHaveFocus();
    // The arrow keys move between the keys; Enter presses one.
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(within(keypad).getByRole('button', { name: '5' })).toHaveFocus();
    await user.keyboard('{End}{Enter}');
    expect(box).toHaveValue(world.persona.pin.slice(0, 2));
    await user.type(box, world.persona.pin.slice(2));
    box.focus();
    await user.tab();
    await user.tab();
    expect(phone().getByRole('button', { name: en.ui.phone.app.authenticate })).toHaveFocus();
    await user.keyboard('{Enter}');
    await atStep('signIn.done');
  });
});
