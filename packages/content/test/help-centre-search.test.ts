import { describe, expect, it } from 'vitest';
import { LOCALES, createHelpSearch, loadHelpContent, searchFaqEntries } from '../src/index.js';
import { defaultContent } from '../src/eager.js';
import type { FaqId, HelpSearchSource } from '../src/index.js';

const SOURCES: readonly HelpSearchSource[] = await Promise.all(
  LOCALES.map(async (locale) => ({ locale, content: defaultContent(locale), help: await loadHelpContent(locale) })),
);
const search = createHelpSearch(SOURCES);

/**
 * What people type into the help centre, with the entry that should come first. Written from what the phrase means,
 * not from the search's output: typos, missing accents and capitals on purpose, in every shipped language.
 */
const ENGLISH: readonly (readonly [string, FaqId])[] = [
  ['why do I need 2FA', 'why-two-factor'],
  ['is two factor mandatory', 'why-two-factor'],
  ['confirmation email never arrived', 'no-confirmation-mail'],
  ['no activaton email', 'no-confirmation-mail'],
  ['email already registerd', 'email-already-registered'],
  ['forgot my pasword', 'forgot-password'],
  ['I dont have a smartphone', 'no-smartphone'],
  ['where do I download the app', 'get-the-app'],
  ['how to set up the EU Login app', 'set-up-the-app'],
  ['same phone for two accounts', 'one-account-per-device'],
  ['change my app PIN', 'change-app-pin'],
  ['use the app without screen lock', 'screen-lock'],
  ['where is the QR code', 'find-the-qr-code'],
  ['QR code invalid', 'qr-code-invalid'],
  ['already using eID', 'already-using-eid'],
  ['link my eID', 'link-eid'],
  ['Manage my mobile devices', 'set-up-the-app'],
  ['I lost my phone', 'lost-phone'],
  ['got a new phone', 'new-phone'],
  ['account locked', 'locked-out'],
  ['no notification on my phone', 'no-notification'],
  ['CEFR language levels', 'europass-cefr'],
  ['Europass Mobility', 'europass-mobility'],
  ['diploma supplement', 'europass-diploma-supplement'],
  ['certificate supplement', 'europass-certificate-supplement'],
  ['language passport', 'europass-language-passport'],
  ['skills passport', 'europass-skills-passport'],
  ['EQF qualification level', 'europass-eqf'],
  ['describe my digital skills', 'europass-digital-skills'],
  ['assess my languages', 'europass-language-self-assessment'],
  ['Europass templates', 'europass-templates'],
];

const PORTUGUESE: readonly (readonly [string, FaqId])[] = [
  ['porque preciso de 2FA', 'why-two-factor'],
  ['nao recebi o email de confirmacao', 'no-confirmation-mail'],
  ['email ja registado', 'email-already-registered'],
  ['esqueci a palavra-passe', 'forgot-password'],
  ['não tenho smartphone', 'no-smartphone'],
  ['onde descarrego a aplicacao', 'get-the-app'],
  ['mudar o PIN da aplicação', 'change-app-pin'],
  ['onde está o código QR', 'find-the-qr-code'],
  ['perdi o telemovel', 'lost-phone'],
  ['QECR niveis de lingua', 'europass-cefr'],
  ['Europass Mobilidade', 'europass-mobility'],
  ['suplemento ao diploma', 'europass-diploma-supplement'],
  ['suplemento ao certificado', 'europass-certificate-supplement'],
  ['passaporte de linguas', 'europass-language-passport'],
  ['passaporte de competencias', 'europass-skills-passport'],
  ['QEQ nivel de qualificacao', 'europass-eqf'],
  ['competencias digitais', 'europass-digital-skills'],
  ['autoavaliar linguas', 'europass-language-self-assessment'],
  ['modelos Europass', 'europass-templates'],
  ['o leitor diz que o codigo QR e invalido', 'qr-code-invalid'],
  ['a conta está bloqueada', 'locked-out'],
];

