// The enrolment QR code shows what EU Login shows (a code only the EU Login app reads) unless the person ticks
// "Practise with my own authenticator app": then it is a standard otpauth:// code that a QR reader outside the app
// (jsQR, run here in Node) decodes, and a TOTP computed independently from it (the otpauth library, as an
// authenticator app on a real phone would) signs in at the QR-code sign-in.
import jsQR from 'jsqr';
import { TOTP, URI } from 'otpauth';
import { test } from '../lib/registry.mjs';
import { ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';
import { scanAndConfirm, signInAgain } from './flows.mjs';

/** Reads the QR code the PC draws, from its pixels, as a QR reader outside the rehearsal would. */
async function readPcQr(page) {
  const canvas = page.locator('canvas[data-qr-kind="enrolment"][data-qr-ready="true"]');
  await canvas.waitFor();
  const { width, height, data } = await canvas.evaluate((el) => {
    const image = el.getContext('2d').getImageData(0, 0, el.width, el.height);
    return { width: image.width, height: image.height, data: Array.from(image.data) };
  });
  return jsQR(Uint8ClampedArray.from(data), width, height)?.data ?? null;
}

test('ownAuthenticator: EU Login’s QR code by default; a standard one, read outside the app, when chosen', async ({
  page,
}) => {
  const coach = new CoachModel(page, 'own-authenticator');
  const { pc, helpdesk } = coach;
  await coach.open();
  await coach.start('fullSetup');
  const persona = await coach.guide.persona();
  await helpdesk.open();
  await helpdesk.jumpTo('device.addForm');
  await coach.step('device.addForm');
  await pc.addDevice('My phone', persona.pin);
  await coach.step('device.qrShown');

  // As on EU Login: only the EU Login app reads it, and nothing invites another app.
  const ownApp = pc.region.getByRole('checkbox', { name: ui.pc.qr.ownAuthenticator });
  if (await ownApp.isChecked()) throw new Error('"Practise with my own authenticator app" starts ticked');
  await pc.region.getByText(ui.pc.qr.euLoginOnly).waitFor();
  const euLogin = await readPcQr(page);
  if (!euLogin?.startsWith('eulogin-enrol:')) throw new Error(`the default QR code reads "${euLogin}"`);
  if ((await page.locator('body').textContent()).includes('otpauth')) throw new Error('an otpauth URI is on screen');

  await ownApp.check();
  await pc.region.getByText(ui.pc.qr.otpauthNote).waitFor();
  await coach.until(
    async () => (await readPcQr(page))?.startsWith('otpauth://'),
    'the QR code never became otpauth://',
  );
  const uri = await readPcQr(page);
  const authenticator = URI.parse(uri);
  if (!(authenticator instanceof TOTP)) throw new Error(`not a TOTP URI: ${uri}`);
  await coach.checkStep('own-authenticator-on');

  // The pretend app reads this code too and enrols the device.
  await scanAndConfirm(coach, persona);
  await signInAgain(coach, persona, 'appQr');
  await coach.step('signIn.qrScan');
  // The real authenticator's current code, computed outside the rehearsal, signs in.
  await pc.type(ui.pc.qr.otpLabel, authenticator.generate());
  await pc.press(ui.pc.buttons.signIn);
  await coach.step('signIn.done');
});
