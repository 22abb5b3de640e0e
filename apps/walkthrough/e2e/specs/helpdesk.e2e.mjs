// The helpdesk panel: an agent jumps the caller past the PIN reset to the sign-in, reads the share code, and the
// caller carries on from it after starting again.
import { test } from '../lib/registry.mjs';
import { ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';

test('helpdesk: jump to a step, then resume from the share code', async ({ page }) => {
  const coach = new CoachModel(page, 'helpdesk');
  const { helpdesk, phone } = coach;
  await coach.open();
  await coach.start('forgotPin');
  const persona = await coach.guide.persona();

  await helpdesk.open();
  await coach.checkStep('helpdesk-open');
  await helpdesk.jumpTo('signIn.password');
  await coach.step('signIn.password');
  const code = await helpdesk.shareCode();
  if (!code) throw new Error('no share code');

  await coach.guide.region.getByRole('button', { name: ui.guide.restart, exact: true }).click();
  await coach.guide.region.getByRole('button', { name: ui.guide.restartConfirmYes }).click();
  await coach.picker.heading.waitFor();
  await coach.until(() => coach.isFocused(coach.picker.heading), 'focus did not move to the picker heading');
  await coach.checkStep('picker-again');
  // One form to carry on from a code on the journey list: the page's, not a second one in the panel.
  if ((await helpdesk.region.getByRole('textbox', { name: ui.guide.resumeLabel, exact: true }).count()) !== 0) {
    throw new Error("the helpdesk panel repeats the journey list's resume form");
  }
  // The share-code box is closed on the start page: a person with a code opens it.
  await page.getByText(ui.start.haveCode, { exact: true }).click();
  const resume = page.getByRole('region', { name: ui.picker.resumeHeading });
  await resume.getByRole('textbox', { name: ui.guide.resumeLabel, exact: true }).fill(code);
  await resume.getByRole('button', { name: ui.guide.resumeButton, exact: true }).click();
  await coach.step('signIn.password');
  await coach.pc.signIn(persona.password, 'appPin');
  await coach.step('signIn.appPin');
  await phone.typePin(persona.pin);
  await coach.step('signIn.done');
  await coach.expectDone();
});
