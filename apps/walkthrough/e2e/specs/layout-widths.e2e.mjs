// The page at 1440, 1024, 390 and 320 px wide: the start page and a tall rehearsal step (the registration form)
// never scroll sideways, the guide starts at the top of its column instead of floating beside tall screens, and
// nothing covers the control to use. Screenshots: test-results/e2e/layout-<width>/.
import { test } from '../lib/registry.mjs';
import { expectNoSidewaysScroll } from '../lib/layout-checks.mjs';
import { label, ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';

for (const width of [1440, 1024, 390, 320]) {
  test(`layout-widths: ${width}px, start page and registration form without overlap or sideways scrolling`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const coach = new CoachModel(page, `layout-${width}`, { axe: false });
    await coach.open();
    await expectNoSidewaysScroll(page, 'start page');
    await coach.start('fullSetup');
    const persona = await coach.guide.persona();
    await coach.pc.submitEmail(persona.email);
    await coach.step('signIn.userNotFound');
    await coach.pc.press(ui.pc.buttons.createAccount);
    await coach.step('register.form');
    await expectNoSidewaysScroll(page, 'register.form');
    // The guide's top is level with the pretend screens' top (side by side) or above them (stacked).
    const [guide, screens] = await Promise.all([
      coach.guide.region.boundingBox(),
      page.getByRole('region', { name: ui.app.surfacesRegion }).boundingBox(),
    ]);
    if (guide.y > screens.y + 1) throw new Error(`the guide starts ${guide.y - screens.y}px below the screens`);
    // Nothing lies over the form's first field or its submit button.
    for (const control of [coach.pc.textbox(label('firstName')), coach.pc.button(ui.pc.buttons.createAccount)]) {
      await control.scrollIntoViewIfNeeded();
      const covered = await control.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const hit = el.ownerDocument.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return !hit || !(hit === el || el.contains(hit));
      });
      if (covered) throw new Error(`${await control.textContent()} is covered at ${width}px`);
    }
    await coach.checkStep('register-form-checked');
  });
}
