// A small phone's width (320 CSS pixels, WCAG's reflow case): the guide above one pretend screen at a time, nothing
// covers them or makes the page scroll sideways (long addresses and links wrap), and every step stays axe-clean,
// helpdesk panel included.
import { test } from '../lib/registry.mjs';
import { en } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';

async function expectNoSidewaysScroll(page, where) {
  const { scroll, width } = await page
    .locator('html')
    .evaluate((html) => ({ scroll: html.scrollWidth, width: html.clientWidth }));
  if (scroll > width) throw new Error(`${where}: the page is ${scroll}px wide on a ${width}px screen`);
}

/** Scrolled into view, `locator` is what the person sees at its centre: no panel lies over it. */
async function expectUncovered(locator, where) {
  await locator.scrollIntoViewIfNeeded();
  const covered = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = el.ownerDocument.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !hit || !(hit === el || el.contains(hit));
  });
  if (covered) throw new Error(`${where} is covered by another part of the page`);
}

test('narrow screen: 320px wide, the rehearsal and the helpdesk reflow without sideways scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 900 });
  const coach = new CoachModel(page, 'narrow-screen');
  await coach.open();
  await expectNoSidewaysScroll(page, 'journey list');
  await coach.start('signInAppQr');
  await expectNoSidewaysScroll(page, 'signIn.email');
  const persona = await coach.guide.persona();
  await coach.pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await coach.pc.signIn(persona.password, 'appQr');
  await coach.step('signIn.qrScan');
  await expectNoSidewaysScroll(page, 'signIn.qrScan');
  // One pretend screen at a time here (the phone, to scan): the person opens the PC's tab to see its QR code. The
  // guide sits above the screens; it must not stay stuck over them while the page scrolls.
  await page.getByRole('tab', { name: en.ui.app.surfaceNames.pc, exact: true }).click();
  await expectUncovered(coach.pc.qrImage, "the PC's QR code");
  await coach.helpdesk.open();
  await coach.checkStep('helpdesk-open');
  await expectNoSidewaysScroll(page, 'helpdesk panel');
});
