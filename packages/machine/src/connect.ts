import type { CoachContext, CoachEvent, CoachEventType, FormValues, Issued, NoticeCode, Task } from './coach.types.js';
import type { CoachSnapshot } from './coach.snapshot.js';
import { currentStepId, isBusy } from './coach.snapshot.js';
import { methodsFor, previousStep } from './coach.context.js';
import { EVENT_TYPES } from './events.js';
import type { Progress } from './progress.js';
import { journeyIndexAt, progressOf } from './progress.js';
import type { JourneyId } from './registry/journeys.js';
import { isOfferedOn } from './registry/journeys.js';
import type { SignInMethod } from './registry/choices.js';
import type { StepId } from './registry/step-ids.js';
import type { StepInfo, Surface } from './registry/steps.registry.js';
import { STEPS } from './registry/steps.registry.js';
import type { WhatIfDefinition, WhatIfId } from './registry/what-ifs.js';
import { whatIfsAt } from './registry/what-ifs.js';
import type { Field, FieldError } from './rules/rule-types.js';

/**
 * The coach as a screen sees it: which step, which surface to act on, progress, the what-ifs on offer, field
 * errors by field, the values typed so far, and the data each step shows. Components read this and
 * `can(event)`; they never inspect machine states or re-implement rules.
 */
export interface CoachView {
  readonly stepId: StepId;
  readonly step: StepInfo;
  readonly surface: Surface;
  readonly busy: boolean;
  readonly journey: JourneyId | null;
  readonly progress: Progress | null;
  /** What can go wrong at this step. */
  readonly whatIfs: readonly WhatIfDefinition[];
  /** The what-ifs switched on for this rehearsal. */
  readonly activeWhatIfs: readonly WhatIfId[];
  readonly errors: readonly FieldError[];
  readonly errorFor: (field: Field) => FieldError | undefined;
  readonly notice: NoticeCode | null;
  readonly values: FormValues;
  /** The verification methods EU Login lists at sign-in for this account. */
  readonly methods: readonly SignInMethod[];
  readonly data: CoachData;
  readonly canGoBack: boolean;
  /** Whether the coach would act on `event` now: use it to enable buttons. */
  readonly can: (event: CoachEvent) => boolean;
  /**
   * The event types the current step accepts now, as `can({ type })` answers them: worked out when read. An event
   * whose answer depends on what it carries (`user.deleteDevice`: only a device the list shows) is not listed; ask
   * `can()` with the whole event.
   */
  readonly events: readonly CoachEventType[];
  readonly send: (event: CoachEvent) => void;
}

/** The data the steps show: the account and phone, what EU Login issued, what the task is about. */
export type CoachData = Pick<
  CoachContext,
  'email' | 'account' | 'auth' | 'afterAuth' | 'phone' | 'lockedUntil' | 'config'
> &
  Omit<Issued, 'link'> &
  Task;

export function connect(snapshot: CoachSnapshot, send: (event: CoachEvent) => void): CoachView {
  const context = snapshot.context;
  // What the steps show is the context less what they do not: the navigation, the forms, the errors and notice
  // (their own fields below), the person's name (kept for the password rules) and the mail link's token.
  /* eslint-disable @typescript-eslint/no-unused-vars -- `personal` and `link` are named to be left out */
  const {
    nav,
    forms,
    errors,
    notice,
    personal,
    issued: { link, ...issued },
    task,
    ...shown
  } = context;
  /* eslint-enable @typescript-eslint/no-unused-vars */
  const stepId = currentStepId(snapshot);
  const step = STEPS[stepId];
  const journey = nav.journey;
  const busy = isBusy(snapshot);
  return {
    stepId,
    step,
    surface: step.surface,
    busy,
    journey,
    progress: journey && stepId !== 'coach.journeys' ? progressOf(journey, journeyIndexAt(nav, stepId), stepId) : null,
    whatIfs: whatIfsAt(stepId).filter((w) => !journey || isOfferedOn(w, journey)),
    activeWhatIfs: nav.detour ? [...nav.whatIfs, nav.detour] : nav.whatIfs,
    errors,
    errorFor: (field) => errors.find((e) => e.field === field),
    notice,
    values: forms,
    methods: methodsFor(context),
    data: { ...shown, ...issued, ...task },
    canGoBack: !busy && previousStep([...nav.history, stepId]) !== null,
    can: (event) => snapshot.can(event),
    get events() {
      return EVENT_TYPES.filter((type) => snapshot.can({ type } as CoachEvent));
    },
    send,
  };
}
