/** The StepIds are the keys of the step registry; this module names them for the many modules that only need them. */
export { STEP_IDS, isStepId, flowOf } from './steps.registry.js';
export type { StepId, FlowId } from './steps.registry.js';
