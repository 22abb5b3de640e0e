// Forced colours (Windows high contrast) and 200 % text on every surface: the start page, the rehearsal (guide,
// progress bar, pretend PC, phone keypad, mailbox, QR code, narrow-screen tabs), the ending with its survey, guide
// mode, the helpdesk console and the help centre. Measured in the page, not eyeballed: in forced colours the
// progress bar's fill stands out from its bordered track, every control keeps a visible edge, a selected tab, folder
// or screen differs from the others, the focus ring shows and the QR code still decodes; at 200 % text nothing
// scrolls sideways, no text is cut off and the main controls are on the page, uncovered. The help centre and the
// survey also pass axe under the system's dark scheme. Screenshots: test-results/e2e/forced-colours/ and
// test-results/e2e/text-200/.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expectNoSidewaysScroll } from '../lib/layout-checks.mjs';
import { BASE_URL } from '../lib/preview-server.mjs';
import { test } from '../lib/registry.mjs';
import { en, format, helpEn as help, ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';
import { ConsoleModel } from '../models/console-model.mjs';
import { toSignInQr } from './flows.mjs';

const shotsRoot = new URL('../../../../test-results/e2e/', import.meta.url).pathname;

/** The short security-key sign-in, from the picker to its end (and the survey's offer). */
async function finishSecurityKey(coach) {
  await coach.start('signInSecurityKey');
  const persona = await coach.guide.persona();
  await coach.pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await coach.pc.signIn(persona.password, 'securityKey');
  await coach.step('signIn.securityKey');
  await coach.pc.touchPracticeKey();
  await coach.step('signIn.done');
}

/** The start page's (and guide mode's) button into the full set-up. */
const startButtonOf = (page) =>
  page.getByRole('button', { name: format(ui.picker.startJourney, { journey: en.journeys.fullSetup.title }) });

const surveyPrompt = (page) => page.getByRole('region', { name: en.survey.promptHeading });

/**
 * How `locator`'s element is drawn, as the browser computed it (forced colours included): its fill, the sides of
 * its border and its outline that differ from the colour behind it, and its size.
 */
function looks(locator) {
  return locator.evaluate((el) => {
    const clear = (c) => c === 'transparent' || /^rgba\(.*,\s*0\)$/.test(c);
    let behind = 'rgb(255, 255, 255)';
    for (let n = el.parentElement; n; n = n.parentElement) {
      const c = el.ownerDocument.defaultView.getComputedStyle(n).backgroundColor;
      if (!clear(c)) {
        behind = c;
        break;
      }
    }
    const s = el.ownerDocument.defaultView.getComputedStyle(el);
    const sides = ['Top', 'Right', 'Bottom', 'Left'].filter(
      (side) =>
        Number.parseFloat(s[`border${side}Width`]) > 0 &&
        s[`border${side}Style`] !== 'none' &&
        !clear(s[`border${side}Color`]) &&
        s[`border${side}Color`] !== behind,
    );
    const outline =
      s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0 && !clear(s.outlineColor)
        ? `${s.outlineWidth} ${s.outlineColor}`
        : null;
    const fill = !clear(s.backgroundColor) && s.backgroundColor !== behind ? s.backgroundColor : null;
    const r = el.getBoundingClientRect();
    return {
      fill,
      sides: sides.length,
      border: sides.map((side) => `${side} ${s[`border${side}Width`]} ${s[`border${side}Color`]}`).join(', '),
      outline,
      color: s.color,
      width: r.width,
      height: r.height,
    };
  });
}

/** The control has a size and a visible edge: a full border, an outline or a fill of its own. */
async function expectEdge(locator, what) {
  const l = await looks(locator);
  if (l.width < 1 || l.height < 1) throw new Error(`${what} has no size`);
  if (l.sides < 4 && !l.outline && !l.fill) throw new Error(`${what} has no visible edge: ${JSON.stringify(l)}`);
}

/** `chosen` is drawn differently from `other` (a selected tab, the open folder, the screen to act on). */
async function expectDistinct(chosen, other, what) {
  const [a, b] = await Promise.all([looks(chosen), looks(other)]);
  const sig = (l) => `${l.fill} | ${l.border} | ${l.outline} | ${l.color}`;
  if (sig(a) === sig(b)) throw new Error(`${what} looks like the others: ${sig(a)}`);
}

/** The keyboard focus ring shows on `locator` once it is reached with Tab. */
async function expectFocusRing(page, locator, what) {
  await locator.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const focused = await locator.evaluate((el) => el === el.ownerDocument.activeElement && el.matches(':focus-visible'));
  if (!focused) throw new Error(`${what} did not take the keyboard focus`);
  const l = await looks(locator);
  if (!l.outline || Number.parseFloat(l.outline) < 2) throw new Error(`${what} shows no focus ring: ${l.outline}`);
}

/** The progress bar: a bordered track, and a fill of another colour than the track (with a width once past 0 %). */
async function expectProgressVisible(coach, what) {
  const bar = coach.guide.progressbar;
  const fill = bar.locator('span');
  const [track, filled] = await Promise.all([looks(bar), looks(fill)]);
  if (track.sides < 4) throw new Error(`${what}: the progress track has no border: ${JSON.stringify(track)}`);
  const trackColour = track.fill ?? 'the page';
  const fillColour = await fill.evaluate((el) => el.ownerDocument.defaultView.getComputedStyle(el).backgroundColor);
  const done = Number(await bar.getAttribute('aria-valuenow'));
  if (fillColour === trackColour || (done > 0 && filled.width < 1)) {
    throw new Error(`${what}: the progress fill (${fillColour}, ${filled.width}px) does not stand out from its track`);
  }
}

/** The QR code, as the screen shows it, still decodes (a phone could read it). */
async function expectQrReadable(coach, palette) {
  const image = PNG.sync.read(await coach.pc.qrImage.screenshot());
  const pixels = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length);
  const decoded = jsQR(pixels, image.width, image.height)?.data ?? null;
  if (!decoded?.startsWith('eulogin-challenge:')) {
    throw new Error(`the QR code did not decode in forced colours (${palette} palette)`);
  }
}

