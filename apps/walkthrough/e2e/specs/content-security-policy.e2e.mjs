/* global document, window -- callbacks that run in the page */
// The built app runs under a strict Content-Security-Policy (a <meta> written at build time, and the headers
// `vite preview` sends as a static host should), and the runner's violation watch really catches a violation.
import { cspViolations, takeCspViolations, untilCspViolations } from '../lib/csp-watch.mjs';
import { BASE_URL } from '../lib/preview-server.mjs';
import { test } from '../lib/registry.mjs';
import { PickerModel } from '../models/picker-model.mjs';

test('the page runs under a strict Content-Security-Policy, and a violation is caught', async ({ page }) => {
  const response = await page.goto(BASE_URL);
  await new PickerModel(page).heading.waitFor();
  const headers = response.headers();
  const expectHeader = (name, part) => {
    if (!headers[name]?.includes(part)) throw new Error(`header ${name} should include ${part}: "${headers[name]}"`);
  };
  expectHeader('content-security-policy', "frame-ancestors 'none'");
  expectHeader('x-content-type-options', 'nosniff');
  expectHeader('referrer-policy', 'no-referrer');
  expectHeader('strict-transport-security', 'max-age=');

  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = Object.fromEntries(
    policy.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );
  const scripts = directives['script-src'] ?? [];
  if (scripts.includes("'unsafe-inline'") || scripts.includes("'unsafe-eval'") || !scripts.includes("'self'")) {
    throw new Error(`script-src should allow only the app's files and hashes: ${scripts.join(' ')}`);
  }
  // The two inline scripts (theme and language; locale preload) by hash.
  if (scripts.filter((s) => s.startsWith("'sha256-")).length < 2) throw new Error(`no script hashes: ${policy}`);
  for (const [name, value] of [
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['default-src', "'self'"],
    ['form-action', "'self'"],
  ]) {
    if (directives[name]?.join(' ') !== value) throw new Error(`${name} should be ${value}: ${policy}`);
  }
  // The page's own inline scripts ran: the theme script set the language before the app did.
  const violationsSoFar = cspViolations(page.context());
  if (violationsSoFar.length) throw new Error(`violations before any test: ${JSON.stringify(violationsSoFar)}`);

  // An injected inline script is refused, and both the page's event and the console report it.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedScriptRan = true;';
    document.head.append(script);
  });
  const caught = await untilCspViolations(
    page.context(),
    (vs) =>
      vs.some((v) => v.source === 'event' && v.text.startsWith('script-src')) && vs.some((v) => v.source === 'console'),
  );
  if (await page.evaluate(() => 'injectedScriptRan' in window)) throw new Error('the injected inline script ran');
  // Provoked on purpose: taken, so the runner does not fail this test for it.
  if (takeCspViolations(page.context()).length < caught.length) throw new Error('violations were lost');
});
