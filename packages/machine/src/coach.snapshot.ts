import type { SnapshotFrom } from 'xstate';
import type { CoachMachine } from './coach.machine.js';
import type { StepId } from './registry/step-ids.js';
import { isStepId } from './registry/step-ids.js';

export type CoachSnapshot = SnapshotFrom<CoachMachine>;

/**
 * The StepId the person is on: the deepest active state carrying one. While the coach is between steps (a jump
 * being prepared), the last step left, else the journey picker.
 */
export function currentStepId(snapshot: CoachSnapshot): StepId {
  let best: StepId | undefined;
  let depth = -1;
  for (const [nodeId, meta] of Object.entries(snapshot.getMeta() as Record<string, { stepId?: unknown } | undefined>)) {
    const stepId = meta?.stepId;
    const d = nodeId.split('.').length;
    if (isStepId(stepId) && d > depth) {
      best = stepId;
      depth = d;
    }
  }
  const { history } = snapshot.context.nav;
  return best ?? history[history.length - 1] ?? 'coach.journeys';
}

export function isBusy(snapshot: CoachSnapshot): boolean {
  return snapshot.hasTag('busy');
}
