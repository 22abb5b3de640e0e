import { useState } from 'react';

/**
 * State that starts over at `initial` whenever `key` changes (compared with `!==`), without an effect: the reset
 * happens in the same render, so nothing stale is ever shown.
 */
export function useStateFor<T>(key: unknown, initial: T): [T, (next: T) => void] {
  const [state, setState] = useState({ key, value: initial });
  if (state.key !== key) {
    setState({ key, value: initial });
    return [initial, (value) => setState({ key, value })];
  }
  return [state.value, (value) => setState({ key, value })];
}

/**
 * Local form state that starts from `source` (what the coach remembers was typed) and starts over whenever the
 * coach's value changes (e.g. it clears a wrong PIN), so nothing typed is lost and nothing stale lingers.
 */
export function useSyncedState<T>(source: T): [T, (next: T) => void] {
  return useStateFor(source, source);
}
