import { FAQ_ENTRIES_BY_SECTION } from './faq-links.js';
import type { FaqId } from './faq-links.js';

/** The help centre's sections, in the order shown. */
export const FAQ_SECTION_IDS = ['twoFactor', 'problems', 'europass'] as const;
export type FaqSectionId = (typeof FAQ_SECTION_IDS)[number];

/**
 * Which entries each section of the help centre holds, in order: the source FAQ's two-factor questions, the common
 * problems callers report, and the source FAQ's Europass questions. The index's ids are listed by section, so every
 * `FaqId` is in exactly one section (a test checks it).
 */
export const FAQ_SECTIONS: Readonly<Record<FaqSectionId, readonly FaqId[]>> = FAQ_ENTRIES_BY_SECTION;
