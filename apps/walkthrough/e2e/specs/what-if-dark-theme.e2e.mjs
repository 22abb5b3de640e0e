// Dark theme: the pages pass axe in dark colours too, and a QR code keeps its light quiet zone, so a camera can
// still read it. The QR is taken from a screenshot of the page and decoded like a phone would.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { test } from '../lib/registry.mjs';
import { ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';
import { toSignInQr } from './flows.mjs';

/** The QR code in a PNG screenshot, decoded; and whether a band inside its edge (the quiet zone) is all light. */
function readQr(png) {
  const image = PNG.sync.read(png);
  const pixels = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length);
  const decoded = jsQR(pixels, image.width, image.height);
  const light = (x, y) => {
    const i = (y * image.width + x) * 4;
    return 0.2126 * pixels[i] + 0.7152 * pixels[i + 1] + 0.0722 * pixels[i + 2] > 200;
  };
  // Skip the element's 1px border; the next pixels must be the code's own light margin, not its modules.
  const band = [];
  for (let d = 2; d <= 8; d++) {
    for (let x = d; x < image.width - d; x++) band.push(light(x, d), light(x, image.height - 1 - d));
    for (let y = d; y < image.height - d; y++) band.push(light(d, y), light(image.width - 1 - d, y));
  }
  return { text: decoded?.data ?? null, lightFrame: band.every(Boolean) };
}

test('what if: dark theme — axe-clean, and the QR code keeps a light quiet zone and stays scannable', async ({
  page,
}) => {
  const coach = new CoachModel(page, 'what-if-dark-theme');
  await coach.open();
  await page.getByLabel(ui.app.themeLabel).selectOption({ label: ui.app.themeDark });
  await page.waitForFunction("document.documentElement.dataset.theme === 'dark'");
  await coach.start('signInAppQr');
  await toSignInQr(coach);
  const { text, lightFrame } = readQr(await coach.pc.qrImage.screenshot());
  if (!text?.startsWith('eulogin-challenge:')) throw new Error(`the dark-theme QR code did not decode (got ${text})`);
  if (!lightFrame) throw new Error('the QR code has no light quiet zone in the dark theme');
});
