import { describe, expect, it } from 'vitest';
import { format, intlTag, placeholdersOf } from '../src/index.js';
import { LOCALE_CONTENT } from './helpers.js';

describe('format', () => {
  it('fills placeholders with strings and numbers', () => {
    expect(format('Step {n} of {total}', { n: 2, total: 9 })).toBe('Step 2 of 9');
    expect(format('Hello {firstName}', { firstName: 'Ana' })).toBe('Hello Ana');
  });

  it('fills a placeholder every time it appears', () => {
    expect(format('{x} and {x}', { x: 0 })).toBe('0 and 0');
  });

  it('leaves unknown placeholders as they are', () => {
    expect(format('Use at least {min} characters, not {max}.', { min: 10 })).toBe(
      'Use at least 10 characters, not {max}.',
    );
    expect(format('Nothing to fill {here}')).toBe('Nothing to fill {here}');
  });

  it('ignores params inherited from Object.prototype', () => {
    expect(format('{toString} {constructor}', {})).toBe('{toString} {constructor}');
  });

  it('does not treat other braces as placeholders', () => {
    expect(format('{ spaced } {1st} {}', { spaced: 'x', '1st': 'y' })).toBe('{ spaced } {1st} {}');
  });

  it('does not fill placeholders inside filled values', () => {
    expect(format('{a}', { a: '{b}', b: 'no' })).toBe('{b}');
  });

  it('lists the placeholders a template uses, once each', () => {
    expect(placeholdersOf('{a} {b} {a} {c1}')).toEqual(['a', 'b', 'c1']);
    expect(placeholdersOf('none')).toEqual([]);
  });
});

describe('format with a locale', () => {
  const oneTwo = '{count, plural, one {# minute} other {# minutes}}';

  it.each([
    ['en', '1 minute', '2 minutes', '0 minutes'],
    ['pt', '1 minute', '2 minutes', '0 minutes'],
    // French counts 0 and 1 alike ("0 minute"), as its plural rules say.
    ['fr', '1 minute', '2 minutes', '0 minute'],
    ['de', '1 minute', '2 minutes', '0 minutes'],
  ] as const)('%s: picks the plural form its rules ask for', (locale, one, two, zero) => {
    expect(format(oneTwo, { count: 1 }, locale)).toBe(one);
    expect(format(oneTwo, { count: 2 }, locale)).toBe(two);
    expect(format(oneTwo, { count: 0 }, locale)).toBe(zero);
  });

  it.each([
    ['en', '0.5', '1,500'],
    ['pt', '0,5', '1500'],
    ['fr', '0,5', '1\u202f500'],
    ['de', '0,5', '1.500'],
  ] as const)('%s: writes numbers the locale’s way', (locale, half, thousands) => {
    expect(format('{n}', { n: 0.5 }, locale)).toBe(half);
    expect(format('{n}', { n: 1500 }, locale)).toBe(thousands);
    // Inside a plural too: "#" is the number written for the locale (0.5 takes the "other" form in English).
    expect(format(oneTwo, { count: 0.5 }, locale)).toMatch(new RegExp(`^${half} minutes?$`));
  });

  it('writes every whole number from 0 to 999 exactly as Intl does, in every shipped language', () => {
    // format writes these as plain digits without asking Intl (its first NumberFormat costs a tab about 10 ms): a
    // language whose digits differ would fail here.
    for (const [locale] of LOCALE_CONTENT) {
      const intl = new Intl.NumberFormat(intlTag(locale));
      for (let n = 0; n < 1000; n++) expect(format('{n}', { n }, locale), `${locale} ${n}`).toBe(intl.format(n));
    }
  });

  it('gives Intl European Portuguese for our Portuguese, and the locale itself otherwise', () => {
    expect(intlTag('pt')).toBe('pt-PT');
    expect(intlTag('de')).toBe('de');
    // A date in Portugal's order and words, as the console's call record shows it.
    expect(new Intl.DateTimeFormat(intlTag('pt'), { dateStyle: 'medium', timeZone: 'UTC' }).format(0)).toBe(
      '01/01/1970',
    );
  });

  it('without a locale, writes numbers as before and follows English plurals', () => {
    expect(format('{n} of {total}', { n: 1500, total: 0.5 })).toBe('1500 of 0.5');
    expect(format(oneTwo, { count: 1 })).toBe('1 minute');
  });

  it('prefers an exact case, and fills other placeholders inside a case', () => {
    const t = '{count, plural, =0 {no answer for {query}} one {# answer for {query}} other {# answers for {query}}}';
    expect(format(t, { count: 0, query: 'PIN' }, 'en')).toBe('no answer for PIN');
    expect(format(t, { count: 3, query: 'PIN' }, 'de')).toBe('3 answers for PIN');
  });

  it('leaves a plural placeholder as it is without a number, and a malformed one untouched', () => {
    expect(format(oneTwo, {}, 'en')).toBe(oneTwo);
    expect(format(oneTwo, { count: 'many' }, 'en')).toBe(oneTwo);
    expect(format('{count, plural, one {# x}}', { count: 2 }, 'en')).toBe('{count, plural, one {# x}}');
    expect(format('{count, plural, other {# x}', { count: 2 }, 'en')).toBe('{count, plural, other {# x}');
  });

  it('lists a plural placeholder and those inside its cases', () => {
    expect(placeholdersOf('{a} {count, plural, one {# {b}} other {# {b}s}} {a}')).toEqual(['a', 'count', 'b']);
  });
});

describe('the counts in the texts', () => {
  it.each(LOCALE_CONTENT)('%s: are plurals, filled with the number written for the locale', (locale, content) => {
    const counts = [
      content.ui.picker.stepCount,
      content.helpCentre.resultCount,
      content.console.search.count,
      content.ui.mailbox.nothingYet,
    ];
    for (const text of counts) {
      expect(text).toMatch(/\{(count|minutes), plural, one \{[^}]*#[^}]*\} other \{[^}]*#[^}]*\}\}/);
      const one = format(text, { count: 1, minutes: 1 }, locale);
      expect(placeholdersOf(one), text).toEqual([]);
      expect(one).toMatch(/(^|\D)1(\D|$)/);
      expect(format(text, { count: 1500, minutes: 1500 }, locale)).toContain(format('{n}', { n: 1500 }, locale));
    }
  });

  it.each([
    ['en', '1 step', '2 steps'],
    ['pt', '1 passo', '2 passos'],
    ['fr', '1 étape', '2 étapes'],
    ['de', '1 Schritt', '2 Schritte'],
  ] as const)('%s: a journey of one step says so in the singular', (locale, one, two) => {
    const content = LOCALE_CONTENT.find(([l]) => l === locale)?.[1];
    expect(content && format(content.ui.picker.stepCount, { count: 1 }, locale)).toBe(one);
    expect(content && format(content.ui.picker.stepCount, { count: 2 }, locale)).toBe(two);
  });
});
