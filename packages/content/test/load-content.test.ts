import { describe, expect, it } from 'vitest';
import { defaultContent, loadContent } from '../src/index.js';

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
