import type { Locale } from '../content.types.js';

// Words that say little on their own, per language (after normalisation: no accents, no apostrophes, lower case).
// Negations ("not", "nao", "pas", "nicht", "kein") and question words ("why", "where", "how", "porque", "onde",
// "pourquoi", "ou", "comment", "warum", "wo", "wie", "was") are kept: they tell one question from another.
const WORDS: Readonly<Partial<Record<Locale, string>>> = {
  en:
    'a an the to of in on at by for from with and or is are was be been it its this that my your you me i we ' +
    'do does did have has can will would should there here as if so up',
  pt:
    'o os as um uma uns umas de do da dos das em na nas no num numa ao aos a e eu me meu minha meus minhas que se ' +
    'por para com esta este isto isso ja foi ser estou tenho',
  fr:
    'le la les l un une des du de d au aux a et en dans sur pour par avec je j me m mon ma mes ton ta tes son sa ses ' +
    'votre vos notre nos il elle on nous vous y ce cet cette ces qui que qu est sont ai as ont suis se s',
  de:
    'der die das den dem des ein eine einen einem einer ich mich mir mein meine meinen meinem meiner ist sind war ' +
    'habe hat auf im in an am zu zum zur mit und oder von fur bei beim es',
};

const sets = new Map<string, ReadonlySet<string>>(
  Object.entries(WORDS).map(([locale, words]) => [locale, new Set(words.split(' '))]),
);

/** Every language's stop words together: for a language without a list of its own, and to tell a query says nothing. */
export const ANY_STOP_WORD: ReadonlySet<string> = new Set([...sets.values()].flatMap((s) => [...s]));

/** The stop words of one language (all languages' together for a language without a list). */
export function stopWordsOf(locale: string): ReadonlySet<string> {
  return sets.get(locale) ?? ANY_STOP_WORD;
}
