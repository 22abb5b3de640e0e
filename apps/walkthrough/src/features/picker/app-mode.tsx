import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
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
  /**
   * Whether the mode was just chosen, asked once by the new mode's start page when it appears: its heading then takes
   * the focus, which would otherwise be lost with the page it replaced. Later asks answer false.
   */
  readonly takeFocus: () => boolean;
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
  const focusPending = useRef(false);
  const choose = useCallback((next: AppMode) => {
    rememberMode(next);
    showModeInAddress(next);
    focusPending.current = true;
    setMode(next);
  }, []);
  const takeFocus = useCallback(() => {
    const pending = focusPending.current;
    focusPending.current = false;
    return pending;
  }, []);
  const api = useMemo(() => ({ mode, choose, takeFocus }), [mode, choose, takeFocus]);
  return <AppModeContext.Provider value={api}>{mode === 'guide' ? guide : children}</AppModeContext.Provider>;
}

/**
 * Moves the focus to `heading` when this start page appears because the person just chose its mode: the page they
 * acted on is gone, and the new one is announced from its heading.
 */
export function useFocusAfterModeChoice(heading: RefObject<HTMLElement | null>): void {
  const api = useAppMode();
  useEffect(() => {
    if (api?.takeFocus()) heading.current?.focus();
    // On mount only: a page appears once per choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
