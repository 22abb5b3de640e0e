// Guide mode: chosen on the start page, remembered and in the address; a short journey walked by answers alone
// (the keyboard for one of them), with nothing to type; axe-clean in light and dark.
import { test } from '../lib/registry.mjs';
import { en, stepOf, ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';
import { GuideModeModel } from '../models/guide-mode-model.mjs';

test('guide mode — chosen on the start page, remembered, a sign-in by answers alone, axe-clean in light and dark', async ({
  page,
}) => {
  const checks = new CoachModel(page, 'guide-mode');
  const guide = new GuideModeModel(page);
  await guide.open();
  await guide.rehearsalHeading.waitFor();
  await guide.modeButton('guide').click();
  await guide.journeysHeading.waitFor();
  if (new URL(page.url()).searchParams.get('mode') !== 'guide') throw new Error(`the address is ${page.url()}`);
  // The page the person acted on is gone: the new one's heading takes the focus, so it is announced and the keyboard
  // goes on from there (it used to fall back to the document's body).
  await page.waitForFunction("document.activeElement?.id === 'guide-journeys-heading'");
  await checks.checkStep('guide-journeys');

  // A reload keeps guide mode, and so does the plain address: the choice is remembered.
  await page.reload();
  await guide.journeysHeading.waitFor();
  await guide.open();
  await guide.journeysHeading.waitFor();
  // The address wins over what is remembered.
  await guide.open('?mode=rehearse');
  await guide.rehearsalHeading.waitFor();
  await guide.open('?mode=guide');
  await guide.journeysHeading.waitFor();

  await guide.start('signInAppPin');
  await guide.at('signIn.email');
  await checks.checkStep('signIn.email');
  if ((await guide.inputCount()) !== 0) throw new Error('guide mode shows a field to type in');
  await guide.answerByKeyboard('submitEmail', 'lookupAccount', 'known');
  await guide.at('signIn.password');
  await checks.checkStep('signIn.password');
  await guide.action('signInAppPin').click();
  await guide.at('signIn.appPin');
  await checks.checkStep('signIn.appPin');

  // Dark colours: the same step and the last one pass axe too.
  await page.getByLabel(ui.app.themeLabel).selectOption({ label: ui.app.themeDark });
  await page.waitForFunction("document.documentElement.dataset.theme === 'dark'");
  await checks.checkStep('signIn.appPin-dark');
  await guide.answer('submitApprovePin', 'approvePinRequest', 'ok').click();
  await guide.at('signIn.done');
  await page.getByText(stepOf(4, 4), { exact: true }).waitFor();
  if ((await guide.inputCount()) !== 0) throw new Error('guide mode shows a field to type in');
  await checks.checkStep('signIn.done-dark');
  await page.getByRole('button', { name: en.guideMode.restart, exact: true }).click();
  await guide.journeysHeading.waitFor();
  await checks.checkStep('guide-journeys-dark');
});

test('guide mode — carries on after a reload and from a code in the address; a damaged save is explained', async ({
  page,
}) => {
  const checks = new CoachModel(page, 'guide-mode-carry-on');
  const guide = new GuideModeModel(page);

  // A code read out by the helpdesk, in the address: guide mode opens at the caller's step, and the code leaves the
  // address so a reload does not use it again.
  // Carried on at load, the page leaves the focus at its top (a screen reader starts there).
  await guide.open('?mode=guide&code=2HA1-B0HW-6FR');
  await guide.at('device.addForm', { loaded: true });
  if (new URL(page.url()).searchParams.has('code')) throw new Error(`the code stays in the address: ${page.url()}`);
  await page.reload();
  await guide.at('device.addForm', { loaded: true });

  // A reported problem shows its explanation and fix; axe-clean in light and dark. A reload keeps the step.
  await page.getByRole('button', { name: en.guideMode.restart, exact: true }).click();
  await guide.journeysHeading.waitFor();
  await guide.start('signInAppPin');
  await guide.at('signIn.email');
  await guide.answer('submitEmail', 'lookupAccount', 'known').click();
  await guide.at('signIn.password');
  await guide.action('noPasswordOption').click();
  await page.getByRole('heading', { level: 3, name: en.guideMode.reportedHeading }).waitFor();
  await checks.checkStep('signIn.password-reported');
  await page.getByLabel(ui.app.themeLabel).selectOption({ label: ui.app.themeDark });
  await page.waitForFunction("document.documentElement.dataset.theme === 'dark'");
  await checks.checkStep('signIn.password-reported-dark');
  await page.reload();
  await guide.at('signIn.password', { loaded: true });

  // A damaged save is explained, and starting afresh forgets it.
  await page.evaluate("localStorage.setItem('eulogin-coach.guide-progress', '{not a save')");
  await page.reload();
  await page.getByRole('heading', { level: 2, name: ui.app.saveUnreadableHeading }).waitFor();
  await guide.journeysHeading.waitFor();
  await page.getByRole('button', { name: ui.guide.startFresh }).click();
  await page.getByRole('heading', { level: 2, name: ui.app.saveUnreadableHeading }).waitFor({ state: 'detached' });
  if ((await page.evaluate("localStorage.getItem('eulogin-coach.guide-progress')")) !== null) {
    throw new Error('starting afresh kept the damaged save');
  }
});
