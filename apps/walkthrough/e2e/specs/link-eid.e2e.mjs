// Link a national eID to the account from My Account.
import { test } from '../lib/registry.mjs';
import { ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';

test('linkEid: sign in, My Account, link a Portuguese eID', async ({ page }) => {
  const coach = new CoachModel(page, 'linkEid');
  const { pc } = coach;
  await coach.open();
  await coach.start('linkEid');
  const persona = await coach.guide.persona();

  await pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await pc.signIn(persona.password, 'password');
  await coach.step('account.home');
  await pc.press(ui.pc.buttons.manageEids);
  await coach.step('eid.manage');
  await pc.press(ui.pc.buttons.linkEid);
  await coach.step('eid.country');
  await pc.chooseCountry('PT');
  await coach.step('eid.national');
  await pc.press(ui.pc.eids.authenticate);
  await coach.step('eid.linked');
  await coach.expectDone();
});
