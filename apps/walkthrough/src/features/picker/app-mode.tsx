import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { AppMode } from '../../route/app-route.js';
import { currentRoute, routeSearch } from '../../route/app-route.js';

const KEY = 'eulogin-coach.mode';

/** The remembered mode: an untrusted value, used only when it is exactly one of the two modes. */
export function readRememberedMode(): AppMode | null {
  try {
    const stored: unknown = globalThis.localStorage?.getItem(KEY);
    return stored === 'guide' || stored === 'rehearse' ? stored : null;
  } catch {
    // Storage may be blocked: no remembered mode.
    return null;
  }
}

function rememberMode(mode: AppMode): void {
  try {
    globalThis.localStorage?.setItem(KEY, mode);
  } catch {
    // Not remembered; the choice still applies to this visit.
  }
}

/** The mode to open in: the URL's (`?mode=`) wins, then the one remembered, else the rehearsal. */
export function initialMode(): AppMode {
  return currentRoute().mode ?? readRememberedMode() ?? 'rehearse';
}

/** Puts the mode in the page's address, keeping the rest of it, so a reload or a bookmark opens the same mode. */
function showModeInAddress(mode: AppMode): void {
  const location = globalThis.location;
  const history = globalThis.history;
  if (!location || !history) return;
  const search = routeSearch({ ...currentRoute(), mode });
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

export interface AppModeApi {
  readonly mode: AppMode;
  readonly choose: (mode: AppMode) => void;
}

const AppModeContext = createContext<AppModeApi | null>(null);

/** The mode chosen on the start page, for the choice itself (null outside `AppModeSwitch`, which shows no choice). */
export function useAppMode(): AppModeApi | null {
  return useContext(AppModeContext);
}

/**
 * Shows the rehearsal (`children`) or guide mode (`guide`), and lets the start page switch between them. The choice
 * is remembered and written to the address.
 */
export function AppModeSwitch({ guide, children }: { guide: ReactNode; children: ReactNode }) {
  const [mode, setMode] = useState<AppMode>(initialMode);
  const choose = useCallback((next: AppMode) => {
    rememberMode(next);
    showModeInAddress(next);
    setMode(next);
  }, []);
  const api = useMemo(() => ({ mode, choose }), [mode, choose]);
  return <AppModeContext.Provider value={api}>{mode === 'guide' ? guide : children}</AppModeContext.Provider>;
}
