import { describe, expect, it } from 'vitest';
import { JOURNEYS, JOURNEY_IDS } from '../../src/index.js';
import { rehearse } from '../harness.js';
import { walkHappyPath } from '../happy-paths.js';

describe('every journey, end to end on its happy path', () => {
  it.each(JOURNEY_IDS)('%s visits exactly its documented steps and finishes at 100 %%', async (journey) => {
    const r = await rehearse();
    const visited = await walkHappyPath(r, journey);
    expect(visited).toEqual(JOURNEYS[journey].path);
    expect(r.view().progress).toMatchObject({ complete: true, percent: 100, minutesLeft: 0 });
  });
});
