/** Median time per call of `fn`, in microseconds, over `rounds` rounds of `perRound` calls after a warm-up. */
export function microsPerCall(fn: () => void, perRound = 2_000, rounds = 15): number {
  for (let i = 0; i < perRound; i++) fn();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < perRound; i++) fn();
    samples.push(((performance.now() - start) * 1000) / perRound);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

/**
 * Median time per call of `a` and of `b`, in microseconds, timed in alternating rounds so that drift in the
 * machine's load (or the JIT's state) affects both alike.
 */
export function microsPerCallInterleaved(
  a: () => void,
  b: () => void,
  perRound = 2_000,
  rounds = 31,
): readonly [number, number] {
  const time = (fn: () => void) => {
    const start = performance.now();
    for (let i = 0; i < perRound; i++) fn();
    return ((performance.now() - start) * 1000) / perRound;
  };
  time(a);
  time(b);
  const as: number[] = [];
  const bs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    as.push(time(a));
    bs.push(time(b));
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? Number.NaN;
  return [median(as), median(bs)];
}

export interface Result {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target: number;
  readonly detail?: string;
}

export function report(results: readonly Result[]): string {
  return results
    .map((r) => {
      const ok = r.value <= r.target;
      return `${ok ? 'ok  ' : 'MISS'} ${r.name}: ${r.value.toFixed(2)} ${r.unit} (target ≤ ${r.target} ${r.unit})${r.detail ? ` — ${r.detail}` : ''}`;
    })
    .join('\n');
}
