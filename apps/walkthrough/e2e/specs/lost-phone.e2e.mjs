// Lost the phone and no other factor: PANIC deletes every device, then the new phone is linked.
import { test } from '../lib/registry.mjs';
import { en, ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';
import { enrolPhone } from './flows.mjs';

test('lostPhone: delete every device, then link the new phone', async ({ page }) => {
  const coach = new CoachModel(page, 'lostPhone');
  const { pc } = coach;
  await coach.open();
  await coach.start('lostPhone');
  const persona = await coach.guide.persona();

  await coach.guide.choose(en.recoverySituations.noFactor.label);
  await coach.step('signIn.email');
  await pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await pc.signIn(persona.password, 'password');
  await coach.step('account.home');
  await pc.press(ui.pc.buttons.panic);
  await coach.step('panic.confirm');
  await pc.press(ui.pc.buttons.confirm);
  await coach.step('panic.done');
  await pc.press(ui.pc.buttons.addDevice);
  await coach.step('device.list');
  await pc.press(ui.pc.buttons.addDevice);
  await enrolPhone(coach, persona);
  await coach.expectDone();
});
