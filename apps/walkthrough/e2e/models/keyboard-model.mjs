import { Model } from './model.mjs';

/**
 * A person using the keyboard alone: Tab and Shift+Tab to move, Enter and Space to press, arrows in a radio group,
 * typing into the focused field. Locators only say which control the person is looking for; focus gets there by
 * tabbing.
 */
export class KeyboardModel extends Model {
  /** Tabs until `locator` has the focus (Shift+Tab when `backwards`). */
  async tabTo(locator, { backwards = false, max = 150 } = {}) {
    await locator.waitFor();
    for (let i = 0; i < max; i++) {
      if (await this.isFocused(locator)) return;
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`${max} presses of Tab never reached ${locator}`);
  }

  /** Tabs to a button (or summary, or link) and presses Enter. */
  async press(locator) {
    await this.tabTo(locator);
    await this.page.keyboard.press('Enter');
  }

  /** Tabs to a checkbox and presses Space. */
  async toggle(locator) {
    await this.tabTo(locator);
    await this.page.keyboard.press('Space');
  }

  /** Tabs to a field, selects what it holds and types `text` over it. */
  async type(locator, text) {
    await this.tabTo(locator);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(text);
  }

  /** Tabs to the drop-down `select`, then arrows (from its first option) until `label` is selected. */
  async selectOption(select, label) {
    await this.tabTo(select);
    await this.page.keyboard.press('Home');
    for (let i = 0; i < 20; i++) {
      const selected = await select.evaluate((el) => el.selectedOptions[0]?.textContent ?? '');
      if (selected === label) return;
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`arrows never selected ${label} in ${select}`);
  }

  /** Tabs into the radio group `group`, then arrows to `radio` (which checks it). */
  async choose(radio, group) {
    const radios = group.getByRole('radio');
    await radios.first().waitFor();
    const inGroup = () => radios.evaluateAll((els) => els.some((el) => el === el.ownerDocument.activeElement));
    for (let i = 0; i < 150 && !(await inGroup()); i++) await this.page.keyboard.press('Tab');
    for (let i = 0; i < 10; i++) {
      if (await this.isFocused(radio)) {
        await this.page.keyboard.press('Space');
        return;
      }
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`arrows never reached ${radio}`);
  }
}
