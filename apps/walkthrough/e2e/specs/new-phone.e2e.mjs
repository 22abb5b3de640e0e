// A new phone: sign in with the security key, delete the old phone, link the new one by its QR code.
import { test } from '../lib/registry.mjs';
import { en, ui } from '../lib/texts.mjs';
import { CoachModel, template } from '../models/coach-model.mjs';
import { enrolPhone } from './flows.mjs';

test('newPhone: replace the old phone while another factor still works', async ({ page }) => {
  const coach = new CoachModel(page, 'newPhone');
  const { pc } = coach;
  await coach.open();
  await coach.start('newPhone');
  const persona = await coach.guide.persona();

  await coach.guide.choose(en.recoverySituations.otherFactor.label);
  await coach.step('signIn.email');
  await pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await pc.signIn(persona.password, 'securityKey');
  await coach.step('signIn.securityKey');
  await pc.touchPracticeKey();
  await coach.step('device.list');
  await pc.region.getByRole('button', { name: template(ui.pc.devices.deleteDevice) }).click();
  await coach.step('device.deleteConfirm');
  await pc.press(ui.pc.buttons.delete);
  await coach.step('device.list');
  await pc.press(ui.pc.buttons.addDevice);
  await enrolPhone(coach, persona);
  await coach.expectDone();
});
