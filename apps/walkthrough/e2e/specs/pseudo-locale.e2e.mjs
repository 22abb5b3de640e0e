// The pseudo-locale check (issue 13): the app built with every English text accented, about 40 % longer and between
// markers (`npm run build:pseudo`, dist-pseudo/), walked at 320 px wide in Chromium. On every screen, any text shown
// or named outside the markers is hard-coded (not from packages/content), and nothing may be clipped, no two
// controls may overlap, and the page may not scroll sideways.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { layoutFaults, unmarkedTexts } from '../lib/pseudo-checks.mjs';
import { freePort, startPreview } from '../lib/preview-server.mjs';
import { test } from '../lib/registry.mjs';
import { LANGUAGE_NAMES, format, params, pseudo } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';
import { fullSetup } from './flows.mjs';

const FAULTS_FILE = new URL('../../../../test-results/pseudo-locale-faults.txt', import.meta.url).pathname;
const SHOTS = new URL('../../../../test-results/e2e/pseudo-locale-faults/', import.meta.url).pathname;
const NARROW = { width: 320, height: 800 };
const SURFACES = ['pc', 'phone', 'mail'];
/** What the test types that is not the persona's: the device's name. */
const TYPED = ['My phone'];

/** The pseudo build, served for one test. */
async function withPseudoApp(run) {
  const server = await startPreview({ outDir: 'dist-pseudo', port: await freePort() });
  try {
    await run(server.baseUrl);
  } finally {
    server.stop();
  }
}

/** Every fault found on the way, by screen, so one run lists them all. */
class Findings {
  constructor(page) {
    this.page = page;
    mkdirSync(SHOTS, { recursive: true });
    // Each language's own name (the language pickers), as is and capitalised.
    const languages = Object.values(LANGUAGE_NAMES).flatMap((n) => [n, n.charAt(0).toUpperCase() + n.slice(1)]);
    this.names = [...languages, ...TYPED];
    this.faults = [];
  }

  /** The persona's details (shown in the guide, typed in the forms) are data, not texts. */
  allow(values) {
    this.names.push(...values);
  }

  async check(label) {
    const [texts, layout] = await Promise.all([unmarkedTexts(this.page, this.names), layoutFaults(this.page)]);
    for (const text of texts) this.faults.push(`${label}: hard-coded? ${text}`);
    for (const fault of layout) this.faults.push(`${label}: ${fault}`);
    // The screen as it was, to see a fault (test-results/e2e/pseudo-locale-faults/).
    if (texts.length || layout.length) {
      await this.page.screenshot({ path: `${SHOTS}${label.replace(/[^\w.-]+/g, '_')}.png`, fullPage: true });
    }
  }

  /** The screens of the other pretend surfaces too (one shows at a time at 320 px), then back to the one shown. */
  async checkEverySurface(label) {
    const tab = (s) => this.page.getByRole('tab', { name: pseudo.ui.app.surfaceNames[s], exact: true });
    const shown = [];
    for (const s of SURFACES) if ((await tab(s).getAttribute('aria-selected')) === 'true') shown.push(s);
    for (const s of SURFACES.filter((x) => !shown.includes(x))) {
      await tab(s).click();
      await this.page.getByRole('region', { name: pseudo.ui.app.surfaceNames[s], exact: true }).waitFor();
      await this.check(`${label} (${s} tab)`);
    }
    if (shown[0]) await tab(shown[0]).click();
  }

  /** Fails with every fault, each once (also written to test-results/pseudo-locale-faults.txt, as a list is long). */
  expectNone() {
    const faults = [...new Set(this.faults)];
    mkdirSync(dirname(FAULTS_FILE), { recursive: true });
    writeFileSync(FAULTS_FILE, faults.map((f) => `${f}\n`).join(''));
    if (faults.length)
      throw new Error(`${faults.length} faults (test-results/pseudo-locale-faults.txt):\n${faults.join('\n')}`);
  }
}

