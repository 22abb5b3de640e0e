// What if part of the app cannot be downloaded (offline, or a new version was published meanwhile): the page
// explains it and offers a way on instead of going blank, whether it is the coach's code when a journey starts or
// the page's own texts on the very first load.
import { test } from '../lib/registry.mjs';
import { boot, ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';
import { BASE_URL } from '../lib/preview-server.mjs';

test('what if: the coach cannot be downloaded, the page explains it and a reload recovers', async ({ page }) => {
  // The coach's code arrives after the start page; refuse it, as a dropped connection would.
  const coachChunk = /\/assets\/coach-app-[\w-]+\.js$/;
  await page.route(coachChunk, (route) => route.abort('internetdisconnected'));
  const offline = new CoachModel(page, 'what-if-downloadFails');
  await page.goto(BASE_URL);
  await offline.picker.heading.waitFor();
  await offline.picker.start('signInAppPin');

  const heading = page.getByRole('heading', { level: 2, name: ui.app.loadFailed.heading });
  await heading.waitFor();
  await offline.until(() => offline.isFocused(heading), 'focus did not move to the explanation', 3000);
  await offline.checkAccessibility('download-failed');
  await offline.screenshot('download-failed');

  await page.unroute(coachChunk);
  await page.getByRole('button', { name: ui.app.reload }).click();
  const online = new CoachModel(page, 'what-if-downloadFails-reloaded', { screenshots: false });
  await online.picker.heading.waitFor();
  await online.start('signInAppPin');
  await online.checkStep('signIn.email');
});

test('what if: the page texts cannot be downloaded on the first visit, the page explains it and recovers', async ({
  page,
}) => {
  const pageTexts = /\/assets\/page\.en-[\w-]+\.js$/;
  await page.route(pageTexts, (route) => route.abort('internetdisconnected'));
  const offline = new CoachModel(page, 'what-if-textsFail');
  await page.goto(BASE_URL);
  const heading = page.getByRole('heading', { level: 1, name: boot.heading });
  await heading.waitFor();
  await offline.until(() => offline.isFocused(heading), 'focus did not move to the explanation', 3000);
  await offline.checkAccessibility('texts-failed');
  await offline.screenshot('texts-failed');

  // The refused downloads were logged by the browser; from here on the page must be free of errors.
  await page.unroute(pageTexts);
  const online = new CoachModel(page, 'what-if-textsFail-retried', { screenshots: false });
  await page.getByRole('button', { name: boot.retry }).click();
  await online.picker.heading.waitFor();
  await online.start('signInAppPin');
  await online.checkStep('signIn.email');
});

/**
 * Refuses `chunk` (as a dropped connection would), opens the full set-up's "Make it harder" box, and returns the
 * box's explanation once it shows; the rest of the page stays as it was.
 */
async function openBoxWithout(page, chunk, name, options) {
  await page.route(chunk, (route) => route.abort('internetdisconnected'));
  const offline = new CoachModel(page, name, options);
  await page.goto(BASE_URL);
  await offline.picker.heading.waitFor();
  const card = offline.picker.card('fullSetup');
  await card.getByText(ui.picker.whatIfHeading).click();
  const alert = card.getByRole('alert').filter({ hasText: ui.picker.whatIfLoadFailed });
  await alert.waitFor();
  await offline.picker.heading.waitFor();
  return { offline, alert };
}

/**
 * Back online: "Try again" brings the switches (in place, or, as Chromium keeps a failed module download, by loading
 * the page afresh), and a journey starts with one switched on.
 */
async function tryAgainBrings(page, chunk, alert, name) {
  await page.unroute(chunk);
  await alert.getByRole('button', { name: ui.common.retry }).click();
  const online = new CoachModel(page, name, { screenshots: false });
  await online.picker.heading.waitFor();
  await online.start('fullSetup', ['mailInSpam']);
  await online.checkStep('signIn.email');
}

test('what if: the what-ifs list cannot be downloaded, its box explains it and "Try again" brings it', async ({
  page,
}) => {
  // The what-ifs' labels load after the first paint.
  const labels = /\/assets\/what-if-labels\.en-[\w-]+\.js$/;
  const { offline, alert } = await openBoxWithout(page, labels, 'what-if-labelsFail');
  await offline.checkAccessibility('what-ifs-failed');
  await tryAgainBrings(page, labels, alert, 'what-if-labelsFail-retried');
});

test('what if: the what-if switches themselves cannot be downloaded, the box says so and a reload brings them', async ({
  page,
}) => {
  // The switches' code loads after the first paint, in idle time.
  const switches = /\/assets\/what-if-switches-[\w-]+\.js$/;
  const { alert } = await openBoxWithout(page, switches, 'what-if-switchesFail', { screenshots: false });
  await tryAgainBrings(page, switches, alert, 'what-if-switchesFail-reloaded');
});
