import { describe, expect, it } from 'vitest';
import type { Content, DeepPartial } from '../src/index.js';
import { DEFAULT_LOCALE, LOCALES, isLocale, pickLocale } from '../src/index.js';
import { defaultContent, resolveContent } from '../src/eager.js';

const en = defaultContent('en');
const pt = defaultContent('pt');

describe('resolveContent', () => {
  it('returns the defaults when there is nothing to override', () => {
    expect(resolveContent('en')).toEqual(en);
    expect(resolveContent('pt')).toEqual(pt);
  });

  it('deep-merges overrides and keeps every other default', () => {
    const content = resolveContent('en', {
      steps: { 'signIn.email': { title: 'Your work address' } },
      ui: { guide: { back: 'Previous' } },
      errors: { password: { tooShort: 'At least {min}, please.' } },
    });
    expect(content.steps['signIn.email'].title).toBe('Your work address');
    expect(content.steps['signIn.email'].body).toBe(en.steps['signIn.email'].body);
    expect(content.steps['signIn.email'].helpdesk).toEqual(en.steps['signIn.email'].helpdesk);
    expect(content.steps['signIn.password']).toEqual(en.steps['signIn.password']);
    expect(content.ui.guide.back).toBe('Previous');
    expect(content.ui.guide.restart).toBe(en.ui.guide.restart);
    expect(content.errors.password?.tooShort).toBe('At least {min}, please.');
    expect(content.errors.password?.missingUpper).toBe(en.errors.password?.missingUpper);
    expect(content.errors.fallback).toEqual(en.errors.fallback);
  });

  it('replaces arrays whole instead of merging them', () => {
    const content = resolveContent('pt', {
      steps: { 'device.addForm': { helpdesk: { say: ['Só uma frase.'] } } },
    });
    expect(content.steps['device.addForm'].helpdesk.say).toEqual(['Só uma frase.']);
    expect(content.steps['device.addForm'].helpdesk.ask).toEqual(pt.steps['device.addForm'].helpdesk.ask);
  });

  it('never changes the defaults', () => {
    const before = JSON.stringify(en);
    const content = resolveContent('en', { flows: { panic: 'Emergency' }, ui: { app: { title: 'Portal coach' } } });
    expect(content.flows.panic).toBe('Emergency');
    expect(JSON.stringify(en)).toBe(before);
    expect(resolveContent('en').ui.app.title).toBe(en.ui.app.title);
    expect(Object.isFrozen(defaultContent('en').steps['signIn.email'])).toBe(true);
  });

  it('skips undefined values and keys that would reach a prototype', () => {
    const overrides = JSON.parse(
      '{"__proto__": {"polluted": "yes"}, "ui": {"common": {"close": "Shut"}}}',
    ) as DeepPartial<Content>;
    const content = resolveContent('en', { ...overrides, flows: { panic: undefined } });
    expect(content.ui.common.close).toBe('Shut');
    expect(content.flows.panic).toBe(en.flows.panic);
    expect((content as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('gives each locale its own texts', () => {
    expect(resolveContent('pt').ui.guide.back).toBe('Voltar');
    expect(resolveContent('en').ui.guide.back).toBe('Back');
  });
});

describe('locales', () => {
  it('lists the shipped locales, English first', () => {
    expect(LOCALES[0]).toBe('en');
    expect(LOCALES).toContain('pt');
    expect(LOCALES).toContain('fr');
    expect(LOCALES).toContain('de');
    expect(new Set(LOCALES).size).toBe(LOCALES.length);
    expect(DEFAULT_LOCALE).toBe('en');
  });

  it('recognises a locale', () => {
    expect(isLocale('pt')).toBe(true);
    expect(isLocale('pt-PT')).toBe(false);
    expect(isLocale('de')).toBe(true);
    expect(isLocale('de-AT')).toBe(false);
    expect(isLocale('fr')).toBe(true);
    expect(isLocale('ja')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it('picks the first shipped locale from language tags', () => {
    expect(pickLocale(['pt-PT', 'en-GB'])).toBe('pt');
    expect(pickLocale(['ja-JP', 'PT_br'])).toBe('pt');
    expect(pickLocale(['fr-BE', 'pt-PT'])).toBe('fr');
    expect(pickLocale(['de-AT', 'pt-PT'])).toBe('de');
    expect(pickLocale(['ja'])).toBe('en');
    expect(pickLocale([], 'pt')).toBe('pt');
  });
});
