import type { Locale, TemplateParams } from './content.types.js';

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;
const SIMPLE = /\{([A-Za-z][A-Za-z0-9_]*)\}/y;
const PLURAL_HEAD = /\{([A-Za-z][A-Za-z0-9_]*)\s*,\s*plural\s*,/y;
const PLURAL_HEADS = /\{([A-Za-z][A-Za-z0-9_]*)\s*,\s*plural\s*,/g;
const PLURAL_CASE = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y;
const PLURAL_END = /\s*\}/y;

/** A plural placeholder: `{count, plural, one {# step} other {# steps}}`. */
interface Plural {
  readonly name: string;
  /** The text of each case, by its selector ("one", "other", "=0"). */
  readonly cases: ReadonlyMap<string, string>;
  /** Where the placeholder ends in the template (just after its last brace). */
  readonly end: number;
}

/** The plural placeholder starting at `at`, or null when there is none (or it is malformed, or has no "other"). */
function pluralAt(template: string, at: number): Plural | null {
  PLURAL_HEAD.lastIndex = at;
  const head = PLURAL_HEAD.exec(template);
  if (!head?.[1]) return null;
  const cases = new Map<string, string>();
  let i = PLURAL_HEAD.lastIndex;
  for (;;) {
    PLURAL_END.lastIndex = i;
    if (PLURAL_END.test(template)) {
      return cases.has('other') ? { name: head[1], cases, end: PLURAL_END.lastIndex } : null;
    }
    PLURAL_CASE.lastIndex = i;
    const selector = PLURAL_CASE.exec(template)?.[1];
    if (!selector) return null;
    // The case's text runs to its matching brace (it may hold placeholders of its own).
    const start = PLURAL_CASE.lastIndex;
    let depth = 1;
    let j = start;
    for (; j < template.length && depth > 0; j++) {
      if (template[j] === '{') depth++;
      else if (template[j] === '}') depth--;
    }
    if (depth > 0) return null;
    cases.set(selector, template.slice(start, j - 1));
    i = j;
  }
}

// The language tag Intl needs for a locale whose texts follow one country's conventions: our Portuguese is
// European Portuguese ("pt" alone means Brazil's rules to Intl: "0" singular, "1.500").
const INTL_TAGS: Readonly<Partial<Record<Locale, string>>> = { pt: 'pt-PT' };

/** The BCP 47 tag to give `Intl` (numbers, plurals, dates) for the texts of `locale`. */
export function intlTag(locale: Locale): string {
  return INTL_TAGS[locale] ?? locale;
}

const numberFormats = new Map<Locale, Intl.NumberFormat | null>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

function numberFormat(locale: Locale): Intl.NumberFormat | null {
  let made = numberFormats.get(locale);
  if (made === undefined) {
    try {
      made = new Intl.NumberFormat(intlTag(locale));
    } catch {
      // A tag the runtime refuses: numbers are then written as JavaScript writes them.
      made = null;
    }
    numberFormats.set(locale, made);
  }
  return made;
}

function pluralCategory(locale: Locale, value: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(intlTag(locale));
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(locale, rules);
  }
  return rules.select(value);
}

/** A value as the text shows it: a number in the locale's way of writing numbers ("0,5" in German). */
function show(value: string | number, locale: Locale | undefined): string {
  if (typeof value === 'number' && locale) return numberFormat(locale)?.format(value) ?? String(value);
  return String(value);
}

function fill(template: string, params: TemplateParams, locale: Locale | undefined): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    out += template.slice(i, open);
    const plural = pluralAt(template, open);
    if (plural) {
      const value = Object.hasOwn(params, plural.name) ? params[plural.name] : undefined;
      if (typeof value === 'number' && Number.isFinite(value)) {
        const text =
          plural.cases.get(`=${value}`) ??
          plural.cases.get(pluralCategory(locale ?? 'en', value)) ??
          plural.cases.get('other') ??
          '';
        // "#" stands for the number, written for the locale.
        out += text
          .split('#')
          .map((part) => fill(part, params, locale))
          .join(show(value, locale));
      } else {
        // No number to choose a form with: the placeholder stays, as a missing one does.
        out += template.slice(open, plural.end);
      }
      i = plural.end;
      continue;
    }
    SIMPLE.lastIndex = open;
    const simple = SIMPLE.exec(template);
    const name = simple?.[1];
    if (simple && name) {
      const value = Object.hasOwn(params, name) ? params[name] : undefined;
      out += value === undefined ? simple[0] : show(value, locale);
      i = SIMPLE.lastIndex;
    } else {
      out += '{';
      i = open + 1;
    }
  }
  return out + template.slice(i);
}

/**
 * Fills `{name}` placeholders from `params`. A placeholder with no matching param is left as it is, so a missing
 * value shows up in the text instead of silently vanishing.
 *
 * With the text's `locale`, numbers are written the locale's way (`Intl.NumberFormat`: "0,5" in French), and a
 * plural placeholder, `{count, plural, one {# step} other {# steps}}`, picks the form the locale's rules ask for
 * (`Intl.PluralRules`; an exact `=0` case comes first), "#" standing for the number. Without a locale, numbers are
 * written as JavaScript writes them and plurals follow English rules: pass the locale for any text that shows a
 * number.
 */
export function format(template: string, params: TemplateParams = {}, locale?: Locale): string {
  return fill(template, params, locale);
}

/** The placeholder names a template uses (plural ones included), each once, in order of first use. */
export function placeholdersOf(template: string): string[] {
  const found = [
    ...Array.from(template.matchAll(PLACEHOLDER), (m) => [m.index, m[1] ?? ''] as const),
    ...Array.from(template.matchAll(PLURAL_HEADS), (m) => [m.index, m[1] ?? ''] as const),
  ].sort((a, b) => a[0] - b[0]);
  return [...new Set(found.map(([, name]) => name))];
}
