import { createContext, useContext } from 'react';
import type { StepId } from '@eulogin-coach/react';

/**
 * The step the last resumed code or save was made on, and how to note a new one: the coach's `resumed` notice says
 * a position was resumed, not whether it landed on that step or on the one before it (a step that showed a QR code,
 * a request or a mail link lands on the step that makes a new one), so the guide asks here.
 */
export interface ResumeOrigin {
  readonly from: StepId | null;
  /** Call before sending `coach.resume` with a position made on `stepId`. */
  readonly note: (stepId: StepId) => void;
}

export const ResumeOriginContext = createContext<ResumeOrigin>({ from: null, note: () => undefined });

export const useResumeOrigin = (): ResumeOrigin => useContext(ResumeOriginContext);
