// The pseudo-locale: every English text accented, lengthened by about 40 % and wrapped in markers, so a test run in
// it shows at once any text that does not come from the content package (it has no markers) and any layout that
// clips or overlaps when a translation is longer than English. Built only with `vite build --mode pseudo`
// (pseudo-locale.plugin.ts); never shipped and never offered as a language.

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'áƀçðëƒğĥîĵķłɱñöþǫŕšţûṽŵẋýžÅƁÇÐËƑĞĤÎĴĶŁṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i] ?? c,
  ]),
);

/** Left as they are: `{placeholders}`, web addresses and e-mail addresses inside a text. */
const KEPT_PART = /(\{[A-Za-z][A-Za-z0-9_]*\}|https?:\/\/[^\s)]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/;
/** Not texts: a value with no letter, a bare address, an e-mail address. */
const NOT_A_TEXT = /^(?:[^A-Za-z]*|https?:\/\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/;

/** About 40 % more characters, in short words so the text can still wrap as a real translation would. */
function padding(length: number): string {
  return ' ····'.repeat(Math.ceil(length / 5)).slice(0, length);
}

/** One text in the pseudo-locale; a text already in it stays as it is. */
export function pseudoText(text: string): string {
  if (NOT_A_TEXT.test(text) || (text.startsWith(PSEUDO_OPEN) && text.endsWith(PSEUDO_CLOSE))) return text;
  const accented = text
    .split(KEPT_PART)
    .map((part, i) => (i % 2 === 1 ? part : [...part].map((c) => ACCENTED[c] ?? c).join('')))
    .join('');
  return `${PSEUDO_OPEN}${accented}${padding(Math.ceil(text.length * 0.4))}${PSEUDO_CLOSE}`;
}

/** Every text inside `value` (objects and arrays, deeply) in the pseudo-locale; anything else is left as it is. */
export function pseudoTexts<T>(value: T): T {
  if (typeof value === 'string') return pseudoText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => pseudoTexts(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoTexts(v)])) as T;
  }
  return value;
}