test('forced colours: progress bar, edges, selection, focus ring and QR code on every surface', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  const coach = new CoachModel(page, 'forced-colours', { axe: false });
  await coach.open();
  if (!(await page.evaluate("matchMedia('(forced-colors: active)').matches"))) {
    throw new Error('forced colours are not on');
  }
  const startButton = startButtonOf(page);
  await expectEdge(startButton, 'the start page: a journey start button');
  await expectFocusRing(page, startButton, 'the start page: a journey start button');

  // The rehearsal: progress, the screen to act on, the badge, the mailbox's folders, the phone's keypad.
  await coach.start('signInAppPin');
  await expectProgressVisible(coach, 'signIn.email');
  await expectEdge(page.locator('.badge--rehearsal'), 'the "Rehearsal" badge');
  const pcPanel = page.locator('.surface', {
    has: page.getByRole('heading', { name: en.ui.app.surfaceNames.pc, exact: true }),
  });
  const mailPanel = page.locator('.surface', {
    has: page.getByRole('heading', { name: en.ui.app.surfaceNames.mail, exact: true }),
  });
  await expectDistinct(pcPanel, mailPanel, 'the screen to act on (the PC)');
  const inbox = coach.mailbox.region.getByRole('button', { name: new RegExp(`^${ui.mailbox.inbox}`) });
  const spam = coach.mailbox.region.getByRole('button', { name: new RegExp(`^${ui.mailbox.spam}`) });
  await expectDistinct(inbox, spam, 'the open mailbox folder');
  await expectEdge(spam, 'a mailbox folder');
  const next = coach.pc.region.getByRole('button', { name: ui.pc.buttons.next, exact: true });
  await expectEdge(next, "the PC's Next button");
  await expectFocusRing(page, next, "the PC's Next button");
  const persona = await coach.guide.persona();
  await coach.pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await coach.pc.signIn(persona.password, 'appPin');
  await coach.step('signIn.appPin');
  await expectProgressVisible(coach, 'signIn.appPin');
  const keys = coach.phone.region.locator('.pin-pad__key');
  if ((await keys.count()) < 10) throw new Error('the phone shows no keypad at signIn.appPin');
  await expectEdge(keys.first(), 'a keypad key');
  await expectFocusRing(page, keys.first(), 'a keypad key');
  await coach.phone.typePin(persona.pin);
  await coach.step('signIn.done');

  // The ending and the survey's offer.
  await surveyPrompt(page).getByRole('button', { name: en.survey.take }).waitFor();
  await expectEdge(surveyPrompt(page).getByRole('button', { name: en.survey.take }), "the survey's take button");
  await expectEdge(surveyPrompt(page), 'the survey box');

  // The QR code keeps its own black on white and decodes from the screen; on a narrow screen, the tabs.
  await coach.guide.region.getByRole('button', { name: ui.guide.chooseAnother }).click();
  await coach.picker.heading.waitFor();
  await coach.start('signInAppQr');
  await toSignInQr(coach);
  await page.locator('[data-qr-ready="true"]').waitFor();
  await expectQrReadable(coach, 'light');
  // A dark high-contrast palette (the browser picks one when the system is dark): the same checks.
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await page.waitForFunction("matchMedia('(prefers-color-scheme: dark)').matches");
  await expectQrReadable(coach, 'dark');
  await expectProgressVisible(coach, 'signIn.qrScan, dark palette');
  await coach.screenshot('dark-palette');
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'light' });
  await page.setViewportSize({ width: 560, height: 900 });
  const selected = page.getByRole('tab', { selected: true });
  await selected.waitFor();
  const other = page.getByRole('tab', { selected: false }).first();
  await expectDistinct(selected, other, 'the selected screen tab');
  await expectFocusRing(page, selected, 'the selected screen tab');
  await coach.screenshot('narrow-tabs');
  await page.setViewportSize({ width: 1500, height: 1100 });

  // Guide mode: its answer buttons.
  await page.goto(`${BASE_URL}?mode=guide`);
  const guideStart = startButtonOf(page);
  await expectEdge(guideStart, 'guide mode: a journey start button');
  await guideStart.click();
  const guideHeading = page.locator('#guide-mode-step');
  await guideHeading.waitFor();
  const answer = page.locator('.guide-mode__choice').first();
  await expectEdge(answer, 'guide mode: an answer button');
  await expectFocusRing(page, answer, 'guide mode: an answer button');
  await coach.screenshot('guide-mode');

  // The helpdesk console: the search, the answer buttons, the journey map's current step.
  const agent = new ConsoleModel(page, 'forced-colours-console');
  await agent.open();
  await expectEdge(agent.search, 'the console search');
  await agent.chooseJourney('fullSetup');
  await agent.at('signIn.email');
  const consoleAnswer = agent.answers.getByRole('button').first();
  await expectEdge(consoleAnswer, 'the console: an answer button');
  await expectFocusRing(page, consoleAnswer, 'the console: an answer button');
  const current = page.locator('.journey-map__button[aria-current="step"]');
  await expectDistinct(current, page.locator('.journey-map__button:not([aria-current])').first(), 'the current step');
  await coach.screenshot('console');

  // The help centre: the search and an entry's buttons.
  await page.goto(`${BASE_URL}?view=help`);
  const helpSearch = page.getByRole('searchbox', { name: en.helpCentre.searchLabel });
  await expectEdge(helpSearch, 'the help centre search');
  const rehearse = page.getByRole('button', {
    name: `Rehearse this: ${help.faq['no-confirmation-mail'].question}`,
  });
  await expectEdge(rehearse, 'a "Rehearse this" button');
  await expectFocusRing(page, rehearse, 'a "Rehearse this" button');
  await coach.screenshot('help-centre');
  coach.expectNoErrors();
});

