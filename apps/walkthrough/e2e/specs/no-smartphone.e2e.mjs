// No smartphone: choose a security key, add it in My Account, then sign in with it.
import { test } from '../lib/registry.mjs';
import { en, ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';

test('noSmartphone: add a security key and sign in with it', async ({ page }) => {
  const coach = new CoachModel(page, 'noSmartphone');
  const { pc } = coach;
  await coach.open();
  await coach.start('noSmartphone');
  const persona = await coach.guide.persona();

  await coach.guide.choose(en.noSmartphoneOptions.securityKey.label);
  await coach.step('signIn.email');
  await pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await pc.signIn(persona.password, 'password');
  await coach.step('key.manage');
  await pc.press(ui.pc.buttons.addKey);
  await coach.step('key.addForm');
  await pc.addKey('securityKey', 'Blue USB key');
  await coach.step('key.prompt');
  await pc.touchPracticeKey();
  await coach.step('key.added');
  await pc.press(ui.pc.buttons.signOut);
  await coach.step('signIn.email');
  await pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await pc.signIn(persona.password, 'securityKey');
  await coach.step('signIn.securityKey');
  await pc.touchPracticeKey();
  await coach.step('signIn.done');
  await coach.expectDone();
});
