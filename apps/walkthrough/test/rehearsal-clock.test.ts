import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRehearsalClock } from '../src/effects/rehearsal-clock.js';

describe('rehearsal clock', () => {
  afterEach(() => vi.useRealTimers());

  it('is real time plus the time skipped, and fires due timers in order when fast-forwarded', () => {
    let real = 1_000;
    const clock = createRehearsalClock(() => real);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push('5 min'), 5 * 60_000);
    clock.setTimeout(() => fired.push('1 min'), 60_000);
    const cancelled = clock.setTimeout(() => fired.push('cancelled'), 30_000);
    clock.clearTimeout(cancelled);
    const listener = vi.fn();
    clock.subscribe(listener);

    clock.advance(2 * 60_000);
    expect(fired).toEqual(['1 min']);
    expect(clock.now()).toBe(1_000 + 2 * 60_000);
    expect(listener).toHaveBeenCalledTimes(1);

    real += 500;
    expect(clock.now()).toBe(1_500 + 2 * 60_000);
    clock.advance(3 * 60_000);
    expect(fired).toEqual(['1 min', '5 min']);
  });

  it('fires timers in real time too', () => {
    vi.useFakeTimers();
    const clock = createRehearsalClock();
    const fn = vi.fn();
    clock.setTimeout(fn, 1000);
    vi.advanceTimersByTime(999);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledOnce();
  });
});
