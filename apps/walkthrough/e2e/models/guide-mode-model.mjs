import { BASE_URL } from '../lib/preview-server.mjs';
import { en, format, stepTitle, ui } from '../lib/texts.mjs';
import { Model } from './model.mjs';

/** Guide mode as a person uses it: the choice of mode, the journeys, and each step's answers as buttons. */
export class GuideModeModel extends Model {
  get journeysHeading() {
    return this.page.getByRole('heading', { level: 2, name: en.guideMode.journeysHeading });
  }

  get rehearsalHeading() {
    return this.page.getByRole('heading', { level: 2, name: ui.picker.heading });
  }

  modeButton(mode) {
    return this.page.getByRole('button', { name: mode === 'guide' ? ui.modeChoice.guide : ui.modeChoice.rehearse });
  }

  get stepHeading() {
    return this.page.locator('#guide-mode-step');
  }

  async open(search = '') {
    await this.page.goto(`${BASE_URL}${search}`);
  }

  async start(journey) {
    await this.page
      .getByRole('button', { name: format(ui.picker.startJourney, { journey: en.journeys[journey].title }) })
      .click();
  }

  /**
   * Waits for `stepId`'s heading to hold the focus and its answers to be on offer. `{ loaded: true }`: the page has
   * just loaded there (a save or a code carried on), so the focus must stay at the top of the page instead.
   */
  async at(stepId, { loaded = false } = {}) {
    const title = stepTitle(stepId);
    await this.until(
      async () => (await this.stepHeading.textContent().catch(() => null))?.trim() === title,
      async () =>
        `expected the step "${title}"; the page shows "${await this.stepHeading.textContent().catch(() => '')}"`,
    );
    await this.page.getByRole('heading', { level: 3, name: en.guideMode.whatHappened }).waitFor();
    await this.page.getByText(en.guideMode.working, { exact: true }).waitFor({ state: 'hidden' });
    if (loaded) {
      const where = await this.page.evaluate("document.activeElement?.tagName ?? ''");
      if (where !== 'BODY') throw new Error(`the page took the focus on load, to a ${where} at ${stepId}`);
      return;
    }
    await this.until(() => this.isFocused(this.stepHeading), `focus did not move to the heading of ${stepId}`, 3000);
  }

  /** The button for an action that reports its one outcome itself. */
  action(action) {
    return this.page.getByRole('button', { name: en.guideMode.actions[action], exact: true });
  }

  /** The button reporting `answer` of `effect` after the action `action`, in that action's group. */
  answer(action, effect, answer) {
    return this.page
      .getByRole('group', { name: en.guideMode.actions[action], exact: true })
      .getByRole('button', { name: en.guide[effect].answers[answer], exact: true });
  }

  /** Reports an outcome with the keyboard alone: Tab until the button has the focus, then Enter. */
  async answerByKeyboard(action, effect, answer) {
    const button = this.answer(action, effect, answer);
    await this.until(async () => {
      if (await this.isFocused(button)) return true;
      await this.page.keyboard.press('Tab');
      return false;
    }, `Tab never reached the answer "${en.guide[effect].answers[answer]}"`);
    await this.page.keyboard.press('Enter');
  }

  /** How many fields there are to type in on the page's main area (guide mode has none). */
  inputCount() {
    return this.page.locator('main input, main textarea, main select, main [contenteditable="true"]').count();
  }
}
