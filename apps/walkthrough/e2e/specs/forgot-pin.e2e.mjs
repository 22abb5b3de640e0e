// Forgot the app PIN: set a new one in the app with e-mail and password, then sign in confirming with it.
import { test } from '../lib/registry.mjs';
import { label, ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';

test('forgotPin: a new PIN in the app, then a sign-in with it', async ({ page }) => {
  const coach = new CoachModel(page, 'forgotPin');
  const { pc, phone } = coach;
  await coach.open();
  await coach.start('forgotPin');
  const persona = await coach.guide.persona();
  const newPin = '1357';

  await phone.press(ui.phone.app.forgotPin);
  await coach.step('pin.credentials');
  await phone.region.getByRole('textbox', { name: label('email'), exact: true }).fill(persona.email);
  await phone.region.getByRole('textbox', { name: label('password'), exact: true }).fill(persona.password);
  await phone.press(ui.phone.app.next);
  await coach.step('pin.new');
  await phone.region.getByRole('textbox', { name: label('pin'), exact: true }).fill(newPin);
  await phone.region.getByRole('textbox', { name: ui.phone.app.confirmPinLabel, exact: true }).fill(newPin);
  await phone.press(ui.phone.app.continue);
  await coach.step('pin.changed');
  await phone.press(ui.phone.app.continue);
  await coach.step('signIn.email');
  await pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await pc.signIn(persona.password, 'appPin');
  await coach.step('signIn.appPin');
  await phone.typePin(newPin);
  await coach.step('signIn.done');
  await coach.expectDone();
});
