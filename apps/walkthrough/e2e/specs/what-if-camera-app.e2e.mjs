// What if the person scans the enrolment QR code with the phone's camera app: the camera shows the code's text and
// explains it cannot link the account; back in the EU Login app, its own scanner links the phone. The journey
// specs check these steps with axe; here only the camera app's screen is.
import { test } from '../lib/registry.mjs';
import { en, ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';

test('what if: scanned with the camera app, then back to the EU Login app', async ({ page }) => {
  const coach = new CoachModel(page, 'what-if-scannedWithCameraApp', { axe: false });
  const { pc, phone } = coach;
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
  await coach.step('app.install');
  await phone.press(ui.phone.store.install);
  await coach.step('app.notifications');
  await phone.permission(ui.phone.permissions.notificationsTitle);
  await coach.step('app.welcome');
  await phone.press(ui.phone.app.initialise);
  await coach.step('device.addForm');
  await pc.addDevice('My phone', persona.pin);
  await coach.step('device.qrShown');
  await phone.press(ui.phone.app.next);
  await coach.step('app.cameraPermission');
  await phone.permission(ui.phone.permissions.cameraTitle);
  await coach.step('app.scanner');

  await phone.press(ui.phone.app.useCameraApp);
  await coach.step('app.foreignScanner');
  await phone.appHeading(ui.phone.cameraApp.heading).waitFor();
  await phone.region.getByText(ui.phone.cameraApp.explanation).waitFor();
  await coach.checkAccessibility('app.foreignScanner');
  await phone.press(ui.phone.home.euLogin);
  await coach.step('app.scanner');
  await pc.qrImage.waitFor();
  await phone.scan();
  await coach.step('app.enrolPin');
  await phone.typePin(persona.pin);
  await coach.step('app.enrolled');
});
