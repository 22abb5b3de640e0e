import { JOURNEY_IDS, JOURNEYS, STEPS, whatIfsForJourney } from '@eulogin-coach/machine/registry';
import { JOURNEY_SUMMARIES } from 'virtual:journey-summaries';
import { JOURNEY_WHAT_IFS } from 'virtual:journey-what-ifs';
import { describe, expect, it } from 'vitest';

// The start page does not download the registry: it reads each journey's steps, minutes and number of what-ifs from a
// module the build works out from it, and an opened "Make it harder" box its what-ifs from another. What they show
// must be what the registry says.

describe('the start page’s journey facts', () => {
  it('cover every journey, in the registry’s order', () => {
    expect(Object.keys(JOURNEY_SUMMARIES)).toEqual([...JOURNEY_IDS]);
    expect(Object.keys(JOURNEY_WHAT_IFS)).toEqual([...JOURNEY_IDS]);
  });

  it.each(JOURNEY_IDS)('are the registry’s for %s', (journey) => {
    const path = JOURNEYS[journey].path;
    const minutes = path.reduce((sum, step) => sum + STEPS[step].minutes, 0);
    const whatIfs = whatIfsForJourney(journey).map((w) => w.id);
    expect(JOURNEY_SUMMARIES[journey]).toEqual({
      steps: path.length,
      minutes: Math.max(1, Math.ceil(minutes)),
      whatIfCount: whatIfs.length,
    });
    expect(JOURNEY_WHAT_IFS[journey]).toEqual(whatIfs);
  });
});
