import { format } from '../lib/texts.mjs';
import { Model } from './model.mjs';

/** The journey picker: every journey as a card with its what-ifs and a Start button. */
export class PickerModel extends Model {
  get heading() {
    return this.page.getByRole('heading', { level: 2, name: this.t.ui.picker.heading });
  }

  card(journey) {
    return this.page.getByRole('article', { name: this.t.journeys[journey].title });
  }

  startButton(journey) {
    return this.card(journey).getByRole('button', {
      name: format(this.t.ui.picker.startJourney, { journey: this.t.journeys[journey].title }),
    });
  }

  /** Switches on the what-ifs (by id) on the journey's card. */
  async switchOn(journey, whatIfs) {
    if (whatIfs.length === 0) return;
    const card = this.card(journey);
    await card.getByText(this.t.ui.picker.whatIfHeading).click();
    for (const id of whatIfs) {
      await card.getByRole('checkbox', { name: format(this.t.whatIfs[id].label, {}), exact: true }).check();
    }
  }

  async start(journey, whatIfs = []) {
    await this.switchOn(journey, whatIfs);
    await this.startButton(journey).click();
  }
}
