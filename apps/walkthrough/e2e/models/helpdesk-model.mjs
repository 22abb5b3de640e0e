import { stepTitle, ui } from '../lib/texts.mjs';
import { Model } from './model.mjs';

/** The collapsible helpdesk panel: the step's script, jump to a step, the share code, resume from a code. */
export class HelpdeskModel extends Model {
  get region() {
    return this.page.getByRole('complementary', { name: ui.app.helpdeskRegion });
  }

  async open() {
    const toggle = this.region.getByRole('button', { name: ui.helpdesk.toggle });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await this.region.getByRole('heading', { name: ui.helpdesk.title }).waitFor();
  }

  async jumpTo(stepId) {
    await this.region.getByRole('combobox', { name: ui.helpdesk.jumpLabel }).selectOption({ label: stepTitle(stepId) });
    await this.region.getByRole('button', { name: ui.helpdesk.jumpButton, exact: true }).click();
  }

  async shareCode() {
    const code = this.region.getByRole('status', { name: ui.helpdesk.shareCodeLabel });
    return (await code.textContent()).trim();
  }

  async resume(code) {
    await this.region.getByRole('textbox', { name: ui.guide.resumeLabel, exact: true }).fill(code);
    await this.region.getByRole('button', { name: ui.guide.resumeButton, exact: true }).click();
  }
}
