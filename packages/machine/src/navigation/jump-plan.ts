import type { Task } from '../coach.types.js';
import type { Fact } from '../registry/facts.js';
import type { Features } from '../registry/features.js';
import { switchedOff } from '../registry/features.js';
import type { AfterAuth, JourneyId } from '../registry/journeys.js';
import { JOURNEYS, JOURNEY_IDS, factsAt, isOfferedOn } from '../registry/journeys.js';
import type { StepId } from '../registry/step-ids.js';
import { flowOf } from '../registry/step-ids.js';
import { STEPS, resumeTarget } from '../registry/steps.registry.js';
import type { WhatIfId } from '../registry/what-ifs.js';
import { WHAT_IF_IDS, WHAT_IFS } from '../registry/what-ifs.js';

/** Everything needed to land consistently on a step from anywhere: a helpdesk jump, a resume, a journey start. */
export interface JumpPlan {
  readonly landing: StepId;
  readonly journey: JourneyId;
  readonly journeyIndex: number;
  readonly facts: readonly Fact[];
  /** The what-ifs the person chose (those of the journey or the save) that the landing's journey offers. */
  readonly whatIfs: readonly WhatIfId[];
  /**
   * A condition switched on for this landing only, so the world explains a detour step the person did not choose
   * (a phone without a screen lock for `app.noScreenLock`). The next jump or resume plans afresh without it.
   */
  readonly detour: WhatIfId | null;
  /** What the task at the landing is about: a mail's link, and whether an eID is used to sign in or being linked. */
  readonly task: Pick<Task, 'linkPurpose' | 'eidPurpose'>;
  readonly auth: 'none' | 'password' | 'mfa';
  readonly afterAuth: AfterAuth;
}

/** Where the person is when the jump is planned: the journey under way, the what-ifs chosen, the portal's switches. */
export interface JumpOrigin {
  readonly journey: JourneyId | null;
  readonly whatIfs: readonly WhatIfId[];
  readonly features?: Features;
}

interface Location {
  readonly journey: JourneyId;
  readonly index: number;
  /** Set when the step is off every journey's path and is reached through this what-if. */
  readonly via?: WhatIfId;
}

/**
 * Where the what-ifs leading to `landing` happen. Those already switched on come first, then actions (the person
 * can simply do them again), then conditions (which would change the world): a detour reached by cancelling the
 * eID page is not explained by an eID that fails.
 */
function detourWhatIfs(landing: StepId, active: readonly WhatIfId[]): WhatIfId[] {
  const rank = (id: WhatIfId) => (active.includes(id) ? 0 : WHAT_IFS[id].kind === 'action' ? 1 : 2);
  return WHAT_IF_IDS.filter((id) => Object.values(WHAT_IFS[id].at).includes(landing)).sort((a, b) => rank(a) - rank(b));
}

function locate(landing: StepId, current: JumpOrigin): Location {
  // The journey under way first (the full setup, first of all, when there is none), then the others; only those the
  // portal offers: a step also on a switched-off journey (the ways on without a smartphone, with keys off) lands on one
  // that is on, or off every path. The journey under way is listed twice; trying it again finds nothing new.
  const candidates = [current.journey ?? 'fullSetup', ...JOURNEY_IDS].filter(
    (j) => !switchedOff(current.features, [], j),
  );
  for (const journey of candidates) {
    const index = JOURNEYS[journey].path.indexOf(landing);
    if (index >= 0) return { journey, index };
  }
  // A detour step (a what-if's outcome): stand where the what-if happens.
  for (const id of detourWhatIfs(landing, current.whatIfs)) {
    const w = WHAT_IFS[id];
    for (const step of w.steps) {
      if (w.at[step] !== landing) continue;
      for (const journey of candidates) {
        const index = JOURNEYS[journey].path.indexOf(step);
        if (index >= 0) return { journey, index, via: id };
      }
    }
  }
  // The full setup is never switched off (it has no eID, key or QR-code step), so a journey is always left.
  return { journey: candidates[0] as JourneyId, index: 0 };
}

/** How far the person is signed in at `landing`, after the steps `passed` on its journey. */
function authAt(passed: readonly StepId[], landing: StepId): JumpPlan['auth'] {
  const signs = passed.map((s) => STEPS[s].signsIn);
  return STEPS[landing].signedOut ? 'none' : ((['mfa', 'password'] as const).find((a) => signs.includes(a)) ?? 'none');
}

/**
 * Plan a landing on `stepId`. A step showing live data (a QR code, a request, a mail's link) cannot be shown again:
 * on the journey under way, at its saved position (`journeyIndex`), it lands on the last step before it that can be,
 * where the person makes that data again (the mail for a link); elsewhere, on its resume target. The journey is kept
 * when it passes through the landing, and a journey in a feature that `current.features` switches off is never
 * chosen; for a detour step, the what-if condition leading there is switched on so the world explains it.
 */
export function planJump(stepId: StepId, current: JumpOrigin, journeyIndex = -1): JumpPlan {
  const on = current.journey ? JOURNEYS[current.journey].path : [];
  let at = journeyIndex;
  const saved = on[at] === stepId;
  // Back over the steps with a resume target (they show what cannot be shown again). Every journey starts on a step
  // without one (a test holds it), so this stops on one.
  if (saved) while (at > 0 && STEPS[on[at] as StepId].resumeAt) at--;
  const landing = saved ? (on[at] as StepId) : resumeTarget(stepId);
  const located = locate(landing, current);
  const path = JOURNEYS[located.journey].path;
  const index = path[at] === landing ? at : located.index;
  const via = located.via;
  const detour = via && WHAT_IFS[via].kind === 'condition' && !current.whatIfs.includes(via) ? via : null;
  const passed = path.slice(0, index);
  return {
    landing,
    journey: located.journey,
    journeyIndex: index,
    facts: factsAt(located.journey, index, landing),
    whatIfs: current.whatIfs.filter((id) => isOfferedOn(WHAT_IFS[id], located.journey)),
    detour,
    task: {
      linkPurpose: flowOf(landing) === 'passwordReset' ? 'reset' : 'register',
      eidPurpose: passed.includes('eid.manage') ? 'link' : 'signIn',
    },
    auth: authAt(passed, landing),
    afterAuth: JOURNEYS[located.journey].afterAuth,
  };
}
