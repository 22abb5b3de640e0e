import { describe, expect, it } from 'vitest';
import { whatIfsForJourney } from '../../src/index.js';
import { rehearse } from '../harness.js';

describe('the what-ifs a journey offers', () => {
  it('"app reinstalled" is not offered on "forgot PIN", which starts in the settings of a linked app', () => {
    expect(whatIfsForJourney('forgotPin').map((w) => w.id)).not.toContain('appReinstalled');
    expect(whatIfsForJourney('signInAppPin').map((w) => w.id)).toContain('appReinstalled');
  });

  it('every what-if a journey offers can be rehearsed from its start without a dead end at the first step', async () => {
    for (const journey of ['forgotPin', 'signInAppPin'] as const) {
      for (const w of whatIfsForJourney(journey)) {
        const r = await rehearse({ journey, whatIfs: [w.id] });
        expect(r.view().errors, `${journey} + ${w.id}`).toEqual([]);
        r.actor.stop();
      }
    }
  });
});