const GERMAN: readonly (readonly [string, FaqId])[] = [
  ['warum brauche ich 2FA', 'why-two-factor'],
  ['ist die Zwei-Faktor-Authentifizierung Pflicht', 'why-two-factor'],
  ['Bestätigungsmail nie angekommen', 'no-confirmation-mail'],
  ['keine Aktivierungsmail', 'no-confirmation-mail'],
  ['E-Mail bereits registriert', 'email-already-registered'],
  ['Passwort vergesen', 'forgot-password'],
  ['ich habe kein Smartphone', 'no-smartphone'],
  ['wo lade ich die App herunter', 'get-the-app'],
  ['App-PIN ändern', 'change-app-pin'],
  ['wo ist der QR Code', 'find-the-qr-code'],
  ['QR-Code ungueltig', 'qr-code-invalid'],
  ['Handy verloren', 'lost-phone'],
  ['neues Handy', 'new-phone'],
  ['Konto gesperrt', 'locked-out'],
  ['keine Benachrichtigung auf dem Handy', 'no-notification'],
  ['GER Sprachniveaus', 'europass-cefr'],
  ['Europass Mobilitätsnachweis', 'europass-mobility'],
  ['Diplomzusatz', 'europass-diploma-supplement'],
  ['Zeugniserlaeuterung', 'europass-certificate-supplement'],
  ['Sprachenpass', 'europass-language-passport'],
  ['digitale Kompetenzen beschreiben', 'europass-digital-skills'],
  ['EQR Niveau', 'europass-eqf'],
];

const FRENCH: readonly (readonly [string, FaqId])[] = [
  ['pourquoi faut il un second facteur', 'why-two-factor'],
  ['je n ai pas recu le mail de confirmation', 'no-confirmation-mail'],
  ['adresse email deja enregistree', 'email-already-registered'],
  ['mot de passe oublie', 'forgot-password'],
  ['je n’ai pas de smartphone', 'no-smartphone'],
  ['ou telecharger l application', 'get-the-app'],
  ['changer le code PIN de l’appli', 'change-app-pin'],
  ['telephone sans verouillage d ecran', 'screen-lock'],
  ['ou est le code QR', 'find-the-qr-code'],
  ['j ai perdu mon telephone', 'lost-phone'],
  ['nouveau téléphone', 'new-phone'],
  ['je n arrive plus a acceder a mon compte', 'locked-out'],
  ['pas de notification sur mon telephone', 'no-notification'],
  ['le code PIN est faux', 'wrong-pin'],
  ['nouveau mot de passe refusé', 'new-password-refused'],
  ['CECR niveaux de langue', 'europass-cefr'],
  ['supplement au diplome', 'europass-diploma-supplement'],
  ['competences numeriques', 'europass-digital-skills'],
];

const PHRASES = [...ENGLISH, ...PORTUGUESE, ...GERMAN, ...FRENCH];

describe('the help centre’s search', () => {
  it('has at least 80 phrases, in English, Portuguese, German and French', () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(80);
    expect(ENGLISH.length).toBeGreaterThanOrEqual(20);
    expect(PORTUGUESE.length).toBeGreaterThanOrEqual(20);
    expect(GERMAN.length).toBeGreaterThanOrEqual(20);
    expect(FRENCH.length).toBeGreaterThanOrEqual(15);
  });

  it.each(PHRASES)('"%s" finds %s first', (query, expected) => {
    expect(searchFaqEntries(search, query, 3)[0]).toBe(expected);
  });

  it('lands on an answer when someone types what the screen says', () => {
    // A screen text matches a step; the entry about that step is what the help centre shows.
    expect(searchFaqEntries(search, 'Manage my mobile devices', 5).length).toBeGreaterThan(0);
  });

  it('returns nothing for an empty query or a non-string, and respects the limit', () => {
    expect(searchFaqEntries(search, '')).toEqual([]);
    expect(searchFaqEntries(search, 42 as unknown as string)).toEqual([]);
    expect(searchFaqEntries(search, 'phone', 2).length).toBeLessThanOrEqual(2);
  });
});
