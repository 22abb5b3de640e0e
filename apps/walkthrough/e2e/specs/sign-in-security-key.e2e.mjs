// Sign in with a security key, through the labelled practice button of the browser's key dialog.
import { test } from '../lib/registry.mjs';
import { CoachModel } from '../models/coach-model.mjs';

test('signInSecurityKey: password, then the security key', async ({ page }) => {
  const coach = new CoachModel(page, 'signInSecurityKey');
  const { pc } = coach;
  await coach.open();
  await coach.start('signInSecurityKey');
  const persona = await coach.guide.persona();

  await pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await pc.signIn(persona.password, 'securityKey');
  await coach.step('signIn.securityKey');
  await pc.touchPracticeKey();
  await coach.step('signIn.done');
  await coach.expectDone();
});
