// The browser's real WebAuthn on localhost: Chromium gets a virtual security key (DevTools protocol), and the
// person uses "the browser's real security key" to register it, to sign in with it, and to try to register it a
// second time. The coach is gentle on a real key: the credential is not resident (no slot used), carries nothing
// personal, a key already registered in the rehearsal is refused (excludeCredentials), and sign-in names the
// rehearsal's credentials (allowCredentials: a non-resident credential cannot be found any other way).
import { BASE_URL } from '../lib/preview-server.mjs';
import { test } from '../lib/registry.mjs';
import { en, ui } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';

test('security key through the browser’s real WebAuthn (a virtual authenticator)', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'usb',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  const credentialsOnKey = async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials;
  const coach = new CoachModel(page, 'real-webauthn', { axe: false });
  const { pc } = coach;
  const realKey = pc.region.getByRole('button', { name: ui.pc.keyPrompt.useRealKey });
  // WebAuthn refuses an IP address as its relying party: the real key needs the page on "localhost".
  await page.goto(BASE_URL.replace('127.0.0.1', 'localhost'));
  await coach.picker.heading.waitFor();
  await coach.start('noSmartphone');
  const persona = await coach.guide.persona();
  await coach.guide.choose(en.noSmartphoneOptions.securityKey.label);
  await coach.step('signIn.email');
  await pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await pc.signIn(persona.password, 'password');
  await coach.step('key.manage');
  await pc.press(ui.pc.buttons.addKey);
  await coach.step('key.addForm');
  await pc.addKey('securityKey', 'Virtual key');
  await coach.step('key.prompt');
  // The screen says it is practice: no signature is checked.
  await pc.region.getByText(ui.pc.keyPrompt.realKeyNote, { exact: true }).waitFor();
  await realKey.click();
  await coach.step('key.added');

  const [credential, ...others] = await credentialsOnKey();
  if (!credential || others.length) throw new Error(`the key should hold one credential, holds ${others.length + 1}`);
  if (credential.isResidentCredential) throw new Error('the practice credential took a resident (passkey) slot');
  const stored = JSON.stringify(credential);
  for (const personal of [persona.email, ...persona.name.split(' ')]) {
    if (stored.includes(personal)) throw new Error(`the key holds personal data (${personal}): ${stored}`);
  }

  // Signing in: the page names the credential (allowCredentials), so the key finds its non-resident credential.
  await pc.press(ui.pc.buttons.signOut);
  await coach.step('signIn.email');
  await pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await pc.signIn(persona.password, 'securityKey');
  await coach.step('signIn.securityKey');
  await realKey.click();
  await coach.step('signIn.done');

  // The same key again in this rehearsal: the browser refuses it (excludeCredentials) and the page says why.
  await pc.press(ui.pc.buttons.myAccount);
  await coach.step('account.home');
  await pc.press(ui.pc.buttons.manageKeys);
  await coach.step('key.manage');
  await pc.press(ui.pc.buttons.addKey);
  await coach.step('key.addForm');
  await pc.addKey('securityKey', 'Same key again');
  await coach.step('key.prompt');
  await realKey.click();
  await pc.region.getByRole('alert').filter({ hasText: ui.pc.keyPrompt.realAlreadyRegistered }).waitFor();
  const after = await credentialsOnKey();
  if (after.length !== 1) throw new Error(`the refused registration left ${after.length} credentials on the key`);
  coach.expectNoErrors();
});
