// @eulogin-coach/machine/registry: the ids and facts of the coach's world: steps, journeys, what-ifs, facts, the
// choices a form offers, and the plan of a helpdesk jump. Their types are also exported by the package root.
export { STEP_IDS, STEPS, flowOf, isStepId, resumeTarget, stepInfo } from './steps.registry.js';
export type { FlowId, StepDefinition, StepId, StepInfo, Surface } from './steps.registry.js';
export { JOURNEYS, JOURNEY_IDS, factsAt, isJourneyId, isOfferedOn, whatIfsForJourney } from './journeys.js';
export type { AfterAuth, JourneyDefinition, JourneyId } from './journeys.js';
export { WHAT_IFS, WHAT_IF_IDS, isWhatIfId, whatIfsAt } from './what-ifs.js';
export type { WaitDuration, WhatIfDefinition, WhatIfId, WhatIfKind } from './what-ifs.js';
export { FACTS } from './facts.js';
export type { Fact } from './facts.js';
export { EID_COUNTRIES, EMAIL_LANGUAGES, SIGN_IN_METHODS, isOneOf } from './choices.js';
export type { EidCountry, EmailLanguage, KeyKind, SignInMethod } from './choices.js';
export { journeysFor, switchedOff } from './features.js';
export type { Feature, Features } from './features.js';
export { planJump } from '../navigation/jump-plan.js';
export type { JumpOrigin, JumpPlan } from '../navigation/jump-plan.js';
