/**
 * German is both a page locale and an e-mail language: its mails are the e-mail language's own texts, so
 * `de.mails` and `loadMails('de')` are the same object, as for English and Portuguese.
 */
export { mailsDe } from '../mails/mails.de.js';
