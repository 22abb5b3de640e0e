import { useState } from 'react';

/**
 * Local form state that starts from `source` (what the coach remembers was typed) and starts over whenever the
 * coach's value changes (e.g. it clears a wrong PIN), so nothing typed is lost and nothing stale lingers.
 */
export function useSyncedState<T>(source: T): [T, (next: T) => void] {
  const [state, setState] = useState({ source, value: source });
  if (state.source !== source) {
    const next = { source, value: source };
    setState(next);
    return [source, (value) => setState({ source, value })];
  }
  return [state.value, (value) => setState({ source, value })];
}
