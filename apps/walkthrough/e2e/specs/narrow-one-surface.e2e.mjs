// A phone's width (390 × 844): one pretend screen at a time behind PC / Phone / Mailbox tabs. Through the whole setup
// the screen to act on is selected by itself after every step, and its first control is in the window without
// scrolling; a person can still look at another screen with the tabs, and the guide's extras stay one press away.
import { test } from '../lib/registry.mjs';
import { expectFirstControlInView, expectNoSidewaysScroll, surfaceToActOn } from '../lib/layout-checks.mjs';
import { en, format, ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';
import { scanAndConfirm, signInAgain } from './flows.mjs';

const tab = (page, surface) => page.getByRole('tab', { name: en.ui.app.surfaceNames[surface], exact: true });

/** The coach, with the one-screen-at-a-time checks after every step. */
class NarrowCoach extends CoachModel {
  async step(stepId) {
    await super.step(stepId);
    const surface = await surfaceToActOn(this.guide);
    if (surface) await expectFirstControlInView(this.page, surface, stepId);
    await expectNoSidewaysScroll(this.page, stepId);
  }
}

test('narrow-one-surface: at 390px the full setup shows the screen to act on, its first control in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const coach = new NarrowCoach(page, 'narrow-one-surface');
  const { pc, phone, mailbox, guide } = coach;
  await coach.open();
  await expectNoSidewaysScroll(page, 'start page');
  await coach.start('fullSetup');
  // The practice details are folded into the guide's extras: the model opens the box, reads them and closes it.
  const persona = await guide.persona();

  // The person may look at another screen; the next step brings the one to act on back.
  await tab(page, 'mail').click();
  await page.getByRole('region', { name: en.ui.app.surfaceNames.mail }).waitFor();
  if (await pc.region.isVisible()) throw new Error('the PC is still shown beside the mailbox');
  await tab(page, 'pc').click();

  await pc.submitEmail(persona.email);
  await coach.step('signIn.userNotFound');
  await pc.press(ui.pc.buttons.createAccount);
  await coach.step('register.form');
  await pc.register(persona);
  await coach.step('register.mailSent');
  await mailbox.followLink('confirmation');
  await coach.step('password.set');
  await pc.choosePassword(persona.password);
  await coach.step('register.done');
  await pc.press(ui.pc.buttons.continue);
  await coach.step('account.home');
  await pc.press(ui.pc.buttons.manageDevices);
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
  // The phone is shown; the person glances at the PC's QR code with its tab, then goes back to the phone.
  await tab(page, 'pc').click();
  await pc.qrImage.waitFor();
  await tab(page, 'phone').click();
  await scanAndConfirm(coach, persona);
  await signInAgain(coach, persona, 'appPin');
  await coach.step('signIn.appPin');
  // The change of screen is announced.
  await page
    .getByText(format(ui.surfaceTabs.nowShowing, { surface: en.ui.app.surfaceNames.phone }), { exact: true })
    .waitFor({ state: 'attached' });
  await phone.typePin(persona.pin);
  await coach.step('signIn.done');
  await coach.expectDone();
});
