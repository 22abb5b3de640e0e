/**
 * Text normalisation for the help search: accents, case and punctuation do not matter, "e-mail" and "email" are
 * the same word, and a few words that callers use interchangeably, in English, Portuguese, French and German, count as one.
 */

// Words people use for the same thing, mapped to one (after accents, case and a plural "s" are gone).
const SAME_WORD: Readonly<Record<string, string>> = {
  mail: 'email',
  correio: 'email',
  courriel: 'email',
  phone: 'phone',
  smartphone: 'phone',
  mobile: 'phone',
  cellphone: 'phone',
  telemovel: 'phone',
  telemovei: 'phone',
  telefone: 'phone',
  telemoveis: 'phone',
  telephone: 'phone',
  portable: 'phone',
  handy: 'phone',
  telefon: 'phone',
  mobiltelefon: 'phone',
  palavrapasse: 'password',
  senha: 'password',
  pwd: 'password',
  passwd: 'password',
  aplicacao: 'app',
  aplicacoe: 'app',
  aplicativo: 'app',
  appli: 'app',
  application: 'app',
  codigo: 'code',
  qrcode: 'qr',
  mfa: '2fa',
};

// English contractions, written with or without the apostrophe: "didn't" and "didnt" both read "did not".
const CONTRACTIONS: Readonly<Record<string, readonly string[]>> = {
  didnt: ['did', 'not'],
  doesnt: ['does', 'not'],
  dont: ['do', 'not'],
  cant: ['can', 'not'],
  cannot: ['can', 'not'],
  wont: ['will', 'not'],
  isnt: ['is', 'not'],
  arent: ['are', 'not'],
  wasnt: ['was', 'not'],
  havent: ['have', 'not'],
  hasnt: ['has', 'not'],
  couldnt: ['could', 'not'],
};

/** Lower case, without accents, apostrophes or punctuation; words separated by single spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** One word's comparable form: a plural "s" dropped, then a shared word for synonyms. */
export function wordForm(word: string): string {
  const singular = word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  return SAME_WORD[singular] ?? singular;
}

/**
 * The words of a text, in order, each with the forms it may match: its comparable form and, where that differs, the
 * word as written ("mobile" reads "phone" but still matches a half-typed "mob"). A hyphenated word is one word with
 * its joined form and its parts as alternatives, so "e-mail" and "email" match alike.
 */
export function wordUnits(text: string): string[][] {
  const out: string[][] = [];
  for (const raw of text.split(/\s+/)) {
    const chunk = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const parts = normalise(chunk)
      .split(' ')
      .filter(Boolean)
      .flatMap((w) => CONTRACTIONS[w] ?? [w]);
    const forms = (w: string): string[] => [...new Set([wordForm(w), w])];
    if (parts.length > 1 && /^[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+){1,2}$/u.test(chunk)) {
      out.push([...new Set([...forms(parts.join('')), ...parts.flatMap(forms)])]);
    } else {
      for (const p of parts) out.push(forms(p));
    }
  }
  return out;
}
