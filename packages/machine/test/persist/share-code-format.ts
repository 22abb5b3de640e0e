// The share code's format (version 2), written out from its definition so tests can make codes that pass the check
// but carry out-of-range numbers; share-code.test.ts checks it against encodeShareCode. Crockford's base 32; each
// number in base 16, its last character 0–F and the ones before it G–Z; the check is the body's base-32 digits (each
// plus one) read as a number modulo 1021, as two characters; groups of four joined by "-".

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A number as the format writes it. */
export function hex(n: number): string {
  const nibbles = n.toString(16).toUpperCase();
  return [...nibbles].map((c, i) => (i < nibbles.length - 1 ? ALPHABET.charAt(parseInt(c, 16) + 16) : c)).join('');
}

export function checkCharacters(body: string): string {
  let h = 0;
  for (const c of body) h = (h * 32 + ALPHABET.indexOf(c) + 1) % 1021;
  return ALPHABET.charAt(Math.floor(h / 32)) + ALPHABET.charAt(h % 32);
}

/** A body of format characters with its check, in groups of four. */
export function withCheck(body: string): string {
  return (body + checkCharacters(body)).match(/.{1,4}/g)?.join('-') ?? '';
}

/** A code with these six numbers (version, step, journey, position, what-ifs, phone) and a correct check. */
export function codeWith(numbers: readonly number[]): string {
  return withCheck(numbers.map(hex).join(''));
}

/** The six numbers of a code, read the way the format defines them. */
export function numbersOf(code: string): number[] {
  const body = code.replace(/-/g, '').slice(0, -2);
  return (body.match(/[G-Z]*[0-9A-F]/g) ?? []).map((n) =>
    [...n].reduce((sum, c) => sum * 16 + (ALPHABET.indexOf(c) % 16), 0),
  );
}
