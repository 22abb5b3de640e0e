import { STEP_IDS, WHAT_IFS, WHAT_IF_IDS } from '@eulogin-coach/machine/registry';
import type { StepId } from '@eulogin-coach/machine';
import { FAQ_IDS, FAQ_LINKS } from './faq-links.js';
import { editDistance, typosAllowed } from './fuzzy.js';
import type { HelpHit, HelpSearch, HelpSearchSource } from './help.types.js';
import { normalise, wordUnits } from './normalise.js';

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

// Words that say little on their own, in English, Portuguese and German (after normalisation). "No", "not" and the
// question words ("why", "where", "how", "warum", "wo", "wie") are kept: they tell one question from another.
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the to of in on at by for from with and or is are was be been it its this that my your you me i we ' +
    'do does did have has can will would should there here as if so up' +
    ' o os as um uma uns umas de do da dos das em na nas num numa ao aos e eu me meu minha meus minhas o que se por' +
    ' para com esta este isto isso ja foi ser estou tenho' +
    ' der die das den dem des ein eine einen einem einer ich mich mir mein meine meinen meinem meiner ist sind war' +
    ' habe hat auf im zu zum zur mit und oder von fur bei beim es'
  ).split(' '),
);

interface Unit {
  /** The term indices that stand for this word (a hyphenated word: its parts and its joined form). */
  readonly terms: readonly number[];
  readonly weight: number;
}

interface Doc {
  readonly target: number;
  readonly text: string;
  readonly norm: string;
  readonly weight: number;
  readonly units: readonly Unit[];
  readonly terms: readonly number[];
  readonly unitWeight: number;
}

type Target = (score: number, matched: string) => HelpHit;

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** Builds an index over every source's texts once; each search then reads it. */
export function createHelpSearch(sources: readonly HelpSearchSource[]): HelpSearch {
  const vocabulary = new Map<string, number>();
  const terms: string[] = [];
  const docFrequency: number[] = [];
  const targets: Target[] = [];
  const targetIndex = new Map<string, number>();
  const rawDocs: { target: number; text: string; weight: number; units: number[][] }[] = [];

  const termOf = (term: string): number => {
    let i = vocabulary.get(term);
    if (i === undefined) {
      i = terms.length;
      vocabulary.set(term, i);
      terms.push(term);
      docFrequency.push(0);
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
  const add = (target: number, text: string, weight: number): void => {
    const shown = text.replace(/\{[A-Za-z]+\}/g, '…').trim();
    if (!shown) return;
    const units = wordUnits(shown.replace(/…/g, ' ')).map((alternatives) => alternatives.map(termOf));
    if (!units.length) return;
    for (const t of new Set(units.flat())) docFrequency[t] = (docFrequency[t] ?? 0) + 1;
    rawDocs.push({ target, text: shown, weight, units });
  };

  const stepTarget = (stepId: StepId): number =>
    targetOf(`step:${stepId}`, () => (score, matched) => ({ kind: 'step', stepId, score, matched }));

  for (const { content, help } of sources) {
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

  // Rare words tell more than common ones: each term weighs its inverse document frequency.
  const total = rawDocs.length || 1;
  const idf = docFrequency.map((df, t) => {
    const w = Math.log(1 + total / Math.max(1, df));
    return STOP_WORDS.has(terms[t] ?? '') ? w * 0.15 : w;
  });
  const meanIdf = idf.reduce((a, b) => a + b, 0) / (idf.length || 1);
  const unitWeight = (alternatives: readonly number[]): number => Math.max(0, ...alternatives.map((t) => idf[t] ?? 0));

  const docs: Doc[] = rawDocs.map(({ target, text, weight, units }) => {
    const weighted = units.map((u) => ({ terms: u, weight: unitWeight(u) }));
    return {
      target,
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
    if (STOP_WORDS.has(word)) return out;
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
        const stop = alternatives.every((a) => STOP_WORDS.has(a));
        let weight = 0;
        for (const m of matches) for (const [t, s] of m) weight = Math.max(weight, (idf[t] ?? 0) * s);
        // A word found nowhere ("now", a phone's brand) counts, but less than one that names something we know.
        if (!weight) weight = stop ? meanIdf * 0.15 : meanIdf * 0.5;
        return { matches, stop, weight };
      });
    const queryWeight = units.reduce((a, u) => a + u.weight, 0) || 1;

    // A query of stop words only ("the", "o que") says nothing to look for.
    if (units.every((u) => u.stop)) return [];
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
              if (u.stop) continue;
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
      units.forEach((u, k) => (covered += u.weight * (row[k] ?? 0)));
      const queryCoverage = covered / queryWeight;
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
