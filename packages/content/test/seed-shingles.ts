/**
 * A guard against copying the Europass FAQ: every run of 8 consecutive words of its two-factor part, normalised
 * (case, accents and punctuation ignored) and hashed, so the fixture holds no sentence of it. Our texts must share
 * no such run with it.
 */
export const SHINGLE_WORDS = 8;

export function normalisedWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** FNV-1a, 32 bits, as 8 hex digits. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The hashed runs of `SHINGLE_WORDS` words of one text (a line, a sentence, an answer). */
export function shingles(text: string): string[] {
  const words = normalisedWords(text);
  const out: string[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.push(hash(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}