/**
 * Text at 200 %: the browser's own font-size setting doubled (Chrome's "Font size", Firefox's "Zoom text only"),
 * through the DevTools protocol: the default size goes from 16 to 32 px and every rem and em follows, while the
 * window stays 1280 CSS pixels wide. No stylesheet is injected, so the page's Content-Security-Policy is untouched.
 * It holds across page loads, but a full-page screenshot resets it (Playwright resizes the view for one), so this
 * test takes window-sized screenshots only.
 */
async function doubleTheText(page) {
  // The session stays open for the page's life, holding the setting.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.waitForFunction("getComputedStyle(document.documentElement).fontSize === '32px'");
}

async function expectDoubleText(page, where) {
  const size = await page.evaluate('getComputedStyle(document.documentElement).fontSize');
  if (size !== '32px') throw new Error(`${where}: the text is not at 200 %: the root font size is ${size}`);
}

/** No text is cut off: no element that hides its overflow holds more than it shows. */
async function expectNothingClipped(page, where) {
  const clipped = await page.locator('body').evaluate((body) => {
    const view = body.ownerDocument.defaultView;
    const found = [];
    for (const el of body.querySelectorAll('*')) {
      if (el.closest('.sr-only') || !el.textContent?.trim()) continue;
      const s = view.getComputedStyle(el);
      if (s.display === 'none' || s.visibility === 'hidden') continue;
      const hidesX = /hidden|clip/.test(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const hidesY = /hidden|clip/.test(s.overflowY) && el.scrollHeight > el.clientHeight + 1;
      if (hidesX || hidesY) {
        found.push(
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`,
        );
      }
    }
    return found;
  });
  if (clipped.length) throw new Error(`${where}: text is cut off in ${clipped.join(', ')}`);
}

/** The control is on the page, inside its width, and nothing lies over it once scrolled to. */
async function expectReachable(locator, what) {
  await locator.scrollIntoViewIfNeeded();
  const problem = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const view = el.ownerDocument.defaultView;
    if (r.width < 1 || r.height < 1) return 'it has no size';
    if (r.left < 0 || r.right > el.ownerDocument.documentElement.clientWidth + 1) {
      return `it lies outside the page's width (${Math.round(r.left)}–${Math.round(r.right)}px)`;
    }
    const hit = el.ownerDocument.elementFromPoint(
      r.left + r.width / 2,
      Math.min(r.top + r.height / 2, view.innerHeight - 1),
    );
    return hit && (hit === el || el.contains(hit)) ? null : 'another part of the page covers it';
  });
  if (problem) throw new Error(`${what}: ${problem}`);
}

async function expectUsable(page, where, controls) {
  await expectDoubleText(page, where);
  await expectNoSidewaysScroll(page, where);
  await expectNothingClipped(page, where);
  for (const [locator, what] of controls) await expectReachable(locator, `${where}: ${what}`);
}

test('text at 200 %: no sideways scrolling, no cut-off text, main controls reachable on every surface', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await doubleTheText(page);
  const coach = new CoachModel(page, 'text-200', { axe: false, screenshots: false });
  const shot = (label) => page.screenshot({ path: `${shotsRoot}text-200/${label}.png` });
  await coach.open();
  await expectUsable(page, 'the start page', [[startButtonOf(page), 'a start button']]);

  await coach.start('signInAppPin');
  const next = coach.pc.region.getByRole('button', { name: ui.pc.buttons.next, exact: true });
  await expectUsable(page, 'signIn.email', [
    [next, "the PC's Next button"],
    [coach.guide.progressbar, 'the progress bar'],
    [coach.mailbox.region.getByRole('button', { name: new RegExp(`^${ui.mailbox.spam}`) }), 'the spam folder'],
  ]);
  await shot('signIn.email');
  const persona = await coach.guide.persona();
  await coach.pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await coach.pc.signIn(persona.password, 'appPin');
  await coach.step('signIn.appPin');
  const keys = coach.phone.region.locator('.pin-pad__key');
  await expectUsable(page, 'signIn.appPin', [
    [keys.first(), 'the keypad'],
    [keys.last(), "the keypad's delete key"],
    [coach.phone.region.getByRole('button', { name: ui.phone.app.authenticate }), "the phone's Authenticate"],
  ]);
  await shot('signIn.appPin');
  await coach.phone.typePin(persona.pin);
  await coach.step('signIn.done');
  const take = surveyPrompt(page).getByRole('button', { name: en.survey.take });
  await expectUsable(page, 'the ending', [
    [take, "the survey's take button"],
    [coach.guide.region.getByRole('button', { name: ui.guide.chooseAnother }), 'choose another journey'],
  ]);
  await shot('ending');
  await take.click();
  await expectUsable(page, 'the survey', [
    [surveyPrompt(page).getByRole('button', { name: en.survey.submit }), "the survey's save button"],
  ]);
  await shot('survey');

  await page.goto(`${BASE_URL}?mode=guide`);
  await startButtonOf(page).click();
  await page.locator('#guide-mode-step').waitFor();
  await expectUsable(page, 'guide mode', [[page.locator('.guide-mode__choice').first(), 'an answer button']]);
  await shot('guide-mode');

  const agent = new ConsoleModel(page, 'text-200-console');
  await agent.open();
  await agent.chooseJourney('fullSetup');
  await agent.at('signIn.email');
  await expectUsable(page, 'the console', [
    [agent.search, 'the search'],
    [agent.answers.getByRole('button').first(), 'an answer button'],
  ]);
  await shot('console');

  await page.goto(`${BASE_URL}?view=help`);
  const helpSearch = page.getByRole('searchbox', { name: en.helpCentre.searchLabel });
  await helpSearch.waitFor();
  await expectUsable(page, 'the help centre', [
    [helpSearch, 'the search'],
    [
      page.getByRole('button', { name: `Rehearse this: ${help.faq['no-confirmation-mail'].question}` }),
      'a "Rehearse this" button',
    ],
  ]);
  await shot('help-centre');
  coach.expectNoErrors();
});

test("help centre and survey: axe-clean in the system's dark scheme and in light", async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const coach = new CoachModel(page, 'system-dark', { screenshots: false });
  await page.goto(`${BASE_URL}?view=help`);
  await page.getByRole('searchbox', { name: en.helpCentre.searchLabel }).waitFor();
  if (!(await page.evaluate("getComputedStyle(document.documentElement).colorScheme === 'dark'"))) {
    throw new Error('the page did not follow the system into its dark scheme');
  }
  await coach.checkAccessibility('help centre, system dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForFunction("getComputedStyle(document.documentElement).colorScheme === 'light'");
  await coach.checkAccessibility('help centre, system light');

  await page.emulateMedia({ colorScheme: 'dark' });
  await coach.open();
  await finishSecurityKey(coach);
  await surveyPrompt(page).getByRole('button', { name: en.survey.take }).waitFor();
  await coach.checkAccessibility('survey offer, system dark');
  await surveyPrompt(page).getByRole('button', { name: en.survey.take }).click();
  await surveyPrompt(page).getByRole('button', { name: en.survey.submit }).waitFor();
  await coach.checkAccessibility('survey form, system dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForFunction("getComputedStyle(document.documentElement).colorScheme === 'light'");
  await coach.checkAccessibility('survey form, system light');
  coach.expectNoErrors();
});
