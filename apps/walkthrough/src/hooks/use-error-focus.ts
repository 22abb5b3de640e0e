import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { CoachView } from '@eulogin-coach/react';

/**
 * When the coach refuses a submit and stays on the same step, focus the first invalid field inside `container`
 * (its label and error are then read out), so keyboard and screen-reader users are not left on a disabled button.
 * A new step keeps its own focus rule (the heading).
 */
export function useErrorFocus(view: CoachView, container: RefObject<HTMLElement | null>): void {
  const key = view.errors.map((e) => `${e.field}.${e.rule}`).join();
  const step = useRef(view.stepId);
  useEffect(() => {
    const sameStep = step.current === view.stepId;
    step.current = view.stepId;
    if (!sameStep || key === '' || view.busy) return;
    container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [key, view.stepId, view.busy, container]);
}
