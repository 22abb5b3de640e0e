import type { StepId, WhatIfId } from '@eulogin-coach/machine';
import type { FaqId } from '../src/index.js';

/** What a phrase should find: a step, a FAQ entry or a what-if. */
export type ExpectedHit = { readonly step: StepId } | { readonly faq: FaqId } | { readonly whatIf: WhatIfId };

export interface SearchPhrase {
  /** What the caller reads out or says, as the agent types it. */
  readonly query: string;
  readonly expect: ExpectedHit;
  /**
   * Set for a phrase that is genuinely ambiguous (the same words on several screens, or a screen text that is also
   * how people name the problem): the expected hit must then be in the top 3, with the reason here.
   */
  readonly ambiguous?: string;
}

/**
 * The search table, shared by the test (`help-search.test.ts`) and the bench (`npm run bench`). Each expectation is
 * written from what the phrase means on EU Login, not from the search's output: EU Login headings, buttons and
 * error messages read aloud find the step that shows them; everyday descriptions of a problem find its FAQ entry.
 */
export const SEARCH_PHRASES: readonly SearchPhrase[] = [
  // EU Login's own words, in English, as a caller reads them off the screen.
  { query: 'Manage my mobile devices', expect: { step: 'device.list' } },
  { query: 'Add a mobile device', expect: { step: 'device.addForm' } },
  { query: 'Your device name', expect: { step: 'device.addForm' } },
  { query: 'Your 4 digit PIN code', expect: { step: 'device.addForm' } },
  { query: 'Scan the QR code with your device', expect: { step: 'device.qrShown' } },
  { query: 'tap the blue tick', expect: { step: 'device.qrShown' } },
  { query: 'The QR code has expired', expect: { step: 'device.qrExpired' } },
  { query: 'incorrect password supplied', expect: { step: 'signIn.password' } },
  { query: 'Choose your verification method', expect: { step: 'signIn.password' } },
  { query: 'Mobile App + PIN Code', expect: { step: 'signIn.password' } },
  { query: 'Error 5305', expect: { step: 'signIn.password' } },
  { query: 'cannot use an authentication factor registered to user', expect: { step: 'signIn.password' } },
  { query: 'Get a password', expect: { step: 'passwordReset.request' } },
  {
    query: 'Lost your password?',
    expect: { step: 'passwordReset.request' },
    ambiguous: 'the link on the password page and the heading of the page it opens',
  },
  {
    query: 'Create an account',
    expect: { step: 'register.form' },
    ambiguous: 'a link on the sign-in page and the heading of the registration form',
  },
  {
    query: 'You cannot create an account with an email that belongs to an institution',
    expect: { step: 'register.form' },
  },
  { query: 'E-mail language', expect: { step: 'register.form' } },
  { query: 'cas/eim/external/register.cgi', expect: { step: 'register.form' } },
  { query: 'Confirm new password', expect: { step: 'password.set' } },
  { query: 'You are now authenticated and can proceed to the service', expect: { step: 'register.done' } },
  { query: 'Initialise', expect: { step: 'app.welcome' } },
  { query: 'Forgot PIN code', expect: { step: 'pin.settings' } },
  { query: 'Enter your EU Login credentials', expect: { step: 'pin.credentials' } },
  {
    query: 'Authenticate',
    expect: { step: 'signIn.appPin' },
    ambiguous: 'the app shows the same PIN screen when adding the phone and when signing in',
  },
  { query: 'Switch account', expect: { step: 'signIn.pinWait' } },
  { query: 'Configure my account', expect: { step: 'account.home' } },
  { query: 'Always require multi-factor authentication', expect: { step: 'account.home' } },
  { query: 'Manage my eIDs', expect: { step: 'eid.manage' } },
  { query: 'Link my eID', expect: { step: 'eid.manage' } },
  { query: 'Manage my Security Keys and Trusted Platforms', expect: { step: 'key.manage' } },
  {
    query: 'Add a Security Key',
    expect: { step: 'key.addForm' },
    ambiguous: 'a button on the list of keys and the heading of the form it opens',
  },
  {
    query: 'Delete all my devices and eID (PANIC)',
    expect: { step: 'panic.confirm' },
    ambiguous: 'a button in My Account and the heading of the confirmation it opens',
  },
  {
    query: 'automated-notifications@nomail.ec.europa.eu',
    expect: { step: 'register.mailSent' },
    ambiguous: 'the sender of the confirmation mail and of the reset mail',
  },
  { query: 'INVALID_USER', expect: { step: 'signIn.done' } },
  // The same in Portuguese.
  { query: 'Gerir os meus dispositivos móveis', expect: { step: 'device.list' } },
  { query: 'Adicionar um dispositivo movel', expect: { step: 'device.addForm' } },
  { query: 'Escolha o método de verificação', expect: { step: 'signIn.password' } },
  { query: 'Inicializar', expect: { step: 'app.welcome' } },
  { query: 'Esqueci-me do código PIN', expect: { step: 'pin.settings' } },
  { query: 'Obter uma palavra-passe', expect: { step: 'passwordReset.request' } },
  { query: 'Leia o código QR com o seu dispositivo', expect: { step: 'device.qrShown' } },
  { query: 'Nova palavra-passe', expect: { step: 'password.set' } },
  // The same in German.
  { query: 'Meine Mobilgeräte verwalten', expect: { step: 'device.list' } },
  { query: 'Mobilgerät hinzufügen', expect: { step: 'device.addForm' } },
  { query: 'Ihr 4-stelliger PIN-Code', expect: { step: 'device.addForm' } },
  { query: 'Wählen Sie Ihre Überprüfungsmethode', expect: { step: 'signIn.password' } },
  { query: 'Initialisieren', expect: { step: 'app.welcome' } },
  { query: 'Passwort anfordern', expect: { step: 'passwordReset.request' } },
  { query: 'Scannen Sie den QR-Code mit Ihrem Gerät', expect: { step: 'device.qrShown' } },
  { query: 'Neues Passwort', expect: { step: 'password.set' } },
  // German as an agent types it: umlauts missing or spelt out, a typo.
  { query: 'Meine Mobilgerate verwalten', expect: { step: 'device.list' } },
  { query: 'Waehlen Sie Ihre Ueberpruefungsmethode', expect: { step: 'signIn.password' } },
  { query: 'Anmeldung voruebergehend gesperrt', expect: { step: 'signIn.locked' } },
  { query: 'Mobilgerät hinzufugen', expect: { step: 'device.addForm' } },
  // Typos and half-typed words.
  { query: 'incorect pasword suplied', expect: { step: 'signIn.password' } },
  { query: 'Manage my mobil devises', expect: { step: 'device.list' } },
  { query: 'Scan the QR cod with you device', expect: { step: 'device.qrShown' } },
  { query: 'Choose you verification methd', expect: { step: 'signIn.password' } },
  { query: 'Initialize', expect: { step: 'app.welcome' } },
  { query: 'Manage my Secur', expect: { step: 'key.manage' } },
  { query: 'verification meth', expect: { step: 'signIn.password' } },
  { query: 'gerir os meus dispositivos moveis', expect: { step: 'device.list' } },
  // Everyday symptoms, in English.
  { query: 'no email', expect: { faq: 'no-confirmation-mail' } },
  { query: 'didnt get the mail', expect: { faq: 'no-confirmation-mail' } },
  { query: 'I never got the confirmation e-mail', expect: { faq: 'no-confirmation-mail' } },
  { query: 'didnt recieve emial', expect: { faq: 'no-confirmation-mail' } },
  { query: 'QR invalid', expect: { faq: 'qr-code-invalid' } },
  { query: 'locked out', expect: { faq: 'locked-out' } },
  { query: 'acount locked', expect: { faq: 'locked-out' } },
  { query: 'new phone', expect: { faq: 'new-phone' } },
  { query: 'code not accepted', expect: { faq: 'code-not-accepted' } },
  { query: 'lost my phone', expect: { faq: 'lost-phone' } },
  { query: 'my phone was stolen', expect: { faq: 'lost-phone' } },
  { query: 'link expired', expect: { faq: 'link-expired' } },
  { query: 'wrong PIN', expect: { faq: 'wrong-pin' } },
  { query: 'no notification', expect: { faq: 'no-notification' } },
  { query: 'forgot my password', expect: { faq: 'forgot-password' } },
  { query: 'forgot my pasword', expect: { faq: 'forgot-password' } },
  { query: 'forgot my PIN', expect: { faq: 'change-app-pin' } },
  { query: "I don't have a smartphone", expect: { faq: 'no-smartphone' } },
  { query: 'where can I download the app', expect: { faq: 'get-the-app' } },
  { query: 'email already registered', expect: { faq: 'email-already-registered' } },
  { query: 'why do I need 2FA', expect: { faq: 'why-two-factor' } },
  { query: 'two accounts on one phone', expect: { faq: 'one-account-per-device' } },
  {
    query: 'phone has no screen lock',
    expect: { faq: 'screen-lock' },
    ambiguous: 'also the label of the rehearsal what-if for the same problem',
  },
  { query: 'where is the QR code', expect: { faq: 'find-the-qr-code' } },
  { query: 'how do I add my eID', expect: { faq: 'link-eid' } },
  { query: 'timed out', expect: { faq: 'request-expired' } },
  { query: 'password too weak', expect: { faq: 'new-password-refused' } },
  { query: 'factory reset', expect: { faq: 'app-reinstalled' } },
  { query: 'yubikey not working', expect: { faq: 'security-key-problem' } },
  { query: 'I used to get an SMS code', expect: { faq: 'sms-codes' } },
  { query: 'the camera doesnt work', expect: { faq: 'camera-blocked' } },
  { query: 'password option missing', expect: { faq: 'password-not-offered' } },
  // Everyday symptoms, in Portuguese (with and without accents).
  { query: 'nao recebi o email', expect: { faq: 'no-confirmation-mail' } },
  { query: 'o email de confirmação não chegou', expect: { faq: 'no-confirmation-mail' } },
  {
    query: 'codigo QR invalido',
    expect: { faq: 'qr-code-invalid' },
    ambiguous: 'also the heading of the app screen that refuses a code ("Invalid QR code")',
  },
  { query: 'conta bloqueada', expect: { faq: 'locked-out' } },
  { query: 'mudei de telemovel', expect: { faq: 'new-phone' } },
  { query: 'telemovel perdido', expect: { faq: 'lost-phone' } },
  { query: 'o link expirou', expect: { faq: 'link-expired' } },
  { query: 'PIN errado', expect: { faq: 'wrong-pin' } },
  { query: 'não recebo notificação', expect: { faq: 'no-notification' } },
  { query: 'esqueci-me da palavra-passe', expect: { faq: 'forgot-password' } },
  { query: 'esqueci a senha', expect: { faq: 'forgot-password' } },
  { query: 'não tenho smartphone', expect: { faq: 'no-smartphone' } },
  { query: 'o email já está registado', expect: { faq: 'email-already-registered' } },
  { query: 'já uso o cartão de cidadão', expect: { faq: 'already-using-eid' } },
  { query: 'reinstalei a aplicação', expect: { faq: 'app-reinstalled' } },
  { query: 'codigo nao aceite', expect: { faq: 'code-not-accepted' } },
  // EU Login's words in French, as the coach translates them, and everyday symptoms in French (with elisions such as
  // "l'application", typed with either apostrophe, and without accents).
  { query: 'Gérer mes appareils mobiles', expect: { step: 'device.list' } },
  { query: 'Ajouter un appareil mobile', expect: { step: 'device.addForm' } },
  { query: 'Choisissez votre méthode de vérification', expect: { step: 'signIn.password' } },
  { query: 'Obtenir un mot de passe', expect: { step: 'passwordReset.request' } },
  { query: 'Scannez le code QR avec votre appareil', expect: { step: 'device.qrShown' } },
  { query: 'je n’ai pas reçu l’e-mail de confirmation', expect: { faq: 'no-confirmation-mail' } },
  { query: "j'ai oublie mon mot de passe", expect: { faq: 'forgot-password' } },
  { query: 'j’ai perdu mon téléphone', expect: { faq: 'lost-phone' } },
  { query: "j'ai change de telephone", expect: { faq: 'new-phone' } },
  { query: 'compte bloqué', expect: { faq: 'locked-out' } },
  {
    query: 'le lien a expiré',
    expect: { faq: 'link-expired' },
    ambiguous: 'also the heading of the PC screen that refuses an old link ("Le lien a expiré")',
  },
  { query: "je n'ai pas de smartphone", expect: { faq: 'no-smartphone' } },
  {
    query: "j'ai réinstallé l'application",
    expect: { faq: 'app-reinstalled' },
    ambiguous: 'also the label of the what-if that rehearses it ("J’ai réinstallé l’application")',
  },
  { query: 'je ne reçois aucune notification', expect: { faq: 'no-notification' } },
  { query: 'courriel de confirmation pas reçu', expect: { faq: 'no-confirmation-mail' } },
  // French as an agent types it: accents missing, a typo, a word half-typed.
  { query: 'gerer mes apareils mobiles', expect: { step: 'device.list' } },
  { query: 'Votre code PIN a 4 chiffres', expect: { step: 'device.addForm' } },
  { query: 'choisissez votre methode de verif', expect: { step: 'signIn.password' } },
  { query: 'mot de passe fourni incorect', expect: { step: 'signIn.password' } },
  { query: 'connexion temporairement bloquee', expect: { step: 'signIn.locked' } },
  { query: 'touchez la coche bleue', expect: { step: 'device.qrShown' } },
  { query: 'Gerer mes cles de securite', expect: { step: 'key.manage' } },
  { query: 'le code QR a expire', expect: { step: 'device.qrExpired' } },
  // "portable" and "téléphone" are one word for the search, as "telemóvel" and "phone" are.
  { query: 'portable perdu', expect: { faq: 'lost-phone' } },
  { query: 'nouveau portable', expect: { faq: 'new-phone' } },
  // Everyday symptoms, in German (with and without umlauts).
  { query: 'Bestaetigungsmail nicht bekommen', expect: { faq: 'no-confirmation-mail' } },
  { query: 'Handy verloren', expect: { faq: 'lost-phone' } },
  { query: 'neues Handy', expect: { faq: 'new-phone' } },
  { query: 'Konto gesperrt', expect: { faq: 'locked-out' } },
  { query: 'falsche PIN', expect: { faq: 'wrong-pin' } },
  { query: 'keine Benachrichtigung auf dem Handy', expect: { faq: 'no-notification' } },
  {
    query: 'Passwort vergessen',
    expect: { faq: 'forgot-password' },
    ambiguous: 'also the link on the password page and the heading of the page it opens ("Passwort vergessen?")',
  },
  { query: 'ich habe kein Smartphone', expect: { faq: 'no-smartphone' } },
  { query: 'App neu installiert', expect: { faq: 'app-reinstalled' } },
  { query: 'Code wird nicht angenommen', expect: { faq: 'code-not-accepted' } },
  // What-ifs: a problem the coach can rehearse, found by how a person says it.
  { query: 'the mail is in my spam folder', expect: { whatIf: 'mailInSpam' } },
  { query: 'my phone has no internet', expect: { whatIf: 'phoneOffline' } },
  {
    query: 'I scanned the QR code with my camera app',
    expect: { whatIf: 'scannedWithCameraApp' },
    ambiguous: 'also how people describe the "QR code invalid" question of the FAQ',
  },
  { query: 'a mensagem foi parar ao spam', expect: { whatIf: 'mailInSpam' } },
];
