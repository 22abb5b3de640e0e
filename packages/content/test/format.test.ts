import { describe, expect, it } from 'vitest';
import { format, placeholdersOf } from '../src/index.js';

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
