import { useSyncExternalStore } from 'react';
import { useRehearsal } from './rehearsal-context.js';

/** A rehearsal-wide on/off choice that screens can read and change, and that re-renders them when it changes. */
export interface PracticeSwitch {
  readonly isOn: () => boolean;
  readonly set: (on: boolean) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

export function createPracticeSwitch(initial = false): PracticeSwitch {
  let on = initial;
  const listeners = new Set<() => void>();
  return {
    isOn: () => on,
    set(next) {
      if (next === on) return;
      on = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * "Practise with my own authenticator app": off by default, as EU Login's enrolment QR code works only in the EU
 * Login app. On, the PC shows the enrolment as a standard otpauth:// QR code that any authenticator app reads.
 */
export function useOwnAuthenticator(): readonly [boolean, (on: boolean) => void] {
  const { ownAuthenticator } = useRehearsal();
  const on = useSyncExternalStore(ownAuthenticator.subscribe, ownAuthenticator.isOn);
  return [on, ownAuthenticator.set];
}
