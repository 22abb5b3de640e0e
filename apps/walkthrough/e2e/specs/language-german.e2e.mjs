/* global document -- callbacks that run in the page */
// German: the language picker offers it, the whole page switches (its texts, the html lang, the guide's steps and
// the pretend EU Login screens), the choice survives a reload, and the German pages pass axe.
import { de, format, params, ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';
import { test } from '../lib/registry.mjs';

test('German: chosen in the language picker, remembered after a reload, a journey runs in German, axe-clean', async ({
  page,
}) => {
  const coach = new CoachModel(page, 'language-german');
  await coach.open();
  await page.getByLabel(ui.app.languageLabel).selectOption({ label: 'Deutsch' });
  // A function, not a string: the page's Content-Security-Policy forbids evaluating a string.
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  const picker = page.getByRole('heading', { level: 2, name: de.ui.picker.heading });
  await picker.waitFor();
  await coach.checkStep('de-picker');

  await page.reload();
  await picker.waitFor();
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== 'de') throw new Error(`German was not remembered after a reload (lang="${lang}")`);

  const title = de.journeys.fullSetup.title;
  await page.getByRole('button', { name: format(de.ui.picker.startJourney, { journey: title }) }).click();
  const guideHeading = (stepId) =>
    page.getByRole('heading', { name: format(de.steps[stepId].title, params), exact: true });
  await guideHeading('signIn.email').waitFor();
  await coach.checkStep('de-signIn.email');

  const pc = page.getByRole('region', { name: de.ui.app.surfaceNames.pc });
  await pc.getByRole('textbox', { name: de.fields.email.label, exact: true }).fill('niemand@example.org');
  await pc.getByRole('button', { name: de.ui.pc.buttons.next, exact: true }).click();
  await guideHeading('signIn.userNotFound').waitFor();
  await pc.getByRole('heading', { name: de.ui.pc.signIn.userNotFoundHeading }).waitFor();
  await pc.getByRole('button', { name: de.ui.pc.buttons.createAccount, exact: true }).click();
  await guideHeading('register.form').waitFor();
  await pc.getByRole('textbox', { name: de.fields.firstName.label, exact: true }).waitFor();
  await coach.checkStep('de-register.form');
});
