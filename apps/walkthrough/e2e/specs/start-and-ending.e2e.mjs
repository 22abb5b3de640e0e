// A first visit and the end of a journey. The start page says what is needed, recommends one journey, shows the
// others as secondary, and keeps the share-code box closed for people who have a code. The password rules tick as
// they are met. After the setup, a "do it for real" checklist gives the real addresses, where to get the app and
// what to have ready, and a nudge to add a second factor leads into those rehearsals.
import { test } from '../lib/registry.mjs';
import { JOURNEYS, en, format, ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';

test('start page: what you need, one recommended journey, the others secondary, the share-code box closed', async ({
  page,
}) => {
  const coach = new CoachModel(page, 'start-page');
  await coach.open();
  const needs = page.getByRole('region', { name: ui.start.needHeading });
  for (const item of [ui.start.needPc, ui.start.needPhone, ui.start.needApp]) {
    await needs.getByRole('listitem').filter({ hasText: item }).waitFor();
  }
  const recommended = page.getByRole('region', { name: ui.start.recommendedHeading });
  const fullSetup = recommended.getByRole('article', { name: en.journeys.fullSetup.title });
  await fullSetup.waitFor();
  // The recommended journey is the one primary Start; every other card's Start is secondary.
  const others = page.getByRole('region', { name: ui.start.othersHeading });
  if ((await others.getByRole('article', { name: en.journeys.fullSetup.title }).count()) !== 0) {
    throw new Error('the recommended journey is listed twice');
  }
  const startNames = await page.locator('button.btn--primary').evaluateAll((els) => els.map((el) => el.ariaLabel));
  const expected = format(ui.picker.startJourney, { journey: en.journeys.fullSetup.title });
  if (!startNames.includes(expected) || startNames.some((n) => n?.startsWith('Start ') && n !== expected)) {
    throw new Error(`primary Start buttons: ${JSON.stringify(startNames)}`);
  }
  // The share-code box is closed until a person with a code opens it.
  const codeBox = page.getByRole('textbox', { name: ui.guide.resumeLabel, exact: true });
  if (await codeBox.isVisible()) throw new Error('the share-code box is open on a first visit');
  await page.getByText(ui.start.haveCode, { exact: true }).click();
  await codeBox.waitFor();
  await coach.checkStep('share-code-open');
  await fullSetup.getByRole('button', { name: expected }).click();
  await coach.step('signIn.email');
});

test('password checklist: each rule ticks as it is met, and the error clears once the password is valid', async ({
  page,
}) => {
  const coach = new CoachModel(page, 'password-checklist');
  await coach.open();
  await coach.start('forgotPassword');
  const { pc, mailbox } = coach;
  const persona = await coach.guide.persona();
  await pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await pc.press(ui.pc.buttons.lostPassword);
  await coach.step('passwordReset.request');
  await pc.requestReset(persona.email);
  await coach.step('passwordReset.mailSent');
  await mailbox.followLink('reset');
  await coach.step('password.set');
  const rule = (text) => pc.region.getByRole('listitem').filter({ hasText: text });
  const met = async (text) => (await rule(text).textContent()).includes(ui.passwordChecklist.met);
  const password = pc.textbox(en.fields.password.label);
  // A refused password shows its error.
  await pc.press(ui.pc.buttons.submit);
  const error = pc.region.getByText(en.errors.password.required, { exact: true });
  await error.waitFor();
  await password.pressSequentially('abc');
  await coach.until(() => met(ui.pc.password.ruleLower), 'the small-letter rule did not tick');
  if (await met(ui.pc.password.ruleUpper)) throw new Error('the capital-letter rule ticked without one');
  await password.pressSequentially('D1!efghij');
  for (const text of [ui.pc.password.ruleUpper, ui.pc.password.ruleDigit, ui.pc.password.ruleSpecial]) {
    await coach.until(() => met(text), `"${text}" did not tick`);
  }
  await coach.until(() => met(format(ui.pc.password.ruleLength, { min: 10 })), 'the length rule did not tick');
  await error.waitFor({ state: 'detached' });
  await coach.checkStep('password-valid');
});

test('ending: after the setup, do it for real, and a nudge into the second-factor rehearsals', async ({ page }) => {
  const coach = new CoachModel(page, 'ending');
  await coach.open();
  await coach.start('fullSetup');
  await coach.helpdesk.open();
  await coach.helpdesk.jumpTo('signIn.done');
  await coach.step('signIn.done');
  const ending = page.getByRole('region', { name: ui.ending.heading });
  await ending.waitFor();
  for (const url of ['https://webgate.ec.europa.eu/cas/login', 'https://webgate.ec.europa.eu/cas/mobile']) {
    const link = ending.getByRole('link', { name: url });
    if ((await link.getAttribute('href')) !== url) throw new Error(`no link to ${url}`);
  }
  await ending.getByText(ui.ending.appStores).waitFor();
  const ready = ending.getByRole('region', { name: ui.ending.readyHeading });
  for (const item of [ui.ending.readyPhone, ui.ending.readyMail, ui.ending.readyPin]) {
    await ready.getByRole('listitem').filter({ hasText: item }).waitFor();
  }
  await coach.checkStep('ending');
  const nudge = ending.getByRole('region', { name: ui.ending.secondHeading });
  await nudge.getByRole('button', { name: ui.ending.eid }).waitFor();
  // The key nudge rehearses adding one (and signing in with it), not only signing in with a key already there.
  coach.journey = 'noSmartphone';
  coach.index = 0;
  await nudge.getByRole('button', { name: ui.ending.securityKey }).click();
  // The rehearsal of that journey starts at its first step ("Step 1 of N" of that journey).
  await coach.step(JOURNEYS.noSmartphone.path[0]);
});
