import { FAQ_IDS, FAQ_LINKS } from './faq-links.js';
import type { FaqId } from './faq-links.js';
import type { HelpSearch } from './help.types.js';

/**
 * The help centre's answer to a query: FAQ entries, best first, each once. A hit on an entry counts as itself; a hit
 * on a step or a what-if (the words on a screen, "the mail lands in spam") counts as the entries that concern it,
 * in their order, so a person who types what the screen says still lands on an answer. Never throws.
 */
export function searchFaqEntries(search: HelpSearch, query: string, limit = 10): readonly FaqId[] {
  const out: FaqId[] = [];
  const push = (id: FaqId): void => {
    if (!out.includes(id)) out.push(id);
  };
  for (const hit of search.search(query, 30)) {
    if (hit.kind === 'faq') push(hit.faq);
    else if (hit.kind === 'whatIf')
      for (const id of FAQ_IDS)
        if (FAQ_LINKS[id].whatIfs.includes(hit.whatIf)) push(id);
        else for (const id of FAQ_IDS) if (FAQ_LINKS[id].stepIds[0] === hit.stepId) push(id);
    if (out.length >= limit) break;
  }
  return out.slice(0, Math.max(0, limit));
}
