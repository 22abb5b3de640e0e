// Sign in with the password on the PC and confirm with the app PIN on the phone.
import { test } from '../lib/registry.mjs';
import { CoachModel } from '../models/coach-model.mjs';

test('signInAppPin: password on the PC, PIN on the phone', async ({ page }) => {
  const coach = new CoachModel(page, 'signInAppPin');
  const { pc, phone } = coach;
  await coach.open();
  await coach.start('signInAppPin');
  const persona = await coach.guide.persona();

  await pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await pc.signIn(persona.password, 'appPin');
  await coach.step('signIn.appPin');
  await phone.typePin(persona.pin);
  await coach.step('signIn.done');
  await coach.expectDone();
});
