import { STEP_IDS, WHAT_IFS, WHAT_IF_IDS } from '@eulogin-coach/machine/registry';
import type { StepId } from '@eulogin-coach/machine';
import { FAQ_IDS, FAQ_LINKS } from './faq-links.js';
import { editDistance, typosAllowed } from './fuzzy.js';
import type { HelpHit, HelpSearch, HelpSearchSource } from './help.types.js';
import { normalise, wordUnits } from './normalise.js';
import { ANY_STOP_WORD, stopWordsOf } from './stop-words.js';

/** Longest query read, in characters: a caller reads a heading or a message, not a page. */
export const MAX_QUERY_LENGTH = 200;
const MAX_QUERY_WORDS = 16;
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;

// How much a match in each kind of text counts: what the caller reads off the screen first, then how people
// describe a problem, then the coach's own words for a step.
const WEIGHT = {
  heading: 1,
  screenText: 0.95,
  address: 0.95,
  symptom: 1,
  question: 0.95,
  stepTitle: 0.85,
  whatIf: 0.85,
  ifThen: 0.8,
} as const;

interface Unit {
  /** The term indices that stand for this word (a hyphenated word: its parts and its joined form). */
  readonly terms: readonly number[];
  readonly weight: number;
}

interface Doc {
  readonly target: number;
  /** The index of the document's language (see `Language`). */
  readonly language: number;
  readonly text: string;
  readonly norm: string;
  readonly weight: number;
  readonly units: readonly Unit[];
  readonly terms: readonly number[];
  readonly unitWeight: number;
}

type Target = (score: number, matched: string) => HelpHit;

/**
 * One language's statistics. Each language is weighed on its own, as if it were searched alone: a word shared by
 * several languages ("verification", "YubiKey") is not made common by the other languages' texts, and a language's
 * own everyday words ("not", "working") are not made rare by texts in other languages.
 */
