// Sign in with a QR code: the phone's scanner reads the QR code the PC draws, and the person types the one-time
// code the app shows.
import { test } from '../lib/registry.mjs';
import { stepTitle, ui } from '../lib/texts.mjs';
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

test('signInAppQr: wrong codes typed before scanning, then the app still reads the QR code', async ({ page }) => {
  const coach = new CoachModel(page, 'signInAppQr-codes-first', { axe: false });
  const { pc, phone } = coach;
  await coach.open();
  await coach.start('signInAppQr');
  await toSignInQr(coach);
  for (const code of ['12345', '1234567', 'abcdef', 'ABCDEFGH']) {
    await pc.type(ui.pc.qr.otpLabel, code);
    await pc.press(ui.pc.buttons.signIn);
    await pc.textbox(ui.pc.qr.otpLabel).and(page.locator('[aria-invalid="true"]')).waitFor();
    // The app has read nothing yet: it offers its scanner, never an empty code.
    await phone.button(ui.phone.app.scanNow).waitFor();
  }
  // Focus stays on the refused field, so only the guide's heading says where the coach is.
  await coach.guide.heading.filter({ hasText: stepTitle('signIn.qrCode') }).waitFor();
  await phone.scan();
  await pc.type(ui.pc.qr.otpLabel, await phone.oneTimeCode());
  await pc.press(ui.pc.buttons.signIn);
  await coach.step('signIn.done');
  await coach.expectDone();
});
