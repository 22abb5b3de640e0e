import type { SavedProgress, StepId } from '@eulogin-coach/react';
import type { AnswerChoice } from './pending-answers.js';

/** What the console's parts ask the coach to do; each is recorded in the call record with its time. */
export interface ConsoleActions {
  /** A helpdesk jump: the coach prepares a consistent situation for the step (or the step where its data is made). */
  readonly jumpTo: (stepId: StepId) => void;
  /** Carry on from a share code the caller read out. */
  readonly resume: (progress: SavedProgress) => void;
  /** The agent answered the guide's question for the caller (recorded before the guide moves on). */
  readonly answered: (choice: AnswerChoice) => void;
  /** Back to a step visited earlier in the call, at the position recorded then. */
  readonly goBack: (stepId: StepId, code: string) => void;
}
