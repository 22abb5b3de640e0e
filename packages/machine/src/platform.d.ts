// The machine compiles without DOM or Node types, so it names here the part of the platform's `AbortSignal` it
// uses itself. Not shipped: the published declarations refer to the global `AbortSignal` that a portal's DOM (or
// Node) types declare in full, so `fetch(url, { signal: call.signal })` type-checks there.
interface AbortSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { readonly once?: boolean }): void;
}
