import { mkdirSync, rmSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { BASE_URL } from '../lib/preview-server.mjs';
import { en, stepTitle, ui } from '../lib/texts.mjs';
import { Model } from './model.mjs';

const texts = en.console;
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const shotsRoot = new URL('../../../../test-results/e2e/', import.meta.url).pathname;

/**
 * The helpdesk console (`?view=console`) as an agent uses it, by roles and labels only: the search, the three
 * columns (the caller's position, the script with its answers, the call record) and the journey map.
 */
export class ConsoleModel extends Model {
  constructor(page, name = 'console') {
    super(page);
    this.errors = [];
    this.count = 0;
    page.on('console', (m) => m.type() === 'error' && this.errors.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => this.errors.push(`page error: ${e.message}`));
    this.shots = `${shotsRoot}${name}/`;
    rmSync(this.shots, { recursive: true, force: true });
    mkdirSync(this.shots, { recursive: true });
  }

  get heading() {
    return this.page.getByRole('heading', { level: 2, name: texts.title });
  }
  get position() {
    return this.page.getByRole('region', { name: texts.regions.position });
  }
  get script() {
    return this.page.getByRole('region', { name: texts.regions.script });
  }
  get record() {
    return this.page.getByRole('region', { name: texts.regions.record });
  }
  get answers() {
    return this.script.getByRole('region', { name: texts.answers.heading });
  }
  get search() {
    return this.page.getByRole('combobox', { name: texts.search.label });
  }
  get results() {
    return this.page.getByRole('listbox', { name: texts.search.results });
  }
  get log() {
    return this.record.getByRole('list', { name: texts.record.log });
  }
  get map() {
    return this.page.getByRole('list', { name: texts.map.textAlternative });
  }

  /** Opens the console by its address. */
  async open(query = '') {
    await this.page.goto(`${BASE_URL}?view=console${query}`);
    await this.heading.waitFor();
  }

  async chooseJourney(journey) {
    await this.script.getByRole('combobox', { name: texts.chooseJourney.label }).selectOption(journey);
    await this.script.getByRole('button', { name: texts.chooseJourney.start }).click();
  }

  /** The script shows `stepId`'s title as its step heading. */
  async at(stepId) {
    await this.script.getByRole('heading', { level: 3, name: stepTitle(stepId), exact: true }).waitFor();
  }

  /** The answer button of an action that reports its one outcome itself. */
  action(action) {
    return this.answers.getByRole('button', { name: en.guideMode.actions[action], exact: true });
  }

  /** The button reporting `answer` to `effect`'s question after `action`, in that action's group. */
  outcome(action, effect, answer) {
    return this.answers
      .getByRole('group', { name: en.guideMode.actions[action], exact: true })
      .getByRole('button', { name: en.guide[effect].answers[answer], exact: true });
  }

  /** The hit of the search results whose title is `title`. */
  hit(title) {
    return this.results.getByRole('option', { name: new RegExp(escapeRegExp(title)) }).first();
  }

  /** Switches the theme; waits until the page shows it. */
  async theme(dark) {
    await this.page.getByLabel(ui.app.themeLabel).selectOption({ label: dark ? ui.app.themeDark : ui.app.themeLight });
    await this.page.waitForFunction(`document.documentElement.dataset.theme === '${dark ? 'dark' : 'light'}'`);
  }

  /** axe on the page as it is now, in light and then dark colours (back to light after). */
  async checkAccessibilityBothThemes(label) {
    await this.theme(false);
    await this.checkAccessibility(`${label} (light)`);
    await this.theme(true);
    await this.checkAccessibility(`${label} (dark)`);
    await this.theme(false);
  }

  /**
   * With the page scrolled to the top: the caller's position, the step's title in the script and every answer
   * button the guide offers are wholly in view.
   */
  async expectAllInView(stepId) {
    await this.page.evaluate('window.scrollTo(0, 0)');
    const buttons = await this.answers.getByRole('list').first().getByRole('button').all();
    if (buttons.length === 0) throw new Error(`no answers at ${stepId}`);
    const checks = [
      ['the position', this.position.getByText(`The caller is at: ${stepTitle(stepId)}`)],
      ['the script', this.script.getByRole('heading', { level: 3, name: stepTitle(stepId), exact: true })],
      ['the answers heading', this.answers.getByRole('heading', { name: texts.answers.heading })],
      ...buttons.map((b, i) => [`answer ${i + 1} of ${buttons.length}`, b]),
    ];
    for (const [name, locator] of checks) {
      if (!(await this.inView(locator))) {
        const size = this.page.viewportSize();
        await this.screenshot(`not-in-view-${stepId}`);
        throw new Error(`at ${stepId}, ${size.width}×${size.height}: ${name} is not in view`);
      }
    }
  }

  async positionCode() {
    return (await this.position.getByRole('status', { name: texts.code.heading }).textContent()).trim();
  }

  async addNote(stepId, text) {
    await this.record.getByRole('textbox', { name: `Note for ${stepTitle(stepId)}` }).fill(text);
    await this.record.getByRole('button', { name: texts.note.add }).click();
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

  expectNoErrors() {
    if (this.errors.length) throw new Error(`errors in the page:\n${this.errors.join('\n')}`);
  }

  /** A screenshot of the page, or of `locator` alone, in this test's folder of test-results/e2e. */
  async screenshot(label, locator = null) {
    this.count += 1;
    const path = `${this.shots}${String(this.count).padStart(2, '0')}-${label}.png`;
    await (locator ?? this.page).screenshot({ path });
  }

  /** Whether `locator` lies wholly inside the viewport as it is scrolled now. */
  async inView(locator) {
    const box = await locator.boundingBox();
    const size = this.page.viewportSize();
    if (box === null || box.y < 0 || box.x < 0 || box.y + box.height > size.height || box.x + box.width > size.width) {
      return false;
    }
    // Not hidden by a column that scrolls on its own either: wholly inside the scrolling column's visible part.
    return locator.evaluate((element) => {
      const r = element.getBoundingClientRect();
      for (let e = element.parentElement; e; e = e.parentElement) {
        const style = e.ownerDocument.defaultView.getComputedStyle(e);
        if (!/(auto|scroll|hidden)/.test(style.overflowY)) continue;
        const c = e.getBoundingClientRect();
        if (r.top < c.top || r.bottom > c.bottom) return false;
      }
      return true;
    });
  }
}
