import { describe, expect, it } from 'vitest';
import { JOURNEYS, JOURNEY_IDS } from '../../src/registry/index.js';
import { rehearse } from '../harness.js';
import { walkHappyPath } from '../happy-paths.js';

describe('every journey, end to end on its happy path', () => {
  it.each(JOURNEY_IDS)('%s visits exactly its documented steps and finishes at 100 %%', async (journey) => {
    const r = await rehearse();
    const visited = await walkHappyPath(r, journey);
    expect(visited).toEqual(JOURNEYS[journey].path);
    expect(r.view().progress).toMatchObject({ complete: true, percent: 100, minutesLeft: 0 });
  });

  it.each(JOURNEY_IDS)('%s shows "step N of M" in order, also on steps it visits twice', async (journey) => {
    const r = await rehearse();
    const shown: string[] = [];
    r.actor.subscribe(() => {
      const view = r.view();
      const entry = `${view.stepId} ${view.progress?.current ?? '-'}`;
      if (view.stepId !== 'coach.journeys' && !view.busy && shown[shown.length - 1] !== entry) shown.push(entry);
    });
    await walkHappyPath(r, journey);
    expect(shown).toEqual(JOURNEYS[journey].path.map((stepId, i) => `${stepId} ${i + 1}`));
  });
});
