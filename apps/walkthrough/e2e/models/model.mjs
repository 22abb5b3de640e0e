// The base of every page object: the page, and waiting for something a person would wait for.
export class Model {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
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
