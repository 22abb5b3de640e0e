import { mkdirSync, rmSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { BASE_URL } from '../lib/preview-server.mjs';
import { JOURNEYS, en, format, params, pathIndexOf } from '../lib/texts.mjs';
import { GuideModel } from './guide-model.mjs';
import { HelpdeskModel } from './helpdesk-model.mjs';
import { MailboxModel } from './mailbox-model.mjs';
import { Model } from './model.mjs';

export { template } from './model.mjs';
import { PcModel } from './pc-model.mjs';
import { PhoneModel } from './phone-model.mjs';
import { PickerModel } from './picker-model.mjs';

/** The picker looks the same at the start of every spec: axe checks it once per run. */
let pickerChecked = false;

const shotsRoot = new URL('../../../../test-results/e2e/', import.meta.url).pathname;

/**
 * The whole app as one person uses it, with the checks every step gets: no console or page errors, no axe
 * violation, focus on the new step's heading, the progress along the journey, and a screenshot
 * (test-results/e2e/<name>/<NN>-<stepId>.png).
 */
export class CoachModel extends Model {
  /**
   * @param {string} name the folder for screenshots (the journey, or the what-if)
   * @param options `axe`: true, false, or the step ids whose screens axe checks; `texts`: the texts the page shows (English unless given), with `locale` the language to remember
   *   before the page loads (the app then starts in it); `baseUrl`: another build than the runner's (the pseudo one);
   *   `onCheck(label)`: a check of the spec's own, run on every screen the model checks
   */
  constructor(
    page,
    name,
    { axe = true, screenshots = true, texts = en, locale = null, baseUrl = BASE_URL, onCheck = null } = {},
  ) {
    super(page, texts);
    this.name = name;
    this.options = { axe, screenshots, locale, baseUrl, onCheck };
    this.picker = new PickerModel(page, texts);
    this.guide = new GuideModel(page, texts);
    this.pc = new PcModel(page, texts);
    this.phone = new PhoneModel(page, texts);
    this.mailbox = new MailboxModel(page, texts);
    this.helpdesk = new HelpdeskModel(page, texts);
    this.errors = [];
    this.count = 0;
    this.journey = null;
    this.index = 0;
    page.on('console', (m) => m.type() === 'error' && this.errors.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => this.errors.push(`page error: ${e.message}`));
    this.shots = `${shotsRoot}${name}/`;
    rmSync(this.shots, { recursive: true, force: true });
    if (screenshots) mkdirSync(this.shots, { recursive: true });
  }

  /** Opens the app at the journey picker. */
  async open() {
    const { locale, baseUrl } = this.options;
    if (locale) await this.page.addInitScript((l) => localStorage.setItem('eulogin-coach.locale', l), locale);
    await this.page.goto(baseUrl);
    await this.picker.heading.waitFor();
    // The English picker is checked once per run; another language's on each open.
    const english = this.t === en && baseUrl === BASE_URL;
    await this.checkStep('coach.journeys', { axe: english ? !pickerChecked : this.axeAt('coach.journeys') });
    if (english) pickerChecked = true;
  }

  /** The guide's heading for a step, in the page's texts. */
  stepTitle(stepId) {
    return format(this.t.steps[stepId].title, params);
  }

  /** "Step n of total", in the page's texts. */
  stepOf(n, total) {
    return format(this.t.ui.guide.stepOf, { n, total });
  }

  /** From the picker, starts `journey` (with what-ifs switched on) and checks its first step. */
  async start(journey, whatIfs = []) {
    this.journey = journey;
    this.index = 0;
    await this.picker.start(journey, whatIfs);
    await this.step(JOURNEYS[journey].path[0]);
  }

  /** The coach is now at `stepId`: its heading is shown and focused, progress follows the path, no errors, no axe. */
  async step(stepId) {
    const title = this.stepTitle(stepId);
    await this.until(
      async () => (await this.guide.heading.textContent())?.trim() === title,
      async () => `expected step "${title}" (${stepId}); the guide shows "${await this.guide.heading.textContent()}"`,
    );
    await this.guide.busy.waitFor({ state: 'hidden' });
    await this.until(() => this.isFocused(this.guide.heading), `focus did not move to the heading of ${stepId}`);
    if (this.journey) {
      const path = JOURNEYS[this.journey].path;
      const index = pathIndexOf(this.journey, stepId, this.index);
      if (path[index] === stepId) {
        this.index = index;
        const expected = this.stepOf(index + 1, path.length);
        await this.until(
          async () => (await this.guide.progressbar.getAttribute('aria-valuetext')) === expected,
          async () =>
            `at ${stepId}: progress says "${await this.guide.progressbar.getAttribute('aria-valuetext')}", expected "${expected}"`,
        );
      }
    }
    await this.checkStep(stepId);
  }

  /** The journey is over: "Step M of M" and the guide's well-done. */
  async expectDone() {
    const total = JOURNEYS[this.journey].path.length;
    await this.guide.doneHeading.waitFor();
    await this.guide.region.getByText(this.stepOf(total, total), { exact: true }).waitFor();
    if (this.index !== total - 1) throw new Error(`finished at path position ${this.index + 1} of ${total}`);
    this.expectNoErrors();
  }

  /** Whether axe checks the screen `label`: `axe` is true, false, or the labels (step ids) to check. */
  axeAt(label) {
    const { axe } = this.options;
    return Array.isArray(axe) ? axe.includes(label) : axe;
  }

  /** Errors, axe and a screenshot for what the page shows now. */
  async checkStep(label, { axe = this.axeAt(label) } = {}) {
    this.expectNoErrors();
    await Promise.all([
      axe ? this.checkAccessibility(label) : null,
      this.options.screenshots ? this.screenshot(label) : null,
      this.options.onCheck?.(label),
    ]);
  }

  expectNoErrors() {
    if (this.errors.length) throw new Error(`errors in the page:\n${this.errors.join('\n')}`);
  }

  async checkAccessibility(label) {
    const { violations } = await new AxeBuilder({ page: this.page })
      .setLegacyMode(true)
      .options({ resultTypes: ['violations'] })
      .analyze();
    if (violations.length === 0) return;
    const lines = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    throw new Error(`axe at ${label}:\n${lines.join('\n')}`);
  }

  async screenshot(label) {
    this.count += 1;
    const file = `${this.shots}${String(this.count).padStart(2, '0')}-${label}.png`;
    await this.page.screenshot({ path: file, fullPage: true });
  }
}
