import type { FaqId } from './faq-links.js';
import { FAQ_IDS, FAQ_LINKS } from './faq-links.js';
import type { FaqEntry, FaqTexts } from './help.types.js';

/** One locale's FAQ texts joined with the steps and what-ifs each entry concerns (the same in every locale). */
export function faqEntries(texts: Readonly<Record<FaqId, FaqTexts>>): Readonly<Record<FaqId, FaqEntry>> {
  return Object.fromEntries(FAQ_IDS.map((id) => [id, { ...texts[id], ...FAQ_LINKS[id] }])) as Record<FaqId, FaqEntry>;
}
