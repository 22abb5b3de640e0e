// A smoke run of the full set-up journey in real Chromium: from the picker to signed in with the app and PIN,
// scanning the real QR code on the pretend PC with the pretend phone. Usage (dev server running):
//   node apps/walkthrough/e2e/full-setup.smoke.mjs [url] [screenshot-dir]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

const url = process.argv[2] ?? 'http://127.0.0.1:5173/';
const shots = process.argv[3] ?? tmpdir();
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'coach-')), {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  viewport: { width: 1500, height: 1100 },
});
const page = context.pages()[0] ?? (await context.newPage());
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(url);

const pc = page.getByRole('region', { name: 'the PC' });
const phone = page.getByRole('region', { name: 'the phone' });
const mail = page.getByRole('region', { name: 'the mailbox' });
const heading = (name) => page.getByRole('heading', { level: 2, name }).waitFor({ timeout: 10_000 });
const persona = {};
const a11y = async (label) => {
  const result = await new AxeBuilder({ page }).analyze();
  if (result.violations.length)
    console.log(`axe @ ${label}:`, result.violations.map((v) => `${v.id} (${v.nodes.length})`).join(', '));
};

await page.screenshot({ path: join(shots, 'coach-0-picker.png'), fullPage: true });
await a11y('picker');
await page.getByRole('button', { name: /^Start: Set up EU Login with the app/ }).click();
await heading('Type your e-mail address');
for (const [key, label] of [
  ['email', 'E-mail address'],
  ['password', 'Password'],
  ['pin', 'App PIN'],
]) {
  persona[key] = await page
    .locator('.persona dt', { hasText: new RegExp(`^${label}$`) })
    .locator('+ dd')
    .innerText();
}
await pc.getByRole('button', { name: 'Next' }).click();
await heading('No account for this address');
await pc.getByRole('button', { name: 'Create an account' }).click();
await heading('Fill in the registration form');
await pc.getByLabel('First name').fill('Alex');
await pc.getByLabel('Last name').fill('Rehearsal');
await pc.getByLabel(/^Confirm/i).fill(persona.email);
const captcha = (await pc.locator('.captcha__image').getAttribute('aria-label')).split(': ')[1].replace(/ /g, '');
await pc.getByLabel('Enter the code').fill(captcha);
await pc.getByRole('checkbox').check();
await page.screenshot({ path: join(shots, 'coach-1-register.png'), fullPage: true });
await pc.getByRole('button', { name: 'Create an account' }).click();
await heading('Open the confirmation mail');
await a11y('mailSent');
await mail.getByRole('button', { name: /^Wait/ }).click();
await mail.getByRole('button', { name: /Complete your EU Login registration/ }).click();
await mail.getByRole('button', { name: 'Choose my password' }).click();
await heading('Choose your password');
await pc.getByRole('textbox', { name: 'Password', exact: true }).fill(persona.password);
await pc.getByLabel('Confirm new password').fill(persona.password);
await pc.getByRole('button', { name: /submit/i }).click();
await page.waitForTimeout(300);
console.log('after password:', await page.locator('.guide__title').innerText());
await pc.getByRole('button', { name: /continue/i }).click();
await page.waitForTimeout(300);
await pc.getByRole('button', { name: 'Manage my mobile devices' }).click();
await page.waitForTimeout(300);
await pc.getByRole('button', { name: /add a mobile device/i }).click();
await page.waitForTimeout(300);
console.log('phone step:', await page.locator('.guide__title').innerText());
await phone.getByRole('button', { name: /install/i }).click();
await phone.getByRole('button', { name: /^Allow$/ }).click();
await phone.getByRole('button', { name: /initialise/i }).click();
await page.waitForTimeout(300);
await pc.getByLabel(/device name/i).fill('My phone');
await pc.getByLabel('Your 4 digit PIN code').fill(persona.pin);
await pc.getByLabel('Confirm your PIN code').fill(persona.pin);
await pc.getByRole('button', { name: /submit/i }).click();
await page.waitForTimeout(500);
await page.screenshot({ path: join(shots, 'coach-2-qr.png'), fullPage: true });
await a11y('qr');
await phone.getByRole('button', { name: /^Next$/ }).click();
await phone.getByRole('button', { name: /^Allow$/ }).click();
await phone.getByRole('button', { name: /Scan the QR code/ }).click();
await page.waitForTimeout(500);
console.log('after scan:', await page.locator('.guide__title').innerText());
await phone.getByRole('textbox', { name: 'Your 4 digit PIN code' }).fill(persona.pin);
await phone.getByRole('button', { name: /authenticate|confirm|ok/i }).click();
await page.waitForTimeout(500);
console.log('after pin:', await page.locator('.guide__title').innerText());
await phone.getByRole('button', { name: /continue/i }).click();
await page.waitForTimeout(300);
await pc.getByRole('button', { name: /sign out/i }).click();
await page.waitForTimeout(300);
await pc.getByRole('button', { name: 'Next' }).click();
await page.waitForTimeout(300);
await pc.getByRole('textbox', { name: 'Password', exact: true }).fill(persona.password);
await pc.getByRole('radio', { name: /PIN Code/ }).check();
await pc.getByRole('button', { name: 'Sign in', exact: true }).click();
await page.waitForTimeout(500);
console.log('approve step:', await page.locator('.guide__title').innerText());
await phone.getByRole('textbox', { name: 'Your 4 digit PIN code' }).fill(persona.pin);
await phone.getByRole('button', { name: /authenticate|confirm|ok/i }).click();
await page.waitForTimeout(500);
console.log(
  'final:',
  await page.locator('.guide__title').innerText(),
  '|',
  await page.locator('.guide__progress').innerText(),
);
await page.screenshot({ path: join(shots, 'coach-3-done.png'), fullPage: true });
await a11y('done');
await page.emulateMedia({ colorScheme: 'dark' });
await page.screenshot({ path: join(shots, 'coach-4-dark.png'), fullPage: true });
console.log('console errors:', errors.length ? errors : 'none');
await context.close();
