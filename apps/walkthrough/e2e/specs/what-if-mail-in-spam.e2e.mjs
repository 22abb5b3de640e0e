// What if the confirmation mail lands in spam: the inbox stays empty and says to look in Spam, where the mail is,
// marked as safe to open; its link carries on the set-up. Axe checks the mailbox screens (the journey specs check
// the rest).
import { test } from '../lib/registry.mjs';
import { ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';

test('what if: the confirmation mail is found in the Spam folder', async ({ page }) => {
  const coach = new CoachModel(page, 'what-if-mailInSpam', { axe: false });
  const { pc, mailbox } = coach;
  await coach.open();
  await coach.start('fullSetup', ['mailInSpam']);
  const persona = await coach.guide.persona();
  await pc.submitEmail(persona.email);
  await coach.step('signIn.userNotFound');
  await pc.press(ui.pc.buttons.createAccount);
  await coach.step('register.form');
  await pc.register(persona);
  await coach.step('register.mailSent');

  await coach.until(async () => {
    if (await mailbox.waitButton.isVisible()) await mailbox.waitButton.click();
    return mailbox.region.getByText(ui.mailbox.checkSpam).isVisible();
  }, 'the inbox never said to check the Spam folder');
  await mailbox.region.getByText(ui.mailbox.emptyFolder).waitFor();
  await coach.checkStep('inbox-empty');
  await coach.checkAccessibility('inbox-empty');
  await mailbox.open('confirmation', ui.mailbox.spam);
  await mailbox.region.getByText(ui.mailbox.spamWarning).waitFor();
  await coach.checkStep('spam-mail');
  await coach.checkAccessibility('spam-mail');
  await mailbox.followOpenLink('confirmation');
  await coach.step('password.set');
});
