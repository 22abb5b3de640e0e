import { describe, expect, it } from 'vitest';
import { FAQ_IDS, FAQ_SECTIONS, LOCALES, loadHelpContent } from '../src/index.js';
import type { FaqId, HelpContent, Locale } from '../src/index.js';

/**
 * Every question of the source FAQ (the Europass FAQ this product was built from), in its own words as a short
 * label, with the help entry that answers it. Adding a question to the source means adding a row here.
 */
const SOURCE_QUESTIONS: readonly (readonly [string, FaqId])[] = [
  ['I created an EU Login account but got no confirmation e-mail', 'no-confirmation-mail'],
  ['It says my e-mail is already registered', 'email-already-registered'],
  ['I have forgotten my EU Login password', 'forgot-password'],
  ['I do not have a smartphone: how do I enable 2FA?', 'no-smartphone'],
  ['Where can I download the EU Login app?', 'get-the-app'],
  ['How do I set up the EU Login app on a mobile device?', 'set-up-the-app'],
  ['Can one device with the app access several accounts?', 'one-account-per-device'],
  ['How do I change (or recover a forgotten) app PIN code?', 'change-app-pin'],
  ['Can I use the app without securing my device?', 'screen-lock'],
  ['How do I sign in using 2FA (app in front or in the background)?', 'sign-in-with-the-app'],
  ['Why are you enabling two-factor authentication?', 'why-two-factor'],
  ['Why should I use 2FA?', 'why-two-factor'],
  ['Where do I find the QR code?', 'find-the-qr-code'],
  ['My QR code reader says the code is invalid', 'qr-code-invalid'],
  ['I already use eID: do I need to activate it as a second factor?', 'already-using-eid'],
  ['How do I activate eID as a second factor?', 'link-eid'],
  ['Europass templates (Modelos Europass)', 'europass-templates'],
  ['What is the CEFR (QECR)?', 'europass-cefr'],
  ['What is Europass Mobility?', 'europass-mobility'],
  ['What is the Europass Certificate Supplement?', 'europass-certificate-supplement'],
  ['What is the Diploma Supplement?', 'europass-diploma-supplement'],
  ['What happened to the Europass Language Passport?', 'europass-language-passport'],
  ['How can I self-assess my language skills?', 'europass-language-self-assessment'],
  ['How can I describe my digital skills?', 'europass-digital-skills'],
  ['What is the Europass Skills Passport?', 'europass-skills-passport'],
  ['What is the European Qualifications Framework (EQF / QEQ)?', 'europass-eqf'],
];

const HELP: readonly (readonly [Locale, HelpContent])[] = await Promise.all(
  LOCALES.map(async (locale) => [locale, await loadHelpContent(locale)] as const),
);

describe('every source-FAQ question has an entry', () => {
  it('the table lists the source’s 16 two-factor questions and its 10 Europass questions', () => {
    expect(SOURCE_QUESTIONS).toHaveLength(26);
    expect(SOURCE_QUESTIONS.filter(([, id]) => id.startsWith('europass-'))).toHaveLength(10);
  });

  describe.each(HELP)('in %s', (_locale, help) => {
    it.each(SOURCE_QUESTIONS)('%s → %s', (_question, id) => {
      const entry = help.faq[id];
      expect(entry, id).toBeDefined();
      expect(entry.question.trim().length, id).toBeGreaterThan(10);
      expect(entry.answer.trim().length, id).toBeGreaterThan(100);
    });
  });

  it('shows every source question in the help centre, the Europass ones in their own section', () => {
    const shown = Object.values(FAQ_SECTIONS).flat();
    for (const [, id] of SOURCE_QUESTIONS) expect(shown).toContain(id);
    for (const [, id] of SOURCE_QUESTIONS.filter(([, faq]) => faq.startsWith('europass-'))) {
      expect(FAQ_SECTIONS.europass).toContain(id);
    }
  });

  it('places every entry in exactly one section of the help centre', () => {
    const shown = Object.values(FAQ_SECTIONS).flat();
    expect([...shown].sort()).toEqual([...FAQ_IDS].sort());
    expect(new Set(shown).size).toBe(shown.length);
  });

  const SOMETHING_YOU_KNOW: Readonly<Record<Locale, RegExp>> = {
    en: /something you know/i,
    fr: /quelque chose que vous savez/i,
    pt: /algo que sabe/i,
    de: /etwas, das Sie wissen/i,
  };

  it.each(HELP)('answers "why use 2FA" in %s with the factor kinds and where it is compulsory', (locale, help) => {
    const answer = help.faq['why-two-factor'].answer;
    expect(answer).toMatch(SOMETHING_YOU_KNOW[locale]);
    expect(answer).toMatch(/SNC/);
  });
});
