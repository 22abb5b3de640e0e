// The start page is in the HTML the build writes (prerender.plugin.ts): a first visit sees it before any script has
// run, a Start pressed in that moment is not lost, and the app then takes the page over without rendering it again
// (no mismatch, which React would report as an error). A visit the page was not made for (another language, a saved
// choice) never sees it: the app renders that visit's own page in its place.
import { test } from '../lib/registry.mjs';
import { BASE_URL } from '../lib/preview-server.mjs';
import { de, en, format, stepTitle, ui } from '../lib/texts.mjs';

/** The app's scripts, held back until `release()`: what the page shows meanwhile is the HTML alone. */
async function holdTheApp(page) {
  let release = () => undefined;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\/assets\/start-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Every error the page logs or throws (a hydration mismatch is one). */
function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return () => {
    if (errors.length) throw new Error(`the page logged errors:\n${errors.join('\n')}`);
  };
}

test('start page: a first visit sees it before the scripts run, and a Start pressed then starts the journey', async ({
  page,
}) => {
  const noErrors = watchErrors(page);
  const html = await (await page.request.get(BASE_URL)).text();
  if (!html.includes('data-prerendered="en"') || !html.includes(ui.picker.heading)) {
    throw new Error('the start page is not in the HTML as served');
  }
  const release = await holdTheApp(page);
  await page.goto(BASE_URL, { waitUntil: 'commit' });
  await page.getByRole('heading', { level: 2, name: ui.picker.heading }).waitFor();
  const start = page.getByRole('button', {
    name: format(ui.picker.startJourney, { journey: en.journeys.fullSetup.title }),
  });
  // Pressed while the app's code is still on its way: the press is kept, then made once the app runs.
  await start.click();
  release();
  await page.getByRole('heading', { level: 2, name: stepTitle('signIn.email') }).waitFor();
  noErrors();
});

test('start page: a browser in German never shows the English page, and gets its own', async ({ page }) => {
  const noErrors = watchErrors(page);
  await page.addInitScript(() => Object.defineProperty(navigator, 'language', { get: () => 'de-DE' }));
  const release = await holdTheApp(page);
  await page.goto(BASE_URL, { waitUntil: 'commit' });
  const english = page.getByRole('heading', { level: 2, name: ui.picker.heading, includeHidden: true });
  await english.waitFor({ state: 'attached' });
  if (await english.isVisible()) throw new Error('the English start page shows to a German browser');
  release();
  await page.getByRole('heading', { level: 2, name: de.ui.picker.heading }).waitFor();
  if ((await page.locator('html').getAttribute('data-prerender')) !== null) {
    throw new Error('the page is still marked as hiding the build page');
  }
  noErrors();
});

test('start page: a saved choice (the dark theme) gets the page rendered afresh, with that choice', async ({
  page,
}) => {
  const noErrors = watchErrors(page);
  await page.addInitScript(() => localStorage.setItem('eulogin-coach.theme', 'dark'));
  await page.goto(BASE_URL);
  await page.getByRole('heading', { level: 2, name: ui.picker.heading }).waitFor();
  const theme = await page.getByLabel(ui.app.themeLabel).inputValue();
  if (theme !== 'dark') throw new Error(`the theme picker shows "${theme}", not the saved dark theme`);
  noErrors();
});

test('start page: without JavaScript the page still shows, and says its buttons need JavaScript', async ({ page }) => {
  const context = await page.context().browser().newContext({ javaScriptEnabled: false });
  try {
    const noScript = await context.newPage();
    await noScript.goto(BASE_URL);
    await noScript.getByRole('heading', { level: 2, name: ui.picker.heading }).waitFor();
    // Playwright's text locators skip <noscript>: the notice is found by its class, and must show.
    const notice = noScript.locator('p.noscript');
    await notice.waitFor();
    if (!(await notice.textContent())?.includes('needs JavaScript')) throw new Error('the notice does not say why');
  } finally {
    await context.close();
  }
});
