// What if part of the app cannot be downloaded when a journey starts (offline, or a new version was published
// meanwhile): the page explains it and offers a reload instead of going blank; after the reload everything works.
import { test } from '../lib/registry.mjs';
import { ui } from '../lib/texts.mjs';
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
