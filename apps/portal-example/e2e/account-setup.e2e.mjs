// A person opens an account through the portal example, links the EU Login app and signs in with it; and the backend refuses malformed
// requests with a typed answer. Acts by roles and labels; every wait is for a condition.

import AxeBuilder from '@axe-core/playwright';

const PERSON = { firstName: 'Ana', lastName: 'Lopes', email: 'ana.lopes@example.org' };
const PASSWORD = 'Harbour-lantern-73!';
const PIN = '4826';

/** Waits until the step titled `title` is on screen and its heading has the focus (a new step takes focus). */
async function stepShows(page, title) {
  const heading = page.getByRole('heading', { level: 1, name: title, exact: true });
  try {
    await heading.waitFor();
  } catch (error) {
    const shown = await page.getByRole('heading', { level: 1 }).allTextContents();
    throw new Error(`Expected the step "${title}", the page shows ${JSON.stringify(shown)}`, { cause: error });
  }
  await page.waitForFunction((text) => globalThis.document.activeElement?.textContent === text, title);
}

async function fillRegistration(page) {
  await page.getByLabel('First name').fill(PERSON.firstName);
  await page.getByLabel('Last name').fill(PERSON.lastName);
  await page.getByLabel('E-mail', { exact: true }).fill(PERSON.email);
  await page.getByLabel('Confirm e-mail').fill(PERSON.email);
  const code = await page.getByRole('status', { name: 'The code to type' }).textContent();
  await page.getByLabel('Enter the code').fill(code ?? '');
  await page.getByLabel('Privacy statement').check();
}

/** axe finds no violation on the page as it is now. */
async function checkAccessibility(page, label) {
  const { violations } = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  if (violations.length === 0) return;
  const lines = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  throw new Error(`axe at ${label}:\n${lines.join('\n')}`);
}

