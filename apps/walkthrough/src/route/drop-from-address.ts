/** Takes `?code=` out of the address (after it was used or refused), so a reload does not use it again. */
export function dropCodeFromAddress(): void {
  dropFromAddress('code');
}

/**
 * Takes a one-time value (a code, a journey to start) out of the address once it has been used, so that a reload
 * carries on from where the person is rather than starting over from it.
 */
export function dropFromAddress(name: 'code' | 'journey'): void {
  try {
    const url = new URL(globalThis.location.href);
    if (!url.searchParams.has(name)) return;
    url.searchParams.delete(name);
    globalThis.history.replaceState(globalThis.history.state, '', url);
  } catch {
    // No location or history (tests, a sandboxed frame): nothing to tidy.
  }
}