test('pseudo-locale at 320 px: the start page, the whole set-up on every surface, the ending and the survey', async ({
  page,
}) => {
  await page.setViewportSize(NARROW);
  const findings = new Findings(page);
  const everySurfaceAt = new Set(['signIn.email', 'register.mailSent', 'device.qrShown', 'app.enrolPin']);
  /** Where the helpdesk panel is opened (and closed again), its script checked too. */
  const helpdeskAt = new Set(['register.form', 'device.qrShown']);
  await withPseudoApp(async (baseUrl) => {
    const coach = new CoachModel(page, 'pseudo-locale', {
      texts: pseudo,
      baseUrl,
      axe: false,
      onCheck: (label) => findings.check(label),
    });
    await coach.open();
    // The start page with the share-code box and a journey's what-ifs open.
    await page.getByText(pseudo.ui.start.haveCode, { exact: true }).click();
    await coach.picker.card('fullSetup').getByText(pseudo.ui.picker.whatIfHeading).click();
    await findings.check('start page, opened');
    await coach.start('fullSetup');
    findings.allow(Object.values(await coach.guide.persona()));
    const step = coach.step.bind(coach);
    coach.step = async (stepId) => {
      await step(stepId);
      if (everySurfaceAt.has(stepId)) await findings.checkEverySurface(stepId);
      if (helpdeskAt.has(stepId)) {
        await coach.helpdesk.open();
        await findings.check(`${stepId} (helpdesk panel)`);
        await coach.helpdesk.close();
      }
    };
    await fullSetup(coach);
    // The ending and the survey's offer were checked at signIn.done; now the survey itself, then its thanks.
    const survey = page.getByRole('region', { name: pseudo.survey.promptHeading });
    await survey.getByRole('button', { name: pseudo.survey.take }).click();
    await survey.getByRole('heading', { name: pseudo.survey.formHeading, exact: true }).waitFor();
    await survey.getByRole('button', { name: pseudo.survey.submit }).click();
    await survey.getByRole('alert').waitFor();
    await findings.check('survey form, nothing answered');
  });
  findings.expectNone();
});

test('pseudo-locale at 320 px: a what-if (mail in spam), guide mode, the helpdesk console and the help centre', async ({
  page,
}) => {
  await page.setViewportSize(NARROW);
  const findings = new Findings(page);
  await withPseudoApp(async (baseUrl) => {
    const coach = new CoachModel(page, 'pseudo-locale-views', { texts: pseudo, baseUrl, axe: false });
    const { pc, mailbox } = coach;
    const ui = pseudo.ui;
    await coach.open();
    // A what-if: the confirmation mail in Spam, the guide's lead for it, and the mailbox's folders.
    await coach.start('fullSetup', ['mailInSpam']);
    const persona = await coach.guide.persona();
    findings.allow(Object.values(persona));
    await pc.submitEmail(persona.email);
    await coach.step('signIn.userNotFound');
    await pc.press(ui.pc.buttons.createAccount);
    await coach.step('register.form');
    await pc.register(persona);
    await coach.step('register.mailSent');
    await mailbox.showSurface('mail');
    await coach.until(async () => {
      if (await mailbox.waitButton.isVisible()) await mailbox.waitButton.click();
      return mailbox.region.getByText(ui.mailbox.checkSpam).isVisible();
    }, 'the inbox never said to check the Spam folder');
    await findings.check('what-if mailInSpam, inbox');
    await mailbox.open('confirmation', ui.mailbox.spam);
    await mailbox.region.getByText(ui.mailbox.spamWarning).waitFor();
    await findings.check('what-if mailInSpam, the mail in Spam');

    // Guide mode: the journeys, then a step with its answers.
    await page.goto(`${baseUrl}?mode=guide`);
    await page.getByRole('heading', { level: 2, name: pseudo.guideMode.journeysHeading }).waitFor();
    await findings.check('guide mode, journeys');
    const start = format(ui.picker.startJourney, { journey: pseudo.journeys.signInAppPin.title });
    await page.getByRole('button', { name: start }).click();
    await page.getByRole('heading', { level: 3, name: pseudo.guideMode.whatHappened }).waitFor();
    await findings.check('guide mode, signIn.email');

    // The helpdesk console, with a call started.
    await page.goto(`${baseUrl}?view=console`);
    await page.getByRole('heading', { level: 2, name: pseudo.console.title }).waitFor();
    await findings.check('console');
    const script = page.getByRole('region', { name: pseudo.console.regions.script });
    await script.getByRole('combobox', { name: pseudo.console.chooseJourney.label }).selectOption('fullSetup');
    await script.getByRole('button', { name: pseudo.console.chooseJourney.start }).click();
    await script.getByRole('heading', { level: 3, name: format(pseudo.steps['signIn.email'].title, params) }).waitFor();
    await findings.check('console, a call at signIn.email');

    // The help centre, and a search that finds nothing (the FAQ is in the pseudo-locale too).
    await page.goto(`${baseUrl}?view=help`);
    await page.getByRole('heading', { level: 2, name: pseudo.helpCentre.heading }).waitFor();
    await findings.check('help centre');
    await page.getByRole('searchbox', { name: pseudo.helpCentre.searchLabel }).fill('zzzz');
    await page.getByRole('status').getByText(pseudo.helpCentre.noResults, { exact: true }).waitFor();
    await findings.check('help centre, a search that finds nothing');
  });
  findings.expectNone();
});
