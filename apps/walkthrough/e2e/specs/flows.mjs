// Stretches of the happy path that several journeys share, acted out on the models.

/**
 * The whole set-up, from the started fullSetup journey to "signed in": account, confirmation mail, password, the
 * app linked by scanning the PC's real QR code with the phone's scanner, then a sign-in confirmed with the app PIN.
 * In whatever language the coach's texts are.
 */
export async function fullSetup(coach) {
  const { pc, phone, mailbox } = coach;
  const { buttons } = coach.t.ui.pc;
  const persona = await coach.guide.persona();
  await pc.submitEmail(persona.email);
  await coach.step('signIn.userNotFound');
  await pc.press(buttons.createAccount);
  await coach.step('register.form');
  await pc.register(persona);
  await coach.step('register.mailSent');
  await mailbox.followLink('confirmation');
  await coach.step('password.set');
  await pc.choosePassword(persona.password);
  await coach.step('register.done');
  await pc.press(buttons.continue);
  await coach.step('account.home');
  await pc.press(buttons.manageDevices);
  await coach.step('device.list');
  await pc.press(buttons.addDevice);
  await enrolPhone(coach, persona);
  await pc.press(buttons.signOut);
  await coach.step('signIn.email');
  await pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await pc.signIn(persona.password, 'appPin');
  await coach.step('signIn.appPin');
  await phone.typePin(persona.pin);
  await coach.step('signIn.done');
  await coach.expectDone();
}

/** From "Add a mobile device" pressed on the PC to the PC saying the device is added. */
export async function enrolPhone(coach, persona) {
  const { pc, phone } = coach;
  await coach.step('app.install');
  await phone.press(coach.t.ui.phone.store.install);
  await coach.step('app.notifications');
  await phone.permission(coach.t.ui.phone.permissions.notificationsTitle);
  await coach.step('app.welcome');
  await phone.press(coach.t.ui.phone.app.initialise);
  await coach.step('device.addForm');
  await pc.addDevice('My phone', persona.pin);
  await coach.step('device.qrShown');
  // On a narrow screen the person looks at the PC's tab for the QR code, then goes back to the phone.
  await pc.showSurface('pc');
  await pc.qrImage.waitFor();
  await phone.showSurface('phone');
  await scanAndConfirm(coach, persona);
}

/** From the PC's enrolment QR code to the PC saying the device is added: the app scans it and takes the PIN. */
export async function scanAndConfirm(coach, persona) {
  const { phone } = coach;
  await phone.press(coach.t.ui.phone.app.next);
  await coach.step('app.cameraPermission');
  await phone.permission(coach.t.ui.phone.permissions.cameraTitle);
  await coach.step('app.scanner');
  await phone.scan();
  await coach.step('app.enrolPin');
  await phone.typePin(persona.pin);
  await coach.step('app.enrolled');
  await phone.press(coach.t.ui.phone.app.continue);
  await coach.step('device.added');
}

/** From "device added" to the verification step of a new sign-in with `method`: sign out, e-mail, password. */
export async function signInAgain(coach, persona, method) {
  const { pc } = coach;
  await pc.press(coach.t.ui.pc.buttons.signOut);
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
