/**
 * The French locale's mails are the French e-mail language's mails, one object for both (as `en` and `pt` are):
 * `loadMails('fr')` and `fr.mails` give the same texts.
 */
export { mailsFr } from '../mails/mails.fr.js';
