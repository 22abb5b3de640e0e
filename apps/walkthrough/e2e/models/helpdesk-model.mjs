import { format, params } from '../lib/texts.mjs';
import { Model } from './model.mjs';

/** The collapsible helpdesk panel: the step's script, jump to a step, the share code, resume from a code. */
export class HelpdeskModel extends Model {
  get region() {
    return this.page.getByRole('complementary', { name: this.t.ui.app.helpdeskRegion });
  }

  async open() {
    const toggle = this.region.getByRole('button', { name: this.t.ui.helpdesk.toggle });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await this.region.getByRole('heading', { name: this.t.ui.helpdesk.title }).waitFor();
  }

  async close() {
    const toggle = this.region.getByRole('button', { name: this.t.ui.helpdesk.toggle });
    if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
    await this.region.getByRole('heading', { name: this.t.ui.helpdesk.title }).waitFor({ state: 'hidden' });
  }

  async jumpTo(stepId) {
    await this.region
      .getByRole('combobox', { name: this.t.ui.helpdesk.jumpLabel })
      .selectOption({ label: format(this.t.steps[stepId].title, params) });
    await this.region.getByRole('button', { name: this.t.ui.helpdesk.jumpButton, exact: true }).click();
  }

  async shareCode() {
    const code = this.region.getByRole('status', { name: this.t.ui.helpdesk.shareCodeLabel });
    return (await code.textContent()).trim();
  }

  async resume(code) {
    await this.region.getByRole('textbox', { name: this.t.ui.guide.resumeLabel, exact: true }).fill(code);
    await this.region.getByRole('button', { name: this.t.ui.guide.resumeButton, exact: true }).click();
  }
}
