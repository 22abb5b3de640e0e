// Set up EU Login from scratch: account, confirmation mail, password, the app linked by scanning the PC's real QR
// code with the phone's scanner, then a sign-in confirmed with the app PIN.
import { test } from '../lib/registry.mjs';
import { CoachModel } from '../models/coach-model.mjs';
import { fullSetup } from './flows.mjs';

test('fullSetup: from nothing to signed in with the app and PIN', async ({ page }) => {
  const coach = new CoachModel(page, 'fullSetup');
  await coach.open();
  await coach.start('fullSetup');
  await fullSetup(coach);
});
