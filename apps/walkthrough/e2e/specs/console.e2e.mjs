// The helpdesk console: an agent opens it by its address, finds the caller's step with the search, moves the coach
// as the caller reports what they see, notes, records the outcome and copies the ticket summary. The position, the
// script and the answers are in view together at 1366×768; axe finds nothing in light and dark.
import { readFile } from 'node:fs/promises';
import { test } from '../lib/registry.mjs';
import { BASE_URL } from '../lib/preview-server.mjs';
import { en, stepTitle, ui } from '../lib/texts.mjs';
import { ConsoleModel } from '../models/console-model.mjs';

const texts = en.console;

test('console: search, jump, answer, note, outcome and a copied ticket summary', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
  await page.setViewportSize({ width: 1366, height: 768 });
  const agent = new ConsoleModel(page);
  await agent.open();
  await agent.checkAccessibility('console-start');
  await agent.chooseJourney('fullSetup');
  await agent.at('signIn.email');

  // The caller's position, the script and its answers, all in view without scrolling.
  const where = agent.position.getByText(`The caller is at: ${stepTitle('signIn.email')}`);
  const stepHeading = agent.script.getByRole('heading', { level: 3, name: stepTitle('signIn.email') });
  const firstAnswer = agent.answers.getByRole('button').first();
  await page.evaluate('window.scrollTo(0, 0)');
  for (const [name, locator] of [
    ['position', where],
    ['script', stepHeading],
    ['answers', agent.answers.getByRole('heading', { name: texts.answers.heading })],
    ['first answer', firstAnswer],
  ]) {
    if (!(await agent.inView(locator))) throw new Error(`at 1366×768 the ${name} is not in view`);
  }
  await agent.screenshot('console-1366x768');

  // Search what the caller says; choose with the keyboard.
  await agent.search.fill('registration form');
  await agent.results.waitFor();
  const target = agent.results.getByRole('option', { name: new RegExp(stepTitle('register.form')) }).first();
  await target.waitFor();
  const options = await agent.results.getByRole('option').all();
  let index = 0;
  for (const [i, o] of options.entries()) if ((await o.textContent()).includes(stepTitle('register.form'))) index = i;
  for (let i = 0; i < index; i++) await agent.search.press('ArrowDown');
  await agent.search.press('Enter');
  await agent.at('register.form');

  // The caller reports the next screen: the answer moves the coach.
  await agent.answers.getByRole('button', { name: `Next: ${stepTitle('register.mailSent')}` }).click();
  await agent.at('register.mailSent');
  await agent.checkAccessibility('console-mail-sent');

  await agent.addNote('register.mailSent', 'Mail not in inbox after two minutes');
  await agent.log.getByText(`Note at ${stepTitle('register.mailSent')}: Mail not in inbox after two minutes`).waitFor();

  const code = await agent.positionCode();
  await agent.record.getByRole('radio', { name: texts.outcome.kinds.callBack }).check();
  const callBack = agent.record.getByRole('textbox', { name: texts.outcome.callBackCode });
  if ((await callBack.inputValue()) !== code) throw new Error('the call-back code is not the caller’s position code');
  await agent.record.getByRole('button', { name: texts.outcome.save }).click();
  await agent.record.getByText(`Outcome saved: Caller will call back with code ${code}.`).waitFor();

  await agent.record.getByRole('button', { name: texts.actions.copy }).click();
  await agent.record.getByText(texts.actions.copied).waitFor();
  const summary = await page.evaluate('navigator.clipboard.readText()');
  for (const line of [
    texts.summary.title,
    `Task: ${en.journeys.fullSetup.title}`,
    `Last position: ${stepTitle('register.mailSent')} (code ${code})`,
    `Outcome: Caller will call back with code ${code}`,
    `Moved from ${stepTitle('signIn.email')} to ${stepTitle('register.form')}`,
    `Note at ${stepTitle('register.mailSent')}: Mail not in inbox after two minutes`,
  ]) {
    if (!summary.includes(line)) throw new Error(`the copied summary lacks "${line}":\n${summary}`);
  }

  // The record as a versioned JSON file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    agent.record.getByRole('button', { name: texts.actions.download }).click(),
  ]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  if (file.schema !== 'eulogin-coach/call-record' || file.version !== 1 || file.journey !== 'fullSetup') {
    throw new Error(`the downloaded record is not a version-1 call record: ${JSON.stringify(file).slice(0, 200)}`);
  }
  if (!file.entries.some((e) => e.kind === 'note' && e.text === 'Mail not in inbox after two minutes')) {
    throw new Error('the downloaded record lacks the note');
  }

  // The journey map: generated, keyboard-operated; back to the registration form.
  await agent.map.getByRole('button', { name: `${stepTitle('register.mailSent')}, ${texts.map.current}` }).focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  const focused = await page.evaluate("document.activeElement?.textContent ?? ''");
  if (!focused.includes(stepTitle('register.form'))) {
    throw new Error(`arrow keys in the map reached "${focused}"`);
  }

  // Printing shows the record's summary and nothing else of the console.
  await page.emulateMedia({ media: 'print' });
  await page.getByText(texts.summary.title).waitFor();
  for (const [name, locator] of [
    ['the script', agent.script],
    ['the position', agent.position],
    ['the header', page.getByRole('banner')],
  ]) {
    if (await locator.isVisible()) throw new Error(`printing shows ${name}`);
  }
  await page.emulateMedia({ media: 'screen' });

  // Dark theme: axe-clean too.
  await page.getByLabel(ui.app.themeLabel).selectOption({ label: ui.app.themeDark });
  await page.waitForFunction("document.documentElement.dataset.theme === 'dark'");
  await agent.checkAccessibility('console-dark');
  await agent.screenshot('console-dark');
  agent.expectNoErrors();
});

test('console: a code in the address opens the caller’s position, and the rehearsal shows the same step', async ({
  page,
}) => {
  const agent = new ConsoleModel(page, 'console-code');
  await agent.open('&code=2HA1-B0HW-6FR');
  await agent.at('device.addForm');
  await agent.log.getByText(/Carried on from code 2HA1-B0HW-6FR/).waitFor();
  const link = agent.position.getByRole('link', { name: new RegExp(texts.code.showInRehearsal) });
  const href = await link.getAttribute('href');
  await page.goto(new URL(href, page.url()).href);
  await page.getByRole('heading', { level: 2, name: stepTitle('device.addForm') }).waitFor();
  agent.expectNoErrors();
});
