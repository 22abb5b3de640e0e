import { Model } from './model.mjs';

/** The guide beside the pretend screens: the step's heading, progress, options, and the practice details. */
export class GuideModel extends Model {
  get region() {
    return this.page.getByRole('complementary', { name: this.t.ui.app.guideRegion });
  }

  get heading() {
    return this.region.getByRole('heading', { level: 2 });
  }

  get progressbar() {
    return this.region.getByRole('progressbar', { name: this.t.ui.guide.progressLabel });
  }

  get busy() {
    return this.region.getByText(this.t.ui.guide.busy);
  }

  get doneHeading() {
    return this.region.getByRole('heading', { name: this.t.ui.guide.doneHeading });
  }

  /** The "Your practice details" list, read as a person would: e-mail, password and PIN to type. */
  async persona() {
    const list = this.region.getByRole('region', { name: this.t.ui.guide.personaHeading });
    // On a narrow screen the practice details are folded into the guide's "more" box: open it to read them.
    const more = this.region.getByText(this.t.ui.surfaceTabs.guideMore, { exact: true });
    const folded = (await more.count()) > 0 && !(await list.isVisible());
    if (folded) await more.click();
    await list.waitFor();
    const terms = (await list.getByRole('term').allTextContents()).map((t) => t.trim());
    const values = (await list.getByRole('definition').allTextContents()).map((t) => t.trim());
    const value = (label) => {
      const i = terms.indexOf(label);
      if (i < 0 || !values[i]) throw new Error(`"${label}" missing from ${this.t.ui.guide.personaHeading}`);
      return values[i];
    };
    const persona = {
      name: value(this.t.ui.guide.personaName),
      email: value(this.t.ui.guide.personaEmail),
      password: value(this.t.ui.guide.personaPassword),
      pin: value(this.t.ui.guide.personaPin),
    };
    if (folded) await more.click();
    return persona;
  }

  /** An option the guide offers (no smartphone, lost phone): a button named by its label. */
  async choose(label) {
    await this.region.getByRole('button', { name: label }).click();
  }
}
