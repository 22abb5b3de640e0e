import { resolveConfig } from '../../src/index.js';
import { BasicsCheck } from './checks/basics.js';
import { CodesCheck } from './checks/codes.js';
import { EnrolmentCheck } from './checks/enrolment.js';
import { LockoutCheck } from './checks/lockout.js';
import { checkOtherSeed } from './checks/other-seed.js';
import { chooseSteps } from './choose.js';
import type { Coverage } from './coverage.js';
import type { Knowledge } from './knowledge.js';
import type { Step } from './observation.js';
import { perform } from './observation.js';
import { rehearseRecorded } from './recorded-rehearsal.js';
import type { RunPlan } from './run-plan.js';

function startStep(plan: RunPlan): Step {
  const { start } = plan;
  return {
    kind: 'event',
    event:
      start.kind === 'journey'
        ? { type: 'coach.chooseJourney', journey: start.journey, whatIfs: start.whatIfs }
        : { type: 'helpdesk.jumpTo', stepId: start.stepId },
  };
}

/** Play one random run, checking every invariant after every step; counts the branches reached in `coverage`. */
export async function playRun(plan: RunPlan, coverage: Coverage): Promise<void> {
  const config = resolveConfig(plan.config);
  const r = rehearseRecorded(plan.config, plan.seed);
  const codes = new CodesCheck(coverage);
  const enrolment = new EnrolmentCheck(config, coverage);
  const checks = [new BasicsCheck(r), new LockoutCheck(config, coverage), codes, enrolment];
  let world = r.world.inspect();
  const knowledge: Knowledge = {
    config,
    world: () => world,
    acceptedCodes: () => codes.acceptedCodes(),
    staleCodes: (now) => codes.staleCodes(now),
    pinFor: (id) => enrolment.pinFor(id),
    payloads: () => enrolment.payloads(),
  };
  try {
    const take = async (step: Step) => {
      const o = await perform(r, step, checks, world);
      world = o.worldAfter;
      coverage.visit(o.viewAfter.stepId);
    };
    await take(startStep(plan));
    for (const draw of plan.actions) {
      for (const step of chooseSteps(r, knowledge, draw, plan.attackShare)) await take(step);
    }
    // One run in four: replaying the calls costs about as much as the run's own world did.
    if (plan.seed % 4 === 0) await checkOtherSeed(r.calls, world, plan.seed, plan.config, coverage);
  } finally {
    r.actor.stop();
    coverage.endRun();
  }
}
