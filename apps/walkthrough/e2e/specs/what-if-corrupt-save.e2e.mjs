// What if the saved progress cannot be read (storage edited or damaged): the app explains it instead of crashing,
// and a fresh start works.
import { test } from '../lib/registry.mjs';
import { en, ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';

test('what if: a corrupt saved state is explained, and a fresh start works', async ({ page }) => {
  const coach = new CoachModel(page, 'what-if-corruptSave');
  const { pc, phone } = coach;
  await coach.open();
  await coach.start('signInAppPin');
  // The app saved the position; damage every saved value, as a broken browser profile or an edit would.
  const damaged = await page.evaluate(() => {
    const keys = Object.keys(localStorage).filter((k) => localStorage.getItem(k)?.length > 20);
    for (const k of keys) localStorage.setItem(k, `${localStorage.getItem(k).slice(0, 12)}%%not-a-save%%`);
    return keys.length;
  });
  if (damaged === 0) throw new Error('the app saved no progress to damage');
  await page.reload();

  const problem = page.getByRole('alert').filter({ hasText: ui.app.saveUnreadableHeading });
  await problem.waitFor();
  const titles = Object.values(en.saveErrors).map((e) => e.title);
  const shown = await problem.textContent();
  if (!titles.some((t) => shown.includes(t))) throw new Error(`no decode explanation in: ${shown}`);
  await coach.picker.heading.waitFor();
  await coach.checkStep('save-unreadable');
  await problem.getByRole('button', { name: ui.guide.startFresh }).click();
  await problem.waitFor({ state: 'detached' });

  await coach.start('signInAppPin');
  const persona = await coach.guide.persona();
  await pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await pc.signIn(persona.password, 'appPin');
  await coach.step('signIn.appPin');
  await phone.typePin(persona.pin);
  await coach.step('signIn.done');
  await coach.expectDone();
  await page.reload();
  await coach.guide.doneHeading.waitFor();
  await page.getByRole('alert').filter({ hasText: ui.app.saveUnreadableHeading }).waitFor({ state: 'detached' });
});
