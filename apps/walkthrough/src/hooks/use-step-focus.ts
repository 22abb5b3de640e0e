import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';

/**
 * On every change of `key`, moves focus to `target` (the step's heading) so keyboard and screen-reader users start
 * at the new step. On mount only when `onMount` (the component appeared because the step changed, not because the
 * page loaded). Never while `follow` is false (the page is still showing what it loaded, before the person acted).
 */
export function useStepFocus(key: string, target: RefObject<HTMLElement | null>, onMount = false, follow = true): void {
  const first = useRef(true);
  useEffect(() => {
    const mounting = first.current;
    first.current = false;
    if (follow && (!mounting || onMount)) target.current?.focus();
    // onMount is read on mount only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, target]);
}
