/**
 * The rehearsal's clock: real time plus a skip offset. It implements xstate's `Clock` (setTimeout/clearTimeout)
 * for the coach's timers and `now()` for the simulated world, and `advance(ms)` fast-forwards both ("wait 10
 * minutes" in the mailbox): timers that fall due fire at once, in order.
 */
export interface RehearsalClock {
  now(): number;
  /** Real time, without the skips: what the person's own phone shows (its authenticator app's codes follow it). */
  realNow(): number;
  setTimeout(fn: (...args: unknown[]) => void, timeout: number): number;
  clearTimeout(id: unknown): void;
  advance(ms: number): void;
  /** Called after every `advance`; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

interface Timer {
  readonly due: number;
  readonly fn: () => void;
  handle: ReturnType<typeof globalThis.setTimeout> | undefined;
}

export function createRehearsalClock(realNow: () => number = () => Date.now()): RehearsalClock {
  let offset = 0;
  let nextId = 1;
  const timers = new Map<number, Timer>();
  const listeners = new Set<() => void>();
  const now = () => realNow() + offset;

  const fire = (id: number) => {
    const timer = timers.get(id);
    if (!timer) return;
    timers.delete(id);
    if (timer.handle !== undefined) globalThis.clearTimeout(timer.handle);
    timer.fn();
  };
  const arm = (id: number, timer: Timer) => {
    if (timer.handle !== undefined) globalThis.clearTimeout(timer.handle);
    timer.handle = globalThis.setTimeout(() => fire(id), Math.max(0, timer.due - now()));
  };

  return {
    now,
    realNow,
    setTimeout(fn, timeout) {
      const id = nextId++;
      const timer: Timer = { due: now() + Math.max(0, timeout), fn: () => fn(), handle: undefined };
      timers.set(id, timer);
      arm(id, timer);
      return id;
    },
    clearTimeout(id) {
      const timer = timers.get(id as number);
      if (!timer) return;
      if (timer.handle !== undefined) globalThis.clearTimeout(timer.handle);
      timers.delete(id as number);
    },
    advance(ms) {
      offset += Math.max(0, ms);
      const due = [...timers.entries()].filter(([, t]) => t.due <= now()).sort((a, b) => a[1].due - b[1].due);
      for (const [id] of due) fire(id);
      for (const [id, timer] of timers) arm(id, timer);
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
