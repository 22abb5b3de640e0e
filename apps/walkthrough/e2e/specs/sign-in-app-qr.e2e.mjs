// Sign in with a QR code: the phone's scanner reads the QR code the PC draws, and the person types the one-time
// code the app shows.
import { test } from '../lib/registry.mjs';
import { ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';
import { toSignInQr } from './flows.mjs';

test('signInAppQr: scan the PC QR code with the app, type its one-time code', async ({ page }) => {
  const coach = new CoachModel(page, 'signInAppQr');
  const { pc, phone } = coach;
  await coach.open();
  await coach.start('signInAppQr');
  await toSignInQr(coach);
  await phone.scan();
  await coach.step('signIn.qrCode');
  await pc.type(ui.pc.qr.otpLabel, await phone.oneTimeCode());
  await pc.press(ui.pc.buttons.signIn);
  await coach.step('signIn.done');
  await coach.expectDone();
});
