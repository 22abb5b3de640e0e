import type { EmailLanguage } from '@eulogin-coach/machine';
import type { MailTexts } from './content.types.js';
import { deepFreeze } from './deep-merge.js';

/**
 * One loader per e-mail language. Each `import()` is its own chunk for a bundler, so a mailbox loads only the
 * languages of the mails it shows. English and Portuguese are the locales' own mails, not copies.
 */
const loaders: Readonly<Record<EmailLanguage, () => Promise<MailTexts>>> = {
  bg: () => import('./mails/mails.bg.js').then((m) => m.mailsBg),
  cs: () => import('./mails/mails.cs.js').then((m) => m.mailsCs),
  da: () => import('./mails/mails.da.js').then((m) => m.mailsDa),
  de: () => import('./mails/mails.de.js').then((m) => m.mailsDe),
  el: () => import('./mails/mails.el.js').then((m) => m.mailsEl),
  en: () => import('./en/mails.en.js').then((m) => m.mailsEn),
  es: () => import('./mails/mails.es.js').then((m) => m.mailsEs),
  et: () => import('./mails/mails.et.js').then((m) => m.mailsEt),
  fi: () => import('./mails/mails.fi.js').then((m) => m.mailsFi),
  fr: () => import('./mails/mails.fr.js').then((m) => m.mailsFr),
  ga: () => import('./mails/mails.ga.js').then((m) => m.mailsGa),
  hr: () => import('./mails/mails.hr.js').then((m) => m.mailsHr),
  hu: () => import('./mails/mails.hu.js').then((m) => m.mailsHu),
  it: () => import('./mails/mails.it.js').then((m) => m.mailsIt),
  lt: () => import('./mails/mails.lt.js').then((m) => m.mailsLt),
  lv: () => import('./mails/mails.lv.js').then((m) => m.mailsLv),
  mt: () => import('./mails/mails.mt.js').then((m) => m.mailsMt),
  nl: () => import('./mails/mails.nl.js').then((m) => m.mailsNl),
  pl: () => import('./mails/mails.pl.js').then((m) => m.mailsPl),
  pt: () => import('./pt/mails.pt.js').then((m) => m.mailsPt),
  ro: () => import('./mails/mails.ro.js').then((m) => m.mailsRo),
  sk: () => import('./mails/mails.sk.js').then((m) => m.mailsSk),
  sl: () => import('./mails/mails.sl.js').then((m) => m.mailsSl),
  sv: () => import('./mails/mails.sv.js').then((m) => m.mailsSv),
};

/** The e-mail languages with mail texts: all 24 of `EMAIL_LANGUAGES`, in the same order. */
export const MAIL_LANGUAGES: readonly EmailLanguage[] = Object.freeze(Object.keys(loaders) as EmailLanguage[]);

/**
 * The mails EU Login writes in `language`, the e-mail language a person picked at registration, loaded on demand
 * and frozen. This is independent of the page's locale: a Portuguese page can show a German mailbox. `en` and
 * `pt` resolve to the same objects as `en.mails` and `pt.mails`. Rejects with a RangeError for a value that is
 * not an e-mail language.
 */
export function loadMails(language: EmailLanguage): Promise<MailTexts> {
  const load = Object.hasOwn(loaders, language) ? loaders[language] : undefined;
  if (!load) return Promise.reject(new RangeError(`No mail texts for e-mail language "${String(language)}"`));
  return load().then((mails) => deepFreeze(mails));
}
