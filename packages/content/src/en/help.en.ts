import { faqEntries } from '../help/faq-entries.js';
import type { HelpContent } from '../help/help.types.js';
import { callerSeesEn } from './caller-sees.en.js';
import { faqEn } from './faq.en.js';

/** The English help texts, loaded on demand by `loadHelpContent('en')`. */
export const helpEn: HelpContent = { callerSees: callerSeesEn, faq: faqEntries(faqEn) };
