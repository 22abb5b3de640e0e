// The browser's real WebAuthn on localhost: Chromium gets a virtual security key (DevTools protocol), and the
// person uses "the browser's real security key" both to register it and to sign in with it. The coach keeps the
// credential id; signing in with it proves the same key came back.
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
  const coach = new CoachModel(page, 'real-webauthn', { axe: false });
  const { pc } = coach;
  await coach.open();
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
  await pc.region.getByRole('button', { name: ui.pc.keyPrompt.useRealKey }).click();
  await coach.step('key.added');
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  if (credentials.length !== 1) throw new Error(`the key should hold one credential, holds ${credentials.length}`);
  await pc.press(ui.pc.buttons.signOut);
  await coach.step('signIn.email');
  await pc.submitEmail(persona.email);
  await coach.step('signIn.password');
  await pc.signIn(persona.password, 'securityKey');
  await coach.step('signIn.securityKey');
  await pc.region.getByRole('button', { name: ui.pc.keyPrompt.useRealKey }).click();
  await coach.step('signIn.done');
});
