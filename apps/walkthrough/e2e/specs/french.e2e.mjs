// The app in French: a remembered French choice gives a French page and preloads the French page texts, and a
// rehearsal runs in French, axe-clean, with EU Login's mails in French by default.
import AxeBuilder from '@axe-core/playwright';
import { test } from '../lib/registry.mjs';
import { BASE_URL } from '../lib/preview-server.mjs';
import { format, fr } from '../lib/texts.mjs';

async function expectAxeClean(page, label) {
  const { violations } = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  if (violations.length === 0) return;
  const lines = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  throw new Error(`axe at ${label}:\n${lines.join('\n')}`);
}

test('french: a remembered French choice shows the coach in French from the first paint; axe-clean', async ({
  page,
}) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => localStorage.setItem('eulogin-coach.locale', 'fr'));
  await page.goto(BASE_URL);
  // The page language is French, and the French page texts were preloaded by the links the locale-preload plugin's
  // inline script writes (for the remembered language) before the app's own module asks for them.
  const early = {
    lang: await page.locator('html').getAttribute('lang'),
    preloads: await page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => l.href)),
  };
  if (early.lang !== 'fr') throw new Error(`the page language is "${early.lang}", not fr`);
  if (!early.preloads.some((href) => /\/page\.fr-[\w-]+\.js$/.test(href ?? ''))) {
    throw new Error(`the French page texts are not preloaded: ${early.preloads.join(', ')}`);
  }

  await page.getByRole('heading', { level: 2, name: fr.ui.picker.heading }).waitFor();
  const language = page.getByLabel(fr.ui.app.languageLabel);
  if ((await language.inputValue()) !== 'fr') throw new Error('the language picker does not show French');
  await expectAxeClean(page, 'picker');

  await page
    .getByRole('button', { name: format(fr.ui.picker.startJourney, { journey: fr.journeys.fullSetup.title }) })
    .click();
  await page.getByRole('heading', { level: 2, name: fr.steps['signIn.email'].title }).waitFor();
  await expectAxeClean(page, 'signIn.email');

  const pc = page.getByRole('region', { name: fr.ui.app.surfaceNames.pc });
  await pc.getByRole('button', { name: fr.ui.pc.buttons.next }).click();
  await pc.getByRole('button', { name: fr.ui.pc.buttons.createAccount }).click();
  await page.getByRole('heading', { level: 2, name: fr.steps['register.form'].title }).waitFor();
  const mailLanguage = await pc.getByLabel(fr.fields.emailLanguage.label).inputValue();
  if (mailLanguage !== 'fr') throw new Error(`the e-mail language starts at "${mailLanguage}", not fr`);
  await expectAxeClean(page, 'register.form');
  if (errors.length) throw new Error(`errors in the page:\n${errors.join('\n')}`);
});
