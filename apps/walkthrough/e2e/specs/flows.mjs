// Stretches of the happy path that several journeys share, acted out on the models.
import { ui } from '../lib/texts.mjs';

/** From "Add a mobile device" pressed on the PC to the PC saying the device is added. */
export async function enrolPhone(coach, persona) {
  const { pc, phone } = coach;
  await coach.step('app.install');
  await phone.press(ui.phone.store.install);
  await coach.step('app.notifications');
  await phone.permission(ui.phone.permissions.notificationsTitle);
  await coach.step('app.welcome');
  await phone.press(ui.phone.app.initialise);
  await coach.step('device.addForm');
  await pc.addDevice('My phone', persona.pin);
  await coach.step('device.qrShown');
  await pc.qrImage.waitFor();
  await scanAndConfirm(coach, persona);
}

/** From the PC's enrolment QR code to the PC saying the device is added: the app scans it and takes the PIN. */
export async function scanAndConfirm(coach, persona) {
  const { phone } = coach;
  await phone.press(ui.phone.app.next);
  await coach.step('app.cameraPermission');
  await phone.permission(ui.phone.permissions.cameraTitle);
  await coach.step('app.scanner');
  await phone.scan();
  await coach.step('app.enrolPin');
  await phone.typePin(persona.pin);
  await coach.step('app.enrolled');
  await phone.press(ui.phone.app.continue);
  await coach.step('device.added');
}

/** From "device added" to the verification step of a new sign-in with `method`: sign out, e-mail, password. */
export async function signInAgain(coach, persona, method) {
  const { pc } = coach;
  await pc.press(ui.pc.buttons.signOut);
  await coach.step('signIn.email');
  await pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await pc.signIn(persona.password, method);
}

/** From the sign-in page's e-mail step to the PC showing a sign-in QR code, as the practice persona. */
export async function toSignInQr(coach) {
  const { pc } = coach;
  const persona = await coach.guide.persona();
  await pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await pc.signIn(persona.password, 'appQr');
  await coach.step('signIn.qrScan');
  await pc.qrImage.waitFor();
  return persona;
}
