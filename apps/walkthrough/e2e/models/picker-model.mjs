import { format, en, ui } from '../lib/texts.mjs';
import { Model } from './model.mjs';

/** The journey picker: every journey as a card with its what-ifs and a Start button. */
export class PickerModel extends Model {
  get heading() {
    return this.page.getByRole('heading', { level: 2, name: ui.picker.heading });
  }

  card(journey) {
    return this.page.getByRole('article', { name: en.journeys[journey].title });
  }

  startButton(journey) {
    return this.card(journey).getByRole('button', {
      name: format(ui.picker.startJourney, { journey: en.journeys[journey].title }),
    });
  }

  /** Switches on the what-ifs (by id) on the journey's card. */
  async switchOn(journey, whatIfs) {
    if (whatIfs.length === 0) return;
    const card = this.card(journey);
    await card.getByText(ui.picker.whatIfHeading).click();
    for (const id of whatIfs) {
      await card.getByRole('checkbox', { name: format(en.whatIfs[id].label, {}), exact: true }).check();
    }
  }

  async start(journey, whatIfs = []) {
    await this.switchOn(journey, whatIfs);
    await this.startButton(journey).click();
  }
}
