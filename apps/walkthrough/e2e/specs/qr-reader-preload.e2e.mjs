// The QR reader (jsQR, about 48 KB gzipped) is not part of the start page, and is fetched as soon as a journey that
// scans starts: by the scan step it is already there, so opening the scanner never waits on the network.
import { test } from '../lib/registry.mjs';
import { CoachModel } from '../models/coach-model.mjs';

const isQrReader = (url) => /\/assets\/read-qr-[\w-]+\.js$/.test(new URL(url).pathname);

test('qr-reader-preload: fetched at the start of a scanning journey, not on the start page', async ({ page }) => {
  const fetched = [];
  page.on('requestfinished', (request) => {
    if (isQrReader(request.url())) fetched.push(request.url());
  });
  const coach = new CoachModel(page, 'qr-reader-preload', { axe: false, screenshots: false });
  await coach.open();
  // The start page has settled (its coach preload included) without the QR reader.
  await page.waitForLoadState('networkidle');
  if (fetched.length) throw new Error('the start page fetched the QR reader');
  const reader = page.waitForEvent('requestfinished', { predicate: (r) => isQrReader(r.url()), timeout: 30_000 });
  await coach.start('signInAppQr');
  await reader;
  // Still on the journey's first step, several steps before the scan.
  await coach.step('signIn.email');
});
