import {
  EID_COUNTRIES,
  EMAIL_LANGUAGES,
  JOURNEY_IDS,
  SIGN_IN_METHODS,
  STEP_IDS,
  WHAT_IF_IDS,
} from '@eulogin-coach/machine/registry';
import type { Field, StepId } from '@eulogin-coach/machine';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Content, StepContent } from '../src/index.js';
import { MAIL_KINDS } from '../src/index.js';
import { defaultContent } from '../src/eager.js';
import { LOCALE_CONTENT, TRANSLATIONS, textsByPath } from './helpers.js';

const en = defaultContent('en');
const pt = defaultContent('pt');

const FIELDS: readonly Field[] = [
  'email',
  'emailConfirm',
  'firstName',
  'lastName',
  'emailLanguage',
  'captcha',
  'privacy',
  'password',
  'passwordConfirm',
  'method',
  'deviceName',
  'pin',
  'pinConfirm',
  'otp',
  'keyName',
  'country',
  'form',
];

describe.each(LOCALE_CONTENT)('%s has a text for every key', (_locale, content) => {
  it.each(STEP_IDS)('step %s has a title, a body and a helpdesk script', (stepId) => {
    const step = content.steps[stepId];
    expect(step.title.trim()).not.toBe('');
    expect(step.body.trim()).not.toBe('');
    expect(step.helpdesk.ask.length).toBeGreaterThan(0);
    expect(step.helpdesk.say.length).toBeGreaterThan(0);
    for (const line of [...step.helpdesk.ask, ...step.helpdesk.say]) expect(line.trim()).not.toBe('');
    for (const branch of step.helpdesk.ifThen) {
      expect(branch.if.trim()).not.toBe('');
      expect(branch.then.trim()).not.toBe('');
    }
  });

  it.each(WHAT_IF_IDS)('what-if %s has a label, an explanation and a fix', (id) => {
    const whatIf = content.whatIfs[id];
    expect(whatIf.label.trim()).not.toBe('');
    expect(whatIf.explanation.trim()).not.toBe('');
    expect(whatIf.fix.trim()).not.toBe('');
  });

  it.each(JOURNEY_IDS)('journey %s has a title and a description', (id) => {
    expect(content.journeys[id].title.trim()).not.toBe('');
    expect(content.journeys[id].description.trim()).not.toBe('');
  });

  it.each(FIELDS)('field %s has a label', (field) => {
    expect(content.fields[field].label.trim()).not.toBe('');
  });

  it('names every sign-in method, e-mail language, eID country and mail', () => {
    for (const method of SIGN_IN_METHODS) expect(content.methods[method].trim()).not.toBe('');
    for (const language of EMAIL_LANGUAGES) expect(content.languages[language].trim()).not.toBe('');
    for (const country of EID_COUNTRIES) expect(content.countries[country].trim()).not.toBe('');
    for (const kind of MAIL_KINDS) {
      expect(content.mails[kind].subject.trim()).not.toBe('');
      expect(content.mails[kind].body).toContain('{link}');
      expect(content.mails[kind].linkLabel.trim()).not.toBe('');
    }
  });

  it('holds no empty text anywhere', () => {
    const empty = [...textsByPath(content)].filter(([, text]) => text.trim() === '' || text.startsWith('<not a text'));
    expect(empty).toEqual([]);
  });

  it('has no leftover spaces at either end of a text', () => {
    const padded = [...textsByPath(content)].filter(([, text]) => text !== text.trim()).map(([path]) => path);
    expect(padded).toEqual([]);
  });
});

describe('the two locales', () => {
  it.each(TRANSLATIONS)('en and %s have exactly the same keys and helpdesk lines', (_locale, content) => {
    expect([...textsByPath(content).keys()].sort()).toEqual([...textsByPath(en).keys()].sort());
  });

  it('name each e-mail language in that language, the same in both locales', () => {
    expect(pt.languages).toEqual(en.languages);
    expect(en.languages.pt).toBe('português');
    expect(en.languages.de).toBe('Deutsch');
  });

  it('are really translated: no step body or what-if label is the same in both', () => {
    const same = [
      ...STEP_IDS.filter((id) => en.steps[id].body === pt.steps[id].body),
      ...WHAT_IF_IDS.filter((id) => en.whatIfs[id].label === pt.whatIfs[id].label),
    ];
    expect(same).toEqual([]);
  });

  it('quote labels in their own style: "…" in English, «…» in Portuguese step and what-if texts', () => {
    const ptTexts = [...textsByPath(pt.steps), ...textsByPath(pt.whatIfs)].filter(([, t]) => t.includes('"'));
    const enTexts = [...textsByPath(en.steps), ...textsByPath(en.whatIfs)].filter(([, t]) => /[«»]/.test(t));
    expect(ptTexts).toEqual([]);
    expect(enTexts).toEqual([]);
  });

  // Checked when the tests are type-checked (tsc -b), not when they run.
  it('a locale missing a step does not compile', () => {
    expectTypeOf<Record<StepId, StepContent>>().toExtend<Content['steps']>();
    expectTypeOf<Partial<Record<StepId, StepContent>>>().not.toExtend<Content['steps']>();
  });
});
