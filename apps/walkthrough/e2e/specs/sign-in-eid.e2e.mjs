// Sign in with a national eID (the practice account's eID is Belgian).
import { test } from '../lib/registry.mjs';
import { ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';

test('signInEid: country, then the national eID service', async ({ page }) => {
  const coach = new CoachModel(page, 'signInEid');
  const { pc } = coach;
  await coach.open();
  await coach.start('signInEid');

  await pc.press(ui.pc.buttons.signInWithEid);
  await coach.step('eid.country');
  await pc.chooseCountry('BE');
  await coach.step('eid.national');
  await pc.press(ui.pc.eids.authenticate);
  await coach.step('signIn.done');
  await coach.expectDone();
});