interface Language {
  readonly stop: ReadonlySet<string>;
  /** In how many of this language's documents each term occurs. */
  readonly docFrequency: number[];
  documents: number;
  /** Each term's weight in this language: its inverse document frequency, 0 for a term the language never uses. */
  idf: readonly number[];
  /** The mean weight of the terms this language uses: the weight of a query word it does not know. */
  meanIdf: number;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** Builds an index over every source's texts once; each search then reads it. */
export function createHelpSearch(sources: readonly HelpSearchSource[]): HelpSearch {
  const vocabulary = new Map<string, number>();
  const terms: string[] = [];
  const languages: Language[] = [];
  const languageIndex = new Map<string, number>();
  const targets: Target[] = [];
  const targetIndex = new Map<string, number>();
  const rawDocs: { target: number; language: number; text: string; weight: number; units: number[][] }[] = [];

  const termOf = (term: string): number => {
    let i = vocabulary.get(term);
    if (i === undefined) {
      i = terms.length;
      vocabulary.set(term, i);
      terms.push(term);
    }
    return i;
  };
  const targetOf = (key: string, make: () => Target): number => {
    let i = targetIndex.get(key);
    if (i === undefined) {
      i = targets.length;
      targetIndex.set(key, i);
      targets.push(make());
    }
    return i;
  };
  const languageOf = (locale: string): number => {
    let i = languageIndex.get(locale);
    if (i === undefined) {
      i = languages.length;
      languageIndex.set(locale, i);
      languages.push({ stop: stopWordsOf(locale), docFrequency: [], documents: 0, idf: [], meanIdf: 0 });
    }
    return i;
  };
  let language = 0;
  const add = (target: number, text: string, weight: number): void => {
    const shown = text.replace(/\{[A-Za-z]+\}/g, '…').trim();
    if (!shown) return;
    const units = wordUnits(shown.replace(/…/g, ' ')).map((alternatives) => alternatives.map(termOf));
    if (!units.length) return;
    const stats = languages[language];
    if (!stats) return;
    stats.documents += 1;
    for (const t of new Set(units.flat())) stats.docFrequency[t] = (stats.docFrequency[t] ?? 0) + 1;
    rawDocs.push({ target, language, text: shown, weight, units });
  };

  const stepTarget = (stepId: StepId): number =>
    targetOf(`step:${stepId}`, () => (score, matched) => ({ kind: 'step', stepId, score, matched }));

  for (const { locale, content, help } of sources) {
    language = languageOf(locale);
    for (const stepId of STEP_IDS) {
      const target = stepTarget(stepId);
      const sees = help.callerSees[stepId];
      add(target, sees.heading, WEIGHT.heading);
      for (const text of sees.texts) add(target, text, WEIGHT.screenText);
      if (sees.address) add(target, sees.address, WEIGHT.address);
      const step = content.steps[stepId];
      add(target, step.title, WEIGHT.stepTitle);
      for (const { if: condition } of step.helpdesk.ifThen) add(target, condition, WEIGHT.ifThen);
    }
    for (const whatIf of WHAT_IF_IDS) {
      // The step the what-if leads to where it first happens.
      const stepId = Object.values(WHAT_IFS[whatIf].at)[0] ?? WHAT_IFS[whatIf].steps[0];
      if (!stepId) continue;
      const target = targetOf(`whatIf:${whatIf}`, () => (score, matched) => ({
        kind: 'whatIf',
        whatIf,
        stepId,
        score,
        matched,
      }));
      add(target, content.whatIfs[whatIf].label, WEIGHT.whatIf);
    }
    for (const faq of FAQ_IDS) {
      const { stepIds, whatIfs } = FAQ_LINKS[faq];
      const target = targetOf(`faq:${faq}`, () => (score, matched) => ({
        kind: 'faq',
        faq,
        stepIds,
        whatIfs,
        score,
        matched,
      }));
      const entry = help.faq[faq];
      add(target, entry.question, WEIGHT.question);
      for (const symptom of entry.symptoms) add(target, symptom, WEIGHT.symptom);
    }
  }

  // Rare words tell more than common ones: each term weighs its inverse document frequency in each language.
  for (const stats of languages) {
    const total = stats.documents || 1;
    stats.idf = terms.map((term, t) => {
      const df = stats.docFrequency[t] ?? 0;
      if (!df) return 0;
      const w = Math.log(1 + total / df);
      return stats.stop.has(term) ? w * 0.15 : w;
    });
    const used = stats.idf.filter((w, t) => (stats.docFrequency[t] ?? 0) > 0);
    stats.meanIdf = used.reduce((a, b) => a + b, 0) / (used.length || 1);
  }
  const unitWeight = (idf: readonly number[], alternatives: readonly number[]): number =>
    Math.max(0, ...alternatives.map((t) => idf[t] ?? 0));

  const docs: Doc[] = rawDocs.map(({ target, language, text, weight, units }) => {
    const idf = languages[language]?.idf ?? [];
    const weighted = units.map((u) => ({ terms: u, weight: unitWeight(idf, u) }));
    return {
      target,
      language,
      text,
      weight,
      norm: normalise(text),
      units: weighted,
      terms: [...new Set(units.flat())],
      unitWeight: weighted.reduce((a, u) => a + u.weight, 0) || 1,
    };
  });
  const postings: number[][] = terms.map(() => []);
  docs.forEach((doc, d) => {
    for (const t of doc.terms) postings[t]?.push(d);
  });

  /** How well the query word `word` matches each vocabulary term, from 0 to 1 (only terms above 0). */
  // The vocabulary sorted (to find the words a prefix starts) and by length (to find words within a typo or two).
  const sorted = terms.map((_, t) => t).sort((a, b) => ((terms[a] ?? '') < (terms[b] ?? '') ? -1 : 1));
  const byLength = new Map<number, number[]>();
  terms.forEach((term, t) => {
    const bucket = byLength.get(term.length);
    if (bucket) bucket.push(t);
    else byLength.set(term.length, [t]);
  });

  /** How well the query word `word` matches each vocabulary term, from 0 to 1 (only terms above 0). */
  const matchesOf = (word: string, typing: boolean): Map<number, number> => {
    const out = new Map<number, number>();
    const raise = (t: number, score: number): void => {
      if (score > (out.get(t) ?? 0)) out.set(t, score);
    };
    const exact = vocabulary.get(word);
    if (exact !== undefined) out.set(exact, 1);
    if (ANY_STOP_WORD.has(word)) return out;
    // The start of a longer word: from 4 letters, or from 3 for the word still being typed.
    if (word.length >= (typing ? 3 : 4)) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((terms[sorted[mid] ?? 0] ?? '') < word) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < sorted.length; k++) {
        const t = sorted[k] ?? 0;
        if (!(terms[t] ?? '').startsWith(word)) break;
        if (t !== exact) raise(t, 0.9);
      }
    }
    // A longer form of a known word ("invalido" for "invalid").
    for (let k = Math.max(4, word.length - 2); k < word.length; k++) {
      const t = vocabulary.get(word.slice(0, k));
      if (t !== undefined) raise(t, 0.75);
    }
    // A typo or two.
    const typos = typosAllowed(word.length);
    for (let length = word.length - typos; typos && length <= word.length + typos; length++) {
      for (const t of byLength.get(length) ?? []) {
        if (t === exact) continue;
        const d = editDistance(word, terms[t] ?? '', typos);
        if (d <= typos) raise(t, d === 1 ? (word.length >= 5 ? 0.85 : 0.7) : 0.65);
      }
    }
    return out;
  };

  function search(query: string, limit?: number): readonly HelpHit[] {
    if (typeof query !== 'string') return [];
    const max =
      typeof limit === 'number' && Number.isFinite(limit)
        ? Math.min(MAX_LIMIT, Math.max(0, Math.floor(limit)))
        : DEFAULT_LIMIT;
    const text = query.slice(0, MAX_QUERY_LENGTH);
    const queryNorm = normalise(text);
    if (!queryNorm || max === 0) return [];

    const seen = new Set<string>();
    const units = wordUnits(text)
      .filter((alternatives) => {
        const key = alternatives.join(' ');
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .slice(0, MAX_QUERY_WORDS)
      .map((alternatives, i, all) => {
        const typing = i === all.length - 1 && !/\s$/.test(text);
        // alternatives[0] is the comparable form: a match through it alone ("telemóvel" for "mobile") counts a
        // little less than a match of the word as written.
        const matches = alternatives.map((a, k) => {
          const m = matchesOf(a, typing);
          if (k === 0 && alternatives.length > 1) for (const [t, s] of m) m.set(t, s * 0.9);
          return m;
        });
        // Weighed in each language as that language's own texts weigh it.
        const weights = languages.map(({ idf, meanIdf, stop }) => {
          let weight = 0;
          for (const m of matches) for (const [t, s] of m) weight = Math.max(weight, (idf[t] ?? 0) * s);
          // A word the language never uses ("now", a phone's brand) counts, but less than one it knows.
          if (!weight) weight = alternatives.every((a) => stop.has(a)) ? meanIdf * 0.15 : meanIdf * 0.5;
          return weight;
        });
        const stop = languages.map(({ stop }) => alternatives.every((a) => stop.has(a)));
        return { matches, stop, weights, saysNothing: alternatives.every((a) => ANY_STOP_WORD.has(a)) };
      });
    const queryWeights = languages.map((_, l) => units.reduce((a, u) => a + (u.weights[l] ?? 0), 0) || 1);

    // A query of stop words only ("the", "o que") says nothing to look for.
    if (units.every((u) => u.saysNothing)) return [];
    // Each query word's best match in each document that holds a matching term, read from the postings; a document
    // found only through stop words is not a candidate.
    const perDoc = new Map<number, Float64Array>();
    const matchedTerms = new Set<number>();
    units.forEach((u, k) => {
      for (const matches of u.matches) {
        for (const [t, s] of matches) {
          if (s >= 0.6) matchedTerms.add(t);
          for (const d of postings[t] ?? []) {
            let row = perDoc.get(d);
            if (!row) {
              if (u.stop[docs[d]?.language ?? 0]) continue;
              row = new Float64Array(units.length);
              perDoc.set(d, row);
            }
            if (s > (row[k] ?? 0)) row[k] = s;
          }
        }
      }
    });

    const best = new Map<number, { score: number; matched: string; support: number }>();
    for (const [d, row] of perDoc) {
      const doc = docs[d];
      if (!doc) continue;
      let covered = 0;
      units.forEach((u, k) => (covered += (u.weights[doc.language] ?? 0) * (row[k] ?? 0)));
      const queryCoverage = covered / (queryWeights[doc.language] ?? 1);
      if (queryCoverage < 0.3) continue;
      let docCovered = 0;
      for (const u of doc.units) if (u.terms.some((t) => matchedTerms.has(t))) docCovered += u.weight;
      const docCoverage = docCovered / doc.unitWeight;
      let score = doc.weight * queryCoverage ** 1.5 * (0.55 + 0.45 * docCoverage);
      if (doc.norm === queryNorm) score += 0.15;
      else if (queryNorm.length >= 4 && doc.norm.includes(queryNorm)) score += 0.08;
      const previous = best.get(doc.target);
      const support = (previous?.support ?? 0) + (score >= 0.4 ? 1 : 0);
      if (!previous || score > previous.score) best.set(doc.target, { score, matched: doc.text, support });
      else previous.support = support;
    }

    return (
      [...best]
        .filter(([, b]) => b.score >= 0.15)
        // Another text of the same step that also matches well is more evidence: a small bonus that settles ties.
        .map(([t, b]): [number, { score: number; matched: string }] => [
          t,
          { score: b.score + 0.01 * Math.min(3, Math.max(0, b.support - 1)), matched: b.matched },
        ])
        .sort(([ta, a], [tb, b]) => b.score - a.score || ta - tb)
        .slice(0, max)
        .flatMap(([t, b]) => {
          const make = targets[t];
          return make ? [make(round(Math.min(1, b.score / 1.15)), b.matched)] : [];
        })
    );
  }

  return { search };
}
