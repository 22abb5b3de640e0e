import type { Locale, TemplateParams } from './content.types.js';

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;
const SELECTOR = '(=\\d+|zero|one|two|few|many|other)';
// A case's text: anything but braces, and simple placeholders of its own.
const CASE_TEXT = '((?:[^{}]|\\{[A-Za-z]\\w*\\})*)';
const CASE = new RegExp(`${SELECTOR}\\s*\\{${CASE_TEXT}\\}`, 'g');
/** `{count, plural, one {# step} other {# steps}}`: the name, then its cases. */
const PLURAL = new RegExp(
  `\\{([A-Za-z]\\w*)\\s*,\\s*plural\\s*,((?:\\s*${SELECTOR.replace('(', '(?:')}\\s*\\{${CASE_TEXT.replace('(', '(?:')}\\})+)\\s*\\}`,
  'g',
);
const PLURAL_HEADS = /\{([A-Za-z][A-Za-z0-9_]*)\s*,\s*plural\s*,/g;

// The language tag Intl needs for a locale whose texts follow one country's conventions: our Portuguese is
// European Portuguese ("pt" alone means Brazil's rules to Intl: "0" singular, "1.500").
const INTL_TAGS: Readonly<Partial<Record<Locale, string>>> = { pt: 'pt-PT' };

/** The BCP 47 tag to give `Intl` (numbers, plurals, dates) for the texts of `locale`. */
export function intlTag(locale: Locale): string {
  return INTL_TAGS[locale] ?? locale;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

/** One `Intl` object per locale, made when first needed. */
function cached<T>(made: Map<Locale, T>, locale: Locale, make: (tag: string) => T): T {
  let value = made.get(locale);
  if (!value) made.set(locale, (value = make(intlTag(locale))));
  return value;
}

/**
 * A whole number from 0 to 999, which every shipped language writes as plain digits (no grouping, no sign, Latin
 * digits; a test checks each language against `Intl`). The start page's counts take this way: the first
 * `Intl.NumberFormat` of a tab costs about 10 ms, a tenth of the page's start-up.
 */
function isSmallCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < 1000;
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
  const valueOf = (name: string) => (Object.hasOwn(params, name) ? params[name] : undefined);
  const show = (value: string | number) =>
    typeof value === 'number' && locale && !isSmallCount(value)
      ? cached(numberFormats, locale, (tag) => new Intl.NumberFormat(tag)).format(value)
      : String(value);
  // Most texts have no placeholder, and few a plural: they skip the patterns (the start page formats dozens).
  if (!template.includes('{')) return template;
  // Plurals first: their chosen case may hold simple placeholders, filled with the others below.
  const pluralsChosen = !template.includes('plural')
    ? template
    : template.replace(PLURAL, (whole, name: string, body: string) => {
        const value = valueOf(name);
        // No number to choose a form with: the placeholder stays, as a missing one does.
        if (typeof value !== 'number' || !Number.isFinite(value)) return whole;
        const cases = new Map(Array.from(body.matchAll(CASE), (m) => [m[1], m[2] ?? '']));
        const rule = cached(pluralRules, locale ?? 'en', (tag) => new Intl.PluralRules(tag)).select(value);
        const text = cases.get(`=${value}`) ?? cases.get(rule) ?? cases.get('other');
        // "#" stands for the number, written for the locale. A plural without an "other" case is left as it is.
        return text === undefined || !cases.has('other') ? whole : text.replaceAll('#', show(value));
      });
  return pluralsChosen.replace(PLACEHOLDER, (whole, name: string) => {
    const value = valueOf(name);
    return value === undefined ? whole : show(value);
  });
}

/** The placeholder names a template uses (plural ones included), each once, in order of first use. */
export function placeholdersOf(template: string): string[] {
  const found = [
    ...Array.from(template.matchAll(PLACEHOLDER), (m) => [m.index, m[1] ?? ''] as const),
    ...Array.from(template.matchAll(PLURAL_HEADS), (m) => [m.index, m[1] ?? ''] as const),
  ].sort((a, b) => a[0] - b[0]);
  return [...new Set(found.map(([, name]) => name))];
}
