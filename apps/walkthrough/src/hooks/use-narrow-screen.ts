import { useSyncExternalStore } from 'react';

/**
 * The width at and under which the rehearsal shows one pretend screen at a time (keep in step with app.css): 600px
 * at the browser's usual 16px text, in em so a person who sets larger text gets the one-screen layout sooner.
 */
export const NARROW_QUERY = '(max-width: 37.5em)';

function subscribe(onChange: () => void): () => void {
  const list = globalThis.matchMedia?.(NARROW_QUERY);
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

const isNarrow = () => globalThis.matchMedia?.(NARROW_QUERY).matches ?? false;

/** Whether the window is a phone's or a narrow window's width (false where media queries are unknown). */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, isNarrow, () => false);
}
