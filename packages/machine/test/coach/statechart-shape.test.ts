import { describe, expect, it } from 'vitest';
import { STEPS, STEP_IDS } from '../../src/registry/index.js';
import { coachMachine } from '../../src/coach.machine.js';
import type { StepId } from '../../src/index.js';

/**
 * StepIds whose flow is not the top-level state holding them. The coach's own step sits at the root: the machine's
 * id is `coach`, so its state is `#coach.journeys`. The enrolment QR code's timer wraps the PC's QR step and the
 * app's steps that read it, so `device.qrShown` lives in `app.enrol`.
 */
const ELSEWHERE: readonly StepId[] = ['coach.journeys', 'device.qrShown'];

describe('the statechart reads the way embedders read it', () => {
  it('finds each StepId at its registry path, on a state that carries it', () => {
    const wrong = STEP_IDS.filter((id) => {
      const node = coachMachine.getStateNodeById(`coach.${STEPS[id].path}`);
      return (node.meta as { stepId?: StepId } | undefined)?.stepId !== id;
    });
    expect(wrong).toEqual([]);
  });

  it('keeps each flow in the top-level state named like its StepIds', () => {
    const wrong = STEP_IDS.filter((id) => !ELSEWHERE.includes(id)).filter(
      (id) => STEPS[id].path.split('.')[0] !== STEPS[id].flow,
    );
    expect(wrong).toEqual([]);
    expect(ELSEWHERE.filter((id) => STEPS[id].path.split('.')[0] === STEPS[id].flow)).toEqual([]);
  });
});
