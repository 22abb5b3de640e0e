import { describe, expect, it } from 'vitest';
import { FAQ_IDS, FAQ_SECTIONS } from '@eulogin-coach/content';
import { whatIfsForJourney } from '@eulogin-coach/machine/registry';
import { REHEARSAL_FOR } from '../src/features/help-centre/rehearsal-for.js';

describe('"Rehearse this" targets', () => {
  it.each(FAQ_IDS.filter((id) => REHEARSAL_FOR[id] !== null))('%s: every what-if is offered on its journey', (id) => {
    const target = REHEARSAL_FOR[id];
    const offered = whatIfsForJourney(target?.journey ?? 'fullSetup').map((w) => w.id);
    for (const whatIf of target?.whatIfs ?? []) expect(offered).toContain(whatIf);
  });

  it('rehearses every two-factor question and every problem, and no Europass question', () => {
    for (const id of [...FAQ_SECTIONS.twoFactor, ...FAQ_SECTIONS.problems]) expect(REHEARSAL_FOR[id]).not.toBeNull();
    for (const id of FAQ_SECTIONS.europass) expect(REHEARSAL_FOR[id]).toBeNull();
  });
});
