import { describe, expect, it } from 'vitest';
import { getAdjacencyMap } from 'xstate/graph';
import { STEPS, STEP_IDS, WHAT_IFS, WHAT_IF_IDS } from '../../src/registry/index.js';
import { coachMachine } from '../../src/coach.machine.js';
import { currentStepId } from '../../src/index.js';
import type { CoachEvent, CoachSnapshot, StepId } from '../../src/index.js';
import { personEvents, serializeForGraph, systemEvents } from './graph-events.js';

type Adjacency = Record<string, { state: CoachSnapshot; transitions: Record<string, { state: CoachSnapshot }> }>;

function explore(): Adjacency {
  return getAdjacencyMap(coachMachine, {
    events: (s) => [...personEvents(s), ...(systemEvents(s) as unknown as CoachEvent[])],
    serializeState: (s) => serializeForGraph(s),
    limit: 2_000_000,
  }) as unknown as Adjacency;
}

describe('the statechart as a graph (xstate/graph)', () => {
  const adjacency = explore();
  const keys = Object.keys(adjacency);
  const stepOf = (key: string): StepId => currentStepId(adjacency[key]!.state);

  it('reaches every StepId from the journey picker, by what a person does and what EU Login answers', () => {
    const reached = new Set(keys.map(stepOf));
    const missing = STEP_IDS.filter((id) => !reached.has(id));
    expect(missing).toEqual([]);
  });

  it('has no trap: from every state a person can finish a journey without Restart, Back or a jump', () => {
    // Reverse reachability from the states on a terminal step.
    const reverse = new Map<string, string[]>();
    for (const key of keys) {
      for (const t of Object.values(adjacency[key]!.transitions)) {
        const to = serializeForGraph(t.state);
        if (to === key) continue;
        reverse.set(to, [...(reverse.get(to) ?? []), key]);
      }
    }
    const good = new Set(keys.filter((k) => STEPS[stepOf(k)].terminal === true));
    const queue = [...good];
    while (queue.length) {
      const next = queue.pop()!;
      for (const prev of reverse.get(next) ?? []) {
        if (!good.has(prev)) {
          good.add(prev);
          queue.push(prev);
        }
      }
    }
    const traps = keys
      .filter((k) => !good.has(k))
      .map((k) => `${stepOf(k)} ${JSON.stringify(adjacency[k]!.state.value)}`);
    expect(traps).toEqual([]);
  });

  it('leads each what-if, from every step it can happen at, to the step the registry names', () => {
    // Steps one transition apart, or two apart through another step where the same what-if can happen (a phone that
    // is offline makes the PC wait for the app, then give up).
    const next = new Map<StepId, Set<StepId>>();
    for (const key of keys) {
      const from = stepOf(key);
      for (const t of Object.values(adjacency[key]!.transitions)) {
        const to = currentStepId(t.state);
        if (to !== from) next.set(from, new Set([...(next.get(from) ?? []), to]));
      }
    }
    const leadsTo = (from: StepId, to: StepId, alsoAt: readonly StepId[]) =>
      from === to ||
      next.get(from)?.has(to) === true ||
      [...(next.get(from) ?? [])].some((via) => alsoAt.includes(via) && next.get(via)?.has(to) === true);
    const wrong = WHAT_IF_IDS.flatMap((id) =>
      Object.entries(WHAT_IFS[id].at)
        .filter(([from, to]) => !leadsTo(from as StepId, to, WHAT_IFS[id].steps))
        .map(([from, to]) => `${id}: ${from} → ${to}`),
    );
    expect(wrong).toEqual([]);
  });
});
