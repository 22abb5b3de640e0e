import { describe, expect, it } from 'vitest';
import { defaultContent, loadContent, loadPageContent } from '../src/index.js';

describe('loadContent', () => {
  it('loads one locale on demand, equal to the bundled defaults', async () => {
    expect(await loadContent('pt')).toEqual(defaultContent('pt'));
    expect(await loadContent('en')).toEqual(defaultContent('en'));
  });

  it('merges overrides without changing the loaded defaults', async () => {
    const custom = await loadContent('en', { steps: { 'signIn.email': { title: 'Your work e-mail' } } });
    expect(custom.steps['signIn.email'].title).toBe('Your work e-mail');
    expect(custom.steps['signIn.email'].body).toBe(defaultContent('en').steps['signIn.email'].body);
    expect((await loadContent('en')).steps['signIn.email'].title).toBe(
      defaultContent('en').steps['signIn.email'].title,
    );
  });
});

describe('loadPageContent', () => {
  it.each(['en', 'pt'] as const)('loads every %s text but the steps, the guide and the mails', async (locale) => {
    const { steps, guide, mails, ...page } = await loadContent(locale);
    expect([steps, guide, mails].every((part) => Object.keys(part).length > 0)).toBe(true);
    expect(await loadPageContent(locale)).toEqual(page);
  });

  it('merges overrides and keeps the loaded texts frozen', async () => {
    const custom = await loadPageContent('en', { ui: { picker: { heading: 'Practise first' } } });
    expect(custom.ui.picker.heading).toBe('Practise first');
    const page = await loadPageContent('en');
    expect(page.ui.picker.heading).toBe(defaultContent('en').ui.picker.heading);
    expect(Object.isFrozen(page.ui.picker)).toBe(true);
  });
});