async function expectRefusal(address, path, body, status, expected) {
  const session = await (await fetch(`${address}/api/sessions`, { method: 'POST' })).json();
  const response = await fetch(`${address}/api/sessions/${session.sessionId}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const answer = await response.json();
  const got = JSON.stringify({ status: response.status, ...answer.error });
  const want = JSON.stringify({ status, ...expected });
  if (got !== want) throw new Error(`POST ${path} ${body.slice(0, 40)}: expected ${want}, got ${got}`);
}

export async function walkFullSetup(page, address) {
  await page.goto(address);
  await stepShows(page, 'What do you want to do?');
  // The portal's own wording of the journey (an override), and no eID journey on offer.
  await page.getByRole('heading', { level: 2, name: 'Open your Example Portal account' }).waitFor();
  if ((await page.getByText(/eID/).count()) > 0) throw new Error('An eID journey is offered');
  await checkAccessibility(page, 'the journey list');
  await page.getByRole('button', { name: 'Start: Open your Example Portal account' }).click();

  await stepShows(page, 'Sign in to the Example Portal'); // the second override
  await page.getByRole('button', { name: 'Create an account' }).click();

  await stepShows(page, 'Fill in the registration form');
  await fillRegistration(page);
  await checkAccessibility(page, 'the registration form');
  await page.getByRole('button', { name: 'Continue' }).click();

  await stepShows(page, 'Open the confirmation mail');
  await page.getByRole('button', { name: 'Check for new mail' }).click();
  await page.getByRole('button', { name: 'Open the link in this mail' }).click();

  await stepShows(page, 'Choose your password');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirm new password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Continue' }).click();

  await stepShows(page, 'Your account is ready');
  await page.getByRole('button', { name: 'Continue' }).click();
  await stepShows(page, 'Open My Account');
  await page.getByRole('button', { name: 'Manage my mobile devices' }).click();
  await stepShows(page, 'Manage your mobile devices');
  await page.getByRole('button', { name: 'Add a mobile device' }).click();

  // The phone's side, told by the person (the backend's simulated app answers the scan).
  await stepShows(page, 'Install the EU Login app');
  await page.getByRole('button', { name: 'I installed the EU Login app' }).click();
  await stepShows(page, 'Allow notifications');
  await page.getByRole('button', { name: 'Allow notifications' }).click();
  await stepShows(page, 'Start the set-up in the app');
  await page.getByRole('button', { name: 'Tap "Initialise" in the app' }).click();
  await stepShows(page, 'Name the phone and choose a PIN');
  await page.getByLabel('Your device name').fill('My phone');
  await page.getByLabel('Your 4 digit PIN code').fill(PIN);
  await page.getByLabel('Confirm your PIN code').fill(PIN);
  await page.getByRole('button', { name: 'Continue' }).click();
  await stepShows(page, 'Pick up your phone');
  await page.getByRole('button', { name: 'Tap "Next" in the app' }).click();
  await stepShows(page, 'Allow the camera');
  await page.getByRole('button', { name: 'Allow the camera' }).click();
  await stepShows(page, 'Scan the QR code on the PC');
  await page.getByRole('button', { name: 'Scan the QR code with the EU Login app' }).click();
  await stepShows(page, 'Confirm with your PIN');
  await page.getByLabel('Your 4 digit PIN code').fill(PIN);
  await page.getByRole('button', { name: 'Continue' }).click();
  await stepShows(page, 'The app is set up');
  await page.getByRole('button', { name: 'Continue in the app' }).click();
  await stepShows(page, 'Your phone is linked');
  await page.getByRole('button', { name: 'Sign out' }).click();

  // Signing in with the new account: a wrong password first, refused on its field, and what was typed stays.
  await stepShows(page, 'Sign in to the Example Portal');
  await page.getByLabel('E-mail', { exact: true }).fill(PERSON.email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await stepShows(page, 'Type your password and choose how to confirm');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('not-my-password');
  await page.getByRole('radio', { name: 'Mobile App + PIN Code' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('alert').first().waitFor();
  await checkAccessibility(page, 'a refused password');
  const kept = await page.getByRole('textbox', { name: 'Password', exact: true }).inputValue();
  if (kept !== 'not-my-password') throw new Error(`The refused password was not kept: "${kept}"`);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Continue' }).click();
  await stepShows(page, 'Type your app PIN');
  await page.getByLabel('Your 4 digit PIN code').fill(PIN);
  await page.getByRole('button', { name: 'Continue' }).click();
  await stepShows(page, 'You are signed in');
}

/** The other journey on offer: a known account whose password is forgotten, reset through the mail's link. */
export async function walkForgotPassword(page, address) {
  await page.goto(address);
  await stepShows(page, 'What do you want to do?');
  await page
    .getByRole('button', { name: /^Start: / })
    .nth(1)
    .click();
  await stepShows(page, 'Sign in to the Example Portal');
  const email = page.getByLabel('E-mail', { exact: true });
  if ((await email.inputValue()) === '') throw new Error('The prepared account’s address is not filled in');
  const known = await email.inputValue();
  await page.getByRole('button', { name: 'Continue' }).click();
  await stepShows(page, 'Type your password and choose how to confirm');
  await page.getByRole('button', { name: 'I forgot my password' }).click();
  await stepShows(page, 'Ask for a new password');
  await page.getByLabel('E-mail', { exact: true }).fill(known);
  const code = await page.getByRole('status', { name: 'The code to type' }).textContent();
  await page.getByLabel('Enter the code').fill(code ?? '');
  await page.getByRole('button', { name: 'Continue' }).click();
  await stepShows(page, 'Open the reset mail');
  await page.getByRole('button', { name: 'Check for new mail' }).click();
  await page.getByRole('button', { name: 'Open the link in this mail' }).click();
  await stepShows(page, 'Choose your password');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirm new password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Continue' }).click();
  await stepShows(page, 'Your new password is set');
}

/** A request the coach stops waiting for is cancelled: the effect passed the coach's signal on to fetch. */
export async function restartCancelsRequest(page, address) {
  // The backend's answer to the registration is held back, so the request is still open when the person restarts.
  await page.route('**/effects/registerAccount', () => {});
  await page.goto(address);
  await stepShows(page, 'What do you want to do?');
  await page.getByRole('button', { name: 'Start: Open your Example Portal account' }).click();
  await stepShows(page, 'Sign in to the Example Portal');
  await page.getByRole('button', { name: 'Create an account' }).click();
  await stepShows(page, 'Fill in the registration form');
  await fillRegistration(page);
  const sent = page.waitForRequest('**/effects/registerAccount');
  await page.getByRole('button', { name: 'Continue' }).click();
  const request = await sent;
  const cancelled = page.waitForEvent('requestfailed', (r) => r === request);
  await page.getByRole('status').filter({ hasText: 'Working…' }).waitFor();
  await page.getByRole('button', { name: 'Start over' }).click();
  await stepShows(page, 'What do you want to do?');
  const failure = (await cancelled).failure()?.errorText ?? '';
  if (!/ABORTED/.test(failure)) throw new Error(`The request ended with "${failure}", not cancelled`);
}

/** The backend checks every body before the simulated world sees it, and says which field broke which rule. */
export async function checkBackendRefusals(address) {
  // The backend checks every body before the simulated world sees it, and says which field broke which rule.
  await expectRefusal(address, '/effects/signIn', '{"email":"a@b.c","password":7,"method":"password"}', 400, {
    code: 'invalidBody',
    field: 'password',
    rule: 'notAString',
  });
  await expectRefusal(address, '/effects/signIn', '{"email":"a@b.c","password":"x","method":"eid"}', 400, {
    code: 'invalidBody',
    field: 'method',
    rule: 'notAllowed',
  });
  await expectRefusal(address, '/effects/openLink', `{"token":"${'x'.repeat(600)}"}`, 400, {
    code: 'invalidBody',
    field: 'token',
    rule: 'tooLong',
  });
  await expectRefusal(address, '/effects/openLink', `{"token":"${'x'.repeat(9000)}"}`, 413, { code: 'tooLarge' });
  await expectRefusal(address, '/effects/openLink', 'not json', 400, {
    code: 'invalidBody',
    field: 'body',
    rule: 'notJson',
  });
  await expectRefusal(address, '/effects/readMinds', '{}', 404, { code: 'unknownEffect' });
}
