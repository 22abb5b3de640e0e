import { describe, expect, it } from 'vitest';
import {
  MAX_COMMENT_LENGTH,
  MAX_SURVEY_CHARS,
  SURVEY_KEY,
  parseSurvey,
  readSurvey,
  shouldAsk,
  surveyExport,
  writeSurvey,
} from '../src/features/survey/survey-store.js';

describe('the stored survey', () => {
  it('is asked when nothing is stored, and not once answered or dismissed', () => {
    expect(readSurvey()).toEqual({ kind: 'none' });
    expect(shouldAsk(readSurvey())).toBe(true);
    writeSurvey({ version: 1, status: 'dismissed' });
    expect(shouldAsk(readSurvey())).toBe(false);
    writeSurvey({ version: 1, status: 'answered', answeredAt: '2026-12-07T03:00:00.000Z', answers: { ease: 'easy' } });
    expect(readSurvey()).toEqual({
      kind: 'read',
      record: { version: 1, status: 'answered', answeredAt: '2026-12-07T03:00:00.000Z', answers: { ease: 'easy' } },
    });
  });

  it.each([
    ['not JSON', '{', 'notJson'],
    ['too long', `"${'x'.repeat(MAX_SURVEY_CHARS)}"`, 'tooLong'],
    ['an array', '[]', 'wrongShape'],
    ['another version', '{"version":2,"status":"dismissed"}', 'wrongShape'],
    [
      'an unknown answer',
      '{"version":1,"status":"answered","answeredAt":"x","answers":{"ease":"superb"}}',
      'wrongShape',
    ],
    ['an unknown question', '{"version":1,"status":"answered","answeredAt":"x","answers":{"age":"30"}}', 'wrongShape'],
    [
      'a comment too long',
      JSON.stringify({
        version: 1,
        status: 'answered',
        answeredAt: 'x',
        answers: { improve: 'y'.repeat(MAX_COMMENT_LENGTH + 1) },
      }),
      'wrongShape',
    ],
    [
      'an inherited name',
      '{"version":1,"status":"answered","answeredAt":"x","answers":{"constructor":"yes"}}',
      'wrongShape',
    ],
  ])('refuses %s with a typed error, and asks again', (_name, raw, error) => {
    localStorage.setItem(SURVEY_KEY, raw);
    const stored = readSurvey();
    expect(stored).toEqual({ kind: 'refused', error });
    expect(shouldAsk(stored)).toBe(true);
  });

  it('refuses a value that is not a string', () => {
    expect(parseSurvey(42)).toEqual({ kind: 'refused', error: 'wrongShape' });
  });

  it('does not ask where storage is blocked: the answer could not be kept', () => {
    expect(shouldAsk({ kind: 'refused', error: 'unavailable' })).toBe(false);
  });

  it('exports the answers as versioned JSON', () => {
    const file = JSON.parse(
      surveyExport('2026-12-07T03:00:00.000Z', { clarity: 'yes', improve: 'More pictures' }),
    ) as unknown;
    expect(file).toEqual({
      schema: 'eulogin-coach/survey',
      version: 1,
      answeredAt: '2026-12-07T03:00:00.000Z',
      answers: { clarity: 'yes', improve: 'More pictures' },
    });
  });
});
