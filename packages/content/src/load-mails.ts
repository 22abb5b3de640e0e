import type { EmailLanguage } from '@eulogin-coach/machine';
import { EMAIL_LANGUAGES } from '@eulogin-coach/machine/registry';
import type { MailTexts } from './content.types.js';
import { deepFreeze } from './deep-merge.js';
import { loadContentPart } from './load-content.js';
import { isLocale } from './locales.js';

/**
 * One loader per e-mail language that is not a shipped locale (a locale's mails are in its folder: its `mails`
 * part). Each `import()` is its own chunk for a bundler, so a mailbox loads only the languages of the mails it
 * shows. A language that becomes a locale drops its line here and its file in `mails/` (a test says so).
 */
export const OTHER_MAIL_LOADERS: Readonly<Partial<Record<EmailLanguage, () => Promise<MailTexts>>>> = {
  bg: () => import('./mails/mails.bg.js').then((m) => m.mailsBg),
  cs: () => import('./mails/mails.cs.js').then((m) => m.mailsCs),
  da: () => import('./mails/mails.da.js').then((m) => m.mailsDa),
  el: () => import('./mails/mails.el.js').then((m) => m.mailsEl),
  es: () => import('./mails/mails.es.js').then((m) => m.mailsEs),
  et: () => import('./mails/mails.et.js').then((m) => m.mailsEt),
  fi: () => import('./mails/mails.fi.js').then((m) => m.mailsFi),
  ga: () => import('./mails/mails.ga.js').then((m) => m.mailsGa),
  hr: () => import('./mails/mails.hr.js').then((m) => m.mailsHr),
  hu: () => import('./mails/mails.hu.js').then((m) => m.mailsHu),
  it: () => import('./mails/mails.it.js').then((m) => m.mailsIt),
  lt: () => import('./mails/mails.lt.js').then((m) => m.mailsLt),
  lv: () => import('./mails/mails.lv.js').then((m) => m.mailsLv),
  mt: () => import('./mails/mails.mt.js').then((m) => m.mailsMt),
  nl: () => import('./mails/mails.nl.js').then((m) => m.mailsNl),
  pl: () => import('./mails/mails.pl.js').then((m) => m.mailsPl),
  ro: () => import('./mails/mails.ro.js').then((m) => m.mailsRo),
  sk: () => import('./mails/mails.sk.js').then((m) => m.mailsSk),
  sl: () => import('./mails/mails.sl.js').then((m) => m.mailsSl),
  sv: () => import('./mails/mails.sv.js').then((m) => m.mailsSv),
};

/** The e-mail languages with mail texts: all 24 of `EMAIL_LANGUAGES`, in the same order. */
export const MAIL_LANGUAGES: readonly EmailLanguage[] = Object.freeze(
  EMAIL_LANGUAGES.filter((language) => isLocale(language) || Object.hasOwn(OTHER_MAIL_LOADERS, language)),
);

/**
 * The mails EU Login writes in `language`, the e-mail language a person picked at registration, loaded on demand
 * and frozen. This is independent of the page's locale: a Portuguese page can show a German mailbox. A shipped
 * locale's language resolves to the same object as that locale's `content.mails`. Rejects with a RangeError for a value that is
 * not an e-mail language.
 */
export function loadMails(language: EmailLanguage): Promise<MailTexts> {
  if (isLocale(language)) return loadContentPart(language, 'mails').then((part) => part.mails);
  const load = Object.hasOwn(OTHER_MAIL_LOADERS, language) ? OTHER_MAIL_LOADERS[language] : undefined;
  if (!load) return Promise.reject(new RangeError(`No mail texts for e-mail language "${String(language)}"`));
  return load().then((mails) => deepFreeze(mails));
}
