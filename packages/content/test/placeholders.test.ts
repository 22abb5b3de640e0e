import { DEFAULT_CONFIG } from '@eulogin-coach/machine';
import { describe, expect, it } from 'vitest';
import { TEXT_PARAM_NAMES, format, placeholdersOf, textParams } from '../src/index.js';
import { defaultContent } from '../src/eager.js';
import { LOCALE_CONTENT, TRANSLATIONS, textsByPath } from './helpers.js';

const en = defaultContent('en');

const sorted = (names: readonly string[]): string[] => [...names].sort();

describe('placeholders', () => {
  const enTexts = textsByPath(en);

  it.each(TRANSLATIONS)('are the same in en and %s for every key, both ways', (_locale, content) => {
    const texts = textsByPath(content);
    const paths = new Set([...enTexts.keys(), ...texts.keys()]);
    const mismatches = [...paths]
      .map((path) => ({
        path,
        en: sorted(placeholdersOf(enTexts.get(path) ?? '')),
        translation: sorted(placeholdersOf(texts.get(path) ?? '')),
      }))
      .filter((m) => m.en.join() !== m.translation.join());
    expect(mismatches).toEqual([]);
    expect(paths.size).toBeGreaterThan(1000);
  });

  describe.each(LOCALE_CONTENT)('%s', (_locale, content) => {
    const params = textParams(DEFAULT_CONFIG);

    it('fills every placeholder of step, what-if, journey, notice and decode-error texts from textParams', () => {
      const sections = {
        steps: content.steps,
        whatIfs: content.whatIfs,
        journeys: content.journeys,
        notices: content.notices,
        decodeErrors: content.decodeErrors,
        fields: content.fields,
      };
      const unfilled = [...textsByPath(sections)]
        // A journey's method note also names the method chosen in the sign-in form.
        .map(
          ([path, text]) =>
            [path, format(text, { ...params, ...(path.endsWith('methodNote') ? { method: 'M' } : {}) })] as const,
        )
        .filter(([, text]) => placeholdersOf(text).length > 0);
      expect(unfilled).toEqual([]);
    });

    it("quotes the numbers of the config: an embedder's own numbers show up", () => {
      const custom = textParams({ ...DEFAULT_CONFIG, passwordMinLength: 14, linkTtlMs: 30 * 60_000 });
      expect(format(content.steps['password.set'].body, custom)).toContain('14');
      expect(format(content.whatIfs.linkExpired.explanation, custom)).toContain('30');
    });

    it('uses only {firstName}, {link} and {minutes} in mails', () => {
      const used = new Set([...textsByPath(content.mails).values()].flatMap(placeholdersOf));
      expect([...used].filter((name) => !['firstName', 'link', 'minutes'].includes(name))).toEqual([]);
    });

    it('uses only the params validators and refusals attach in error messages', () => {
      const used = new Set([...textsByPath(content.errors).values()].flatMap(placeholdersOf));
      expect([...used].filter((name) => !['min', 'max', 'length', 'attemptsLeft'].includes(name))).toEqual([]);
    });
  });

  it('textParams turns the config into minutes, seconds and hours', () => {
    expect(textParams(DEFAULT_CONFIG)).toEqual({
      min: 10,
      passwordAttempts: 5,
      lockoutMinutes: 15,
      pinAttempts: 5,
      otpAttempts: 5,
      enrolQrMinutes: 5,
      pinWaitSeconds: 120,
      challengeMinutes: 5,
      linkMinutes: 90,
      mailMinutes: 20,
      changeHours: 24,
    });
    expect(sorted(Object.keys(textParams(DEFAULT_CONFIG)))).toEqual(sorted(TEXT_PARAM_NAMES));
  });
});
