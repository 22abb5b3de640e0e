// Set up EU Login from scratch: account, confirmation mail, password, the app linked by scanning the PC's real QR
// code with the phone's scanner, then a sign-in confirmed with the app PIN.
import { test } from '../lib/registry.mjs';
import { ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';
import { enrolPhone } from './flows.mjs';

test('fullSetup: from nothing to signed in with the app and PIN', async ({ page }) => {
  const coach = new CoachModel(page, 'fullSetup');
  const { pc, phone, mailbox } = coach;
  await coach.open();
  await coach.start('fullSetup');
  const persona = await coach.guide.persona();

  await pc.submitEmail(persona.email);
  await coach.step('signIn.userNotFound');
  await pc.press(ui.pc.buttons.createAccount);
  await coach.step('register.form');
  await pc.register(persona);
  await coach.step('register.mailSent');
  await mailbox.followLink('confirmation');
  await coach.step('password.set');
  await pc.choosePassword(persona.password);
  await coach.step('register.done');
  await pc.press(ui.pc.buttons.continue);
  await coach.step('account.home');
  await pc.press(ui.pc.buttons.manageDevices);
  await coach.step('device.list');
  await pc.press(ui.pc.buttons.addDevice);
  await enrolPhone(coach, persona);
  await pc.press(ui.pc.buttons.signOut);
  await coach.step('signIn.email');
  await pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await pc.signIn(persona.password, 'appPin');
  await coach.step('signIn.appPin');
  await phone.typePin(persona.pin);
  await coach.step('signIn.done');
  await coach.expectDone();
});
