import { faqEntries } from '../help/faq-entries.js';
import type { HelpContent } from '../help/help.types.js';
import { callerSeesPt } from './caller-sees.pt.js';
import { faqPt } from './faq.pt.js';

/** The Portuguese help texts, loaded on demand by `loadHelpContent('pt')`. */
export const helpPt: HelpContent = { callerSees: callerSeesPt, faq: faqEntries(faqPt) };
