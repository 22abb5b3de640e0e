// Layout checks a person would notice: the page scrolling sideways, and the control to use next being off screen.
import { en, format, ui } from './texts.mjs';

/** The page is no wider than the window: nothing makes it scroll sideways. */
export async function expectNoSidewaysScroll(page, where) {
  const { scroll, width } = await page
    .locator('html')
    .evaluate((html) => ({ scroll: html.scrollWidth, width: html.clientWidth }));
  if (scroll > width) throw new Error(`${where}: the page is ${scroll}px wide on a ${width}px screen`);
}

const SURFACES = ['pc', 'phone', 'mail'];

/** The pretend screen the guide says to act on now ("Act on: the phone"), or null when it names none. */
export async function surfaceToActOn(guide) {
  const names = SURFACES.map((s) => [s, format(ui.guide.actOn, { surface: en.surfaces[s] })]);
  const texts = (await guide.region.locator('p').allTextContents()).map((t) => t.trim());
  return names.find(([, line]) => texts.includes(line))?.[0] ?? null;
}

/**
 * On a narrow screen, the screen to act on is the selected tab, and its first control lies inside the window as the
 * page is now: the person sees it without scrolling.
 */
export async function expectFirstControlInView(page, surface, where) {
  const name = en.ui.app.surfaceNames[surface];
  const tab = page.getByRole('tab', { name, exact: true });
  if ((await tab.getAttribute('aria-selected')) !== 'true')
    throw new Error(`${where}: the ${name} tab is not selected`);
  const region = page.getByRole('region', { name, exact: true });
  const control = region
    .locator('button, input:not([type=hidden]), select, textarea, a[href], summary, [role=button]')
    .filter({ visible: true })
    .first();
  await control.waitFor();
  const box = await control.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return {
      top: r.top,
      bottom: r.bottom,
      left: r.left,
      right: r.right,
      h: el.ownerDocument.defaultView.innerHeight,
      w: el.ownerDocument.defaultView.innerWidth,
    };
  });
  if (box.top < 0 || box.bottom > box.h || box.left < 0 || box.right > box.w) {
    const label = await control.evaluate((el) => el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName);
    throw new Error(
      `${where}: the first control of the ${name} ("${label}") is at ${Math.round(box.top)}–${Math.round(box.bottom)}px, outside the ${box.h}px window`,
    );
  }
}
