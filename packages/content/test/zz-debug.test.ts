import { it } from 'vitest';
import { LOCALES, createHelpSearch, loadHelpContent } from '../src/index.js';
import { defaultContent } from '../src/eager.js';
const SOURCES = await Promise.all(LOCALES.map(async (locale) => ({ locale, content: defaultContent(locale), help: await loadHelpContent(locale) })));
const s = createHelpSearch(SOURCES.filter((x) => (process.env.L ?? "en,pt,fr,de").split(",").includes(x.locale)));
it('dbg', () => {
  for (const q of (process.env.Q ?? '').split('|')) {
    console.log('== ' + q);
    for (const h of s.search(q, 6)) console.log(h.kind, 'faq' in h ? h.faq : 'whatIf' in h ? h.whatIf : h.stepId, h.score, JSON.stringify(h.matched));
  }
});
