import { useLayoutEffect } from 'react';

/** Dispatched on the document once the app has taken over the build-rendered start page (see early-presses.ts). */
export const HYDRATED_EVENT = 'eulogin-coach:hydrated';

/**
 * Renders nothing; once its tree has been committed (after every effect below it), tells the page that the app is
 * live, so the presses kept meanwhile are made again. Part of the tree both the build and the browser render.
 */
export function HydratedSignal() {
  useLayoutEffect(() => {
    document.dispatchEvent(new Event(HYDRATED_EVENT));
  }, []);
  return null;
}
