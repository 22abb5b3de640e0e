import { FAQ_IDS, FAQ_LINKS } from './faq-links.js';
import type { FaqId } from './faq-links.js';
import type { HelpSearch } from './help.types.js';

/**
 * The help centre's answer to a query: FAQ entries, best first, each once. A hit on an entry counts as itself; a hit
 * on a step or a what-if (the words on a screen, "the mail lands in spam") counts as the entries that concern it,
 * the entries whose main step it is first, so a person who types what the screen says still lands on an answer. Never throws.
 */
export function searchFaqEntries(search: HelpSearch, query: string, limit = 10): readonly FaqId[] {
  const out: FaqId[] = [];
  const push = (id: FaqId): void => {
    if (!out.includes(id)) out.push(id);
  };
  for (const hit of search.search(query, 30)) {
    if (hit.kind === 'faq') {
      push(hit.faq);
    } else if (hit.kind === 'whatIf') {
      for (const id of FAQ_IDS) if (FAQ_LINKS[id].whatIfs.includes(hit.whatIf)) push(id);
    } else {
      // The entries about that step, those for which it is the main step first.
      const about = FAQ_IDS.filter((id) => FAQ_LINKS[id].stepIds.includes(hit.stepId));
      const rank = (id: FaqId): number => FAQ_LINKS[id].stepIds.indexOf(hit.stepId);
      for (const id of [...about].sort((a, b) => rank(a) - rank(b))) push(id);
    }
    if (out.length >= limit) break;
  }
  return out.slice(0, Math.max(0, limit));
}
