// The help centre (?view=help): linked from the start page, searched in any language, each entry at an anchor a
// helpdesk agent can copy and send, "Rehearse this" into the journey with its what-if; axe-clean, light and dark.
import { test } from '../lib/registry.mjs';
import { BASE_URL } from '../lib/preview-server.mjs';
import { en, helpEn as help, ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';

const texts = en.helpCentre;

test('help centre: search, copy a link, open it, rehearse; axe light and dark', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
  const coach = new CoachModel(page, 'help-centre', { screenshots: false });
  await coach.open();
  await page.getByRole('link', { name: ui.app.helpCentreStart }).click();
  const heading = page.getByRole('heading', { level: 2, name: texts.heading });
  await heading.waitFor();
  const search = page.getByRole('searchbox', { name: texts.searchLabel });
  await search.waitFor();
  await coach.until(() => coach.isFocused(heading), 'focus did not move to the help centre heading');
  await coach.checkAccessibility('help-centre');

  // Portuguese words, a typo and no accents, on the English page.
  await search.fill('perdi o telemovle');
  const results = page.getByRole('region', { name: texts.resultsHeading });
  const lostPhone = help.faq['lost-phone'].question;
  await results.getByRole('link').first().getByText(lostPhone).waitFor();
  await results.getByRole('link', { name: lostPhone }).click();
  await page.waitForURL(/#lost-phone$/);
  const target = page.getByRole('heading', { level: 4, name: lostPhone });
  await coach.until(() => coach.isFocused(target), 'the chosen result did not move the focus to its entry');

  const entry = page.getByRole('article', { name: lostPhone });
  await entry.getByRole('button', { name: `Copy a link to: ${lostPhone}` }).click();
  await entry.getByText(texts.copied).waitFor();
  const link = await page.evaluate('navigator.clipboard.readText()');
  if (link !== new URL('?view=help#lost-phone', BASE_URL).href) throw new Error(`the copied link is ${link}`);

  // The Europass section, with no rehearsal to offer.
  const europass = page.getByRole('region', { name: texts.sections.europass.heading });
  await europass.getByRole('heading', { name: help.faq['europass-eqf'].question }).waitFor();

  await page.getByLabel(ui.app.themeLabel).selectOption({ label: ui.app.themeDark });
  await page.waitForFunction("document.documentElement.dataset.theme === 'dark'");
  await coach.checkAccessibility('help-centre-dark');

  // The sent link, opened afresh, shows its entry, focused.
  await page.goto(BASE_URL);
  await page.goto(link);
  await coach.until(() => coach.isFocused(target), 'the linked entry did not receive the focus');

  // "Rehearse this" on the missing mail: the full set-up, the mail landing in spam switched on.
  await page
    .getByRole('article', { name: help.faq['no-confirmation-mail'].question })
    .getByRole('button', { name: `Rehearse this: ${help.faq['no-confirmation-mail'].question}` })
    .click();
  coach.journey = 'fullSetup';
  await coach.step('signIn.email');
  const saved = await page.evaluate("JSON.parse(localStorage.getItem('eulogin-coach.progress') ?? '{}')");
  if (JSON.stringify(saved.whatIfs) !== '["mailInSpam"]') {
    throw new Error(`the rehearsal did not start with the what-if on: ${JSON.stringify(saved.whatIfs)}`);
  }
  coach.expectNoErrors();
});
