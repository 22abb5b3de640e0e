// The whole set-up in French and in German, end to end in Chromium: the same journey as full-setup.e2e.mjs, driven
// by the roles and labels of the French and German texts (lib/texts.mjs), each step's heading, focus and progress
// checked in that language, and axe on a few screens (the picker, the form, the mail, the QR code, the end).
import { test } from '../lib/registry.mjs';
import { de, fr } from '../lib/texts.mjs';
import { CoachModel } from '../models/coach-model.mjs';
import { fullSetup } from './flows.mjs';

const AXE_AT = ['coach.journeys', 'register.form', 'register.mailSent', 'device.qrShown', 'signIn.done'];

for (const [locale, texts, name] of [
  ['fr', fr, 'French'],
  ['de', de, 'German'],
]) {
  test(`fullSetup in ${name}: from nothing to signed in with the app and PIN, every step in ${name}`, async ({
    page,
  }) => {
    const coach = new CoachModel(page, `fullSetup-${locale}`, { texts, locale, axe: AXE_AT });
    await coach.open();
    const lang = await page.evaluate('document.documentElement.lang');
    if (lang !== locale) throw new Error(`the page language is "${lang}", not ${locale}`);
    await coach.start('fullSetup');
    await fullSetup(coach);
  });
}
