// The feedback survey at the end of a journey: asked once, skippable, answered by keyboard and labels, stored in
// the browser only and downloaded as JSON; axe finds nothing on its screens, light and dark.
import { readFile } from 'node:fs/promises';
import { test } from '../lib/registry.mjs';
import { en, ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';

const texts = en.survey;

/** The short security-key sign-in, to its end. */
async function finishJourney(coach) {
  await coach.start('signInSecurityKey');
  const persona = await coach.guide.persona();
  await coach.pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await coach.pc.signIn(persona.password, 'securityKey');
  await coach.step('signIn.securityKey');
  await coach.pc.touchPracticeKey();
  await coach.step('signIn.done');
}

async function again(coach) {
  await coach.guide.region.getByRole('button', { name: ui.guide.chooseAnother }).click();
  await coach.picker.heading.waitFor();
  await finishJourney(coach);
}

const prompt = (page) => page.getByRole('region', { name: texts.promptHeading });

test('survey: skipped at the end of a journey, and not asked again', async ({ page }) => {
  const coach = new CoachModel(page, 'survey-skip');
  await coach.open();
  await finishJourney(coach);
  const survey = prompt(page);
  await survey.getByRole('heading', { name: texts.promptHeading }).waitFor();
  await survey.getByText(texts.privacy).waitFor();
  await coach.checkAccessibility('survey-prompt');
  await survey.getByRole('button', { name: texts.dismiss }).click();
  await survey.waitFor({ state: 'detached' });

  await again(coach);
  await coach.guide.doneHeading.waitFor();
  if ((await prompt(page).count()) !== 0) throw new Error('the survey was asked again after it was dismissed');
  coach.expectNoErrors();
});

test('survey: answered by keyboard and labels, exported as JSON, axe-clean light and dark, asked once', async ({
  page,
}) => {
  const coach = new CoachModel(page, 'survey-answer', { screenshots: false });
  await coach.open();
  await page.getByLabel(ui.app.themeLabel).selectOption({ label: ui.app.themeDark });
  await page.waitForFunction("document.documentElement.dataset.theme === 'dark'");
  await finishJourney(coach);
  const survey = prompt(page);
  await survey.getByRole('button', { name: texts.take }).click();
  const heading = survey.getByRole('heading', { name: texts.formHeading, exact: true });
  await coach.until(() => coach.isFocused(heading), 'focus did not move to the survey heading');
  await coach.checkAccessibility('survey-form-dark');

  // Saving with nothing answered says what to do, and keeps the form.
  await survey.getByRole('button', { name: texts.submit }).click();
  await survey.getByRole('alert').getByText(texts.nothingAnswered).waitFor();

  // Keyboard only for the first question: into the group, then an arrow picks the next answer.
  await heading.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  const ease = survey.getByRole('group', { name: new RegExp(texts.questions.ease.legend.replace('?', '\\?')) });
  if (!(await ease.getByRole('radio', { name: texts.questions.ease.choices.easy, exact: true }).isChecked())) {
    throw new Error('the arrow key did not choose "Easy"');
  }
  await survey.getByRole('radio', { name: texts.questions.clarity.choices.partly }).check();
  await survey.getByRole('radio', { name: texts.questions.factor.choices.securityKey }).check();
  await survey
    .getByRole('textbox', { name: new RegExp(texts.questions.improve.label.replace('?', '\\?')) })
    .fill('Show the key dialog larger');
  await page.getByLabel(ui.app.themeLabel).selectOption({ label: ui.app.themeLight });
  await page.waitForFunction("document.documentElement.dataset.theme === 'light'");
  await coach.checkAccessibility('survey-form-light');
  await survey.getByRole('button', { name: texts.submit }).click();

  // The survey's region is now named by its thanks.
  const done = page.getByRole('region', { name: texts.thanksHeading });
  const thanks = done.getByRole('heading', { name: texts.thanksHeading, exact: true });
  await coach.until(() => coach.isFocused(thanks), 'focus did not move to the thanks heading');
  await coach.checkAccessibility('survey-thanks');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    done.getByRole('button', { name: texts.download }).click(),
  ]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  const expected = { ease: 'easy', clarity: 'partly', factor: 'securityKey', improve: 'Show the key dialog larger' };
  if (file.schema !== 'eulogin-coach/survey' || JSON.stringify(file.answers) !== JSON.stringify(expected)) {
    throw new Error(`the downloaded answers are not the ones given: ${JSON.stringify(file)}`);
  }
  const stored = await page.evaluate("localStorage.getItem('eulogin-coach.survey')");
  if (!stored?.includes('Show the key dialog larger')) throw new Error('the answers are not kept in this browser');

  await again(coach);
  await coach.guide.doneHeading.waitFor();
  if ((await prompt(page).count()) !== 0) throw new Error('the survey was asked again after it was answered');
  coach.expectNoErrors();
});
