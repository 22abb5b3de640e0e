import { format, textParams } from '@eulogin-coach/content';
import type { Content } from '@eulogin-coach/content';
import { DEFAULT_CONFIG, STEP_IDS, WHAT_IFS, WHAT_IF_IDS } from '@eulogin-coach/react';
import type { HelpHit, HelpSearchFn } from './help-hit.js';

const MAX_HITS = 8;
const MAX_QUERY = 200;

const words = (text: string): string[] =>
  text
    .toLocaleLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);

/**
 * A small search over the step titles, their helpdesk questions and the what-ifs, used until the content package's
 * help search (with the FAQ) is wired in. A hit's score is how many of the query's words its text holds.
 */
export function createLocalSearch(content: Content): HelpSearchFn {
  const params = textParams(DEFAULT_CONFIG);
  const entries: { hit: (score: number, matched: string) => HelpHit; texts: string[] }[] = [
    ...STEP_IDS.map((stepId) => ({
      hit: (score: number, matched: string): HelpHit => ({ kind: 'step', stepId, score, matched }),
      texts: [content.steps[stepId].title, content.steps[stepId].body, ...content.steps[stepId].helpdesk.ask],
    })),
    ...WHAT_IF_IDS.flatMap((whatIf) => {
      const at = WHAT_IFS[whatIf].steps[0];
      if (!at) return [];
      return [
        {
          hit: (score: number, matched: string): HelpHit => ({ kind: 'whatIf', whatIf, stepId: at, score, matched }),
          texts: [content.whatIfs[whatIf].label, content.whatIfs[whatIf].explanation],
        },
      ];
    }),
  ];
  const indexed = entries.map((e) => {
    const texts = e.texts.map((t) => format(t, params));
    return { ...e, texts, words: texts.map((t) => new Set(words(t))) };
  });
  return (query) => {
    const wanted = words(query.slice(0, MAX_QUERY));
    if (wanted.length === 0) return [];
    const hits: HelpHit[] = [];
    for (const e of indexed) {
      let best = 0;
      let matched = '';
      e.words.forEach((set, i) => {
        const score = wanted.filter((w) => [...set].some((s) => s.startsWith(w))).length;
        if (score > best) {
          best = score;
          matched = e.texts[i] ?? '';
        }
      });
      if (best > 0) hits.push(e.hit(best / wanted.length, matched));
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, MAX_HITS);
  };
}
