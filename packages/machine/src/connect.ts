import type { CoachContext, CoachEvent, FormValues, NoticeCode } from './coach.types.js';
import type { CoachSnapshot } from './coach.snapshot.js';
import { currentStepId, isBusy } from './coach.snapshot.js';
import { previousStep } from './coach.context.js';
import type { Progress } from './progress.js';
import { progressOf } from './progress.js';
import type { JourneyId } from './registry/journeys.js';
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
  readonly data: Pick<
    CoachContext,
    | 'email'
    | 'account'
    | 'auth'
    | 'afterAuth'
    | 'phone'
    | 'captcha'
    | 'linkPurpose'
    | 'enrolment'
    | 'pinRequest'
    | 'challenge'
    | 'otp'
    | 'lockedUntil'
    | 'eidPurpose'
    | 'eidCountry'
    | 'keyKind'
    | 'pendingDeviceId'
    | 'config'
  >;
  readonly canGoBack: boolean;
  /** Whether the coach would act on `event` now: use it to enable buttons. */
  readonly can: (event: CoachEvent) => boolean;
  readonly send: (event: CoachEvent) => void;
}

export function connect(snapshot: CoachSnapshot, send: (event: CoachEvent) => void): CoachView {
  const context = snapshot.context;
  const stepId = currentStepId(snapshot);
  const errors = context.errors;
  return {
    stepId,
    step: STEPS[stepId],
    surface: STEPS[stepId].surface,
    busy: isBusy(snapshot),
    journey: context.journey,
    progress:
      context.journey && stepId !== 'coach.journeys' ? progressOf(context.journey, context.journeyIndex, stepId) : null,
    whatIfs: whatIfsAt(stepId),
    activeWhatIfs: context.whatIfs,
    errors,
    errorFor: (field) => errors.find((e) => e.field === field),
    notice: context.notice,
    values: context.forms,
    data: {
      email: context.email,
      account: context.account,
      auth: context.auth,
      afterAuth: context.afterAuth,
      phone: context.phone,
      captcha: context.captcha,
      linkPurpose: context.linkPurpose,
      enrolment: context.enrolment,
      pinRequest: context.pinRequest,
      challenge: context.challenge,
      otp: context.otp,
      lockedUntil: context.lockedUntil,
      eidPurpose: context.eidPurpose,
      eidCountry: context.eidCountry,
      keyKind: context.keyKind,
      pendingDeviceId: context.pendingDeviceId,
      config: context.config,
    },
    canGoBack: previousStep(context.history) !== null,
    can: (event) => snapshot.can(event),
    send,
  };
}
