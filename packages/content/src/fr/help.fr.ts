import { faqEntries } from '../help/faq-entries.js';
import type { HelpContent } from '../help/help.types.js';
import { callerSeesFr } from './caller-sees.fr.js';
import { faqFr } from './faq.fr.js';

/** The French help texts, loaded on demand by `loadHelpContent('fr')`. */
export const helpFr: HelpContent = { callerSees: callerSeesFr, faq: faqEntries(faqFr) };
