export { createGuideEffects } from './guide-effects.js';
export type { GuideEffects, GuideOptions } from './guide-effects.js';
export { GUIDE_ANSWERS } from './guide-answers.js';
export { GUIDE_ACTIONS, GUIDE_ACTION_IDS, ANSWER_WHAT_IFS } from './guide-actions.js';
export type { GuideActionDefinition, GuideActionId, GuideActionInput } from './guide-actions.js';
export { guideChoices, performGuideChoice } from './guide-choices.js';
export type { GuideChoice, GuideChoiceAnswer, GuideChoiceSource, GuideChoiceTarget } from './guide-choices.js';
export { GUIDE_PLACEHOLDERS } from './guide-placeholders.js';
export { withGuideQuestions } from './with-guide-questions.js';
