import { mkdirSync, rmSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { BASE_URL } from '../lib/preview-server.mjs';
import { en, stepTitle } from '../lib/texts.mjs';
import { Model } from './model.mjs';

const texts = en.console;
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

  async screenshot(label) {
    this.count += 1;
    await this.page.screenshot({ path: `${this.shots}${String(this.count).padStart(2, '0')}-${label}.png` });
  }

  /** Whether `locator` lies wholly inside the viewport as it is scrolled now. */
  async inView(locator) {
    const box = await locator.boundingBox();
    const size = this.page.viewportSize();
    return (
      box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width
    );
  }
}
