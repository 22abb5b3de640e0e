export { createGuideEffects } from './guide-effects.js';
export type { GuideEffects, GuideOptions } from './guide-effects.js';
export { GUIDE_ANSWERS } from './guide-answers.js';
