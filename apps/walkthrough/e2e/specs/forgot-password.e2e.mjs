// Forgot the password: ask for a reset mail, follow its link, choose a new password.
import { test } from '../lib/registry.mjs';
import { ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';

test('forgotPassword: a reset mail and a new password', async ({ page }) => {
  const coach = new CoachModel(page, 'forgotPassword');
  const { pc, mailbox } = coach;
  await coach.open();
  await coach.start('forgotPassword');
  const persona = await coach.guide.persona();

  await pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await pc.press(ui.pc.buttons.lostPassword);
  await coach.step('passwordReset.request');
  await pc.requestReset(persona.email);
  await coach.step('passwordReset.mailSent');
  await mailbox.followLink('reset');
  await coach.step('password.set');
  await pc.choosePassword('New-Practice-2FA-9');
  await coach.step('passwordReset.done');
  await coach.expectDone();
});
