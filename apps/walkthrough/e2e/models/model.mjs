// The base of every page object: the page, the texts it shows, and waiting for something a person would wait for.
import { en } from '../lib/texts.mjs';

export class Model {
  /**
   * @param {import('playwright-core').Page} page
   * @param texts the texts the page shows (`en`, `fr`, `de` or `pseudo` of lib/texts.mjs): controls are found by them
   */
  constructor(page, texts = en) {
    this.page = page;
    this.t = texts;
  }

  /**
   * On a narrow screen, where one pretend surface shows at a time behind tabs, opens the tab of `surface` (pc, phone
   * or mail) as a person would; on a wide one, where every surface shows, does nothing.
   */
  async showSurface(surface) {
    const tab = this.page.getByRole('tab', { name: this.t.ui.app.surfaceNames[surface], exact: true });
    if ((await tab.isVisible()) && (await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  }

  /** A field's visible label. */
  label(field) {
    return this.t.fields[field].label;
  }

  /**
   * Polls `check` until it returns something truthy; fails with `message()` after `timeout` ms (room for a busy
   * 2-core machine: an idle run returns as soon as the condition holds).
   */
  async until(check, message, timeout = 30_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const result = await check();
      if (result) return result;
      if (Date.now() > deadline) throw new Error(typeof message === 'function' ? await message() : message);
      await this.page.waitForTimeout(50);
    }
  }

  /** Whether `locator` (one element) holds the keyboard focus. */
  async isFocused(locator) {
    return locator.evaluate((el) => el === el.ownerDocument.activeElement);
  }
}

/** A regular expression matching `text` literally. */
export const literal = (text) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** A regular expression for a content template such as "Wait {minutes} minutes", any value in each placeholder. */
export const template = (text) =>
  new RegExp(`^${text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+?')}$`);
