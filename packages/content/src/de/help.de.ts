import { faqEntries } from '../help/faq-entries.js';
import type { HelpContent } from '../help/help.types.js';
import { callerSeesDe } from './caller-sees.de.js';
import { faqDe } from './faq.de.js';

/** The German help texts, loaded on demand by `loadHelpContent('de')`. */
export const helpDe: HelpContent = { callerSees: callerSeesDe, faq: faqEntries(faqDe) };
