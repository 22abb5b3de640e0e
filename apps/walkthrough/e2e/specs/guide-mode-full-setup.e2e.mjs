// Guide mode alone, as a person doing the real set-up uses it: the whole set-up, from the journey list to signed in
// with the app, by answer buttons only — nothing to type on any step, focus on each new step's heading.
import { plannedAnswers } from '../lib/guide-plan.mjs';
import { test } from '../lib/registry.mjs';
import { JOURNEYS, stepOf } from '../lib/texts.mjs';
import { GuideModeModel } from '../models/guide-mode-model.mjs';

test('guide mode alone: the full set-up by answers, from the journey list to signed in', async ({ page }) => {
  const planned = await plannedAnswers('fullSetup');
  const path = JOURNEYS.fullSetup.path;
  const guide = new GuideModeModel(page);
  await guide.open('?mode=guide');
  await guide.journeysHeading.waitFor();
  await guide.start('fullSetup');
  await guide.at(path[0]);
  for (const { name, group, then } of planned) {
    if ((await guide.inputCount()) !== 0) throw new Error('guide mode shows a field to type in');
    const scope = group ? page.getByRole('group', { name: group, exact: true }) : page;
    await scope.getByRole('button', { name, exact: true }).click();
    await guide.at(then);
  }
  if (planned.at(-1)?.then !== path.at(-1)) throw new Error(`the run ends on ${planned.at(-1)?.then}`);
  await page.getByText(stepOf(path.length, path.length), { exact: true }).waitFor();
});
