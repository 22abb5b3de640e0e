import { describe, expect, it } from 'vitest';
import { STEPS, STEP_IDS } from '../../src/registry/index.js';
import { coachMachine } from '../../src/coach.machine.js';
import type { StepId } from '../../src/index.js';

/**
 * StepIds whose flow is not the top-level state holding them. The coach's own step sits at the root: the machine's
 * id is `coach`, so its state is `#coach.journeys`. The enrolment QR code's timer wraps the PC's QR step and the
 * app's steps that read it, so `device.qrShown` lives in `app.enrol`.
 */
const ELSEWHERE: readonly StepId[] = ['coach.journeys', 'device.qrShown'];

describe('the statechart reads the way embedders read it', () => {
  it('finds each StepId at its registry path, on a state that carries it', () => {
    const wrong = STEP_IDS.filter((id) => {
      const node = coachMachine.getStateNodeById(`coach.${STEPS[id].path}`);
      return (node.meta as { stepId?: StepId } | undefined)?.stepId !== id;
    });
    expect(wrong).toEqual([]);
  });

  it('keeps each flow in the top-level state named like its StepIds', () => {
    const wrong = STEP_IDS.filter((id) => !ELSEWHERE.includes(id)).filter(
      (id) => STEPS[id].path.split('.')[0] !== STEPS[id].flow,
    );
    expect(wrong).toEqual([]);
    expect(ELSEWHERE.filter((id) => STEPS[id].path.split('.')[0] === STEPS[id].flow)).toEqual([]);
  });
});

type Guardish = unknown;
interface NodeLike {
  readonly id: string;
  readonly states: Record<string, NodeLike>;
  readonly transitions: Map<string, readonly TransitionLike[]>;
  readonly always?: readonly TransitionLike[];
  readonly after: readonly TransitionLike[];
  readonly entry: readonly unknown[];
  readonly exit: readonly unknown[];
}
interface TransitionLike {
  readonly eventType: string;
  readonly guard?: Guardish;
  readonly actions: readonly unknown[];
}

function nodes(node: NodeLike): NodeLike[] {
  return [node, ...Object.values(node.states).flatMap(nodes)];
}

function transitions(node: NodeLike): TransitionLike[] {
  return [...[...node.transitions.values()].flat(), ...(node.always ?? []), ...node.after];
}

/**
 * A guard named in `setup()`: its name, or `{ type, params }`. XState's own combinators (`and`, `not`, `stateIn`)
 * are functions marked with `check`; what they combine must be named too.
 */
function isNamedGuard(guard: Guardish): boolean {
  if (typeof guard === 'string') return true;
  if (typeof guard === 'object' && guard !== null) return typeof (guard as { type?: unknown }).type === 'string';
  if (typeof guard !== 'function' || !('check' in guard)) return false;
  const inner = (guard as { guards?: readonly Guardish[] }).guards ?? [];
  return inner.every(isNamedGuard);
}

/** An action named in `setup()`, or one of XState's built-in action creators (`assign`), never a bare function. */
function isNamedOrBuiltInAction(action: unknown): boolean {
  if (typeof action === 'string') return true;
  if (typeof action === 'object' && action !== null) return typeof (action as { type?: unknown }).type === 'string';
  return typeof action === 'function' && String((action as { type?: unknown }).type).startsWith('xstate.');
}

describe('the statechart names its guards and actions in setup()', () => {
  const all = nodes(coachMachine.root);
  const every = all.flatMap((node) => transitions(node).map((t) => ({ node: node.id, t })));

  it('walks the whole machine (each step state and its transitions)', () => {
    expect(all.length).toBeGreaterThan(STEP_IDS.length);
    expect(every.filter(({ t }) => t.guard !== undefined).length).toBeGreaterThan(2 * STEP_IDS.length);
  });

  it('has no inline guard function: every guard is a name or a { type, params } reference', () => {
    const inline = every.filter(({ t }) => t.guard !== undefined && !isNamedGuard(t.guard));
    expect(inline.map(({ node, t }) => `${node} on ${t.eventType}`)).toEqual([]);
  });

  it('has no bare action function: each action is named in setup() or built with assign()', () => {
    const actions = [
      ...every.flatMap(({ node, t }) => t.actions.map((a) => ({ where: `${node} on ${t.eventType}`, a }))),
      ...all.flatMap((node) => [...node.entry, ...node.exit].map((a) => ({ where: node.id, a }))),
    ];
    expect(actions.filter(({ a }) => !isNamedOrBuiltInAction(a)).map(({ where }) => where)).toEqual([]);
  });

  it('tells an inline guard from a named one', () => {
    expect(isNamedGuard(() => true)).toBe(false);
    expect(isNamedGuard('hasErrors')).toBe(true);
    expect(isNamedOrBuiltInAction(() => undefined)).toBe(false);
  });
});
