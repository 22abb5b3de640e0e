import { createActor, getInitialSnapshot, setup, transition } from 'xstate';
import type { AnyEventObject } from 'xstate';
import { JOURNEY_IDS } from '@eulogin-coach/machine/registry';
// The machine without effects is internal to the package: the bench reads it from the source.
import { coachMachine } from '../packages/machine/src/coach.machine.js';
import type { CoachEvent, CoachSnapshot } from '@eulogin-coach/machine';
import { rehearse } from '../packages/machine/test/harness.js';
import { walkHappyPath } from '../packages/machine/test/happy-paths.js';
import { sizeBudgets } from './budgets.js';
import { microsPerCall, microsPerCallInterleaved } from './measure.js';
import type { Result } from './measure.js';

const bare = setup({}).createMachine({
  initial: 'a',
  states: { a: { on: { go: 'b' } }, b: { on: { go: 'a' } } },
});

/** Every event the coach's root actor receives while a scripted person walks all journeys' happy paths. */
async function recordHappyPaths(): Promise<AnyEventObject[][]> {
  const recordings: AnyEventObject[][] = [];
  for (const journey of JOURNEY_IDS) {
    const events: AnyEventObject[] = [];
    const r = await rehearse();
    const root = r.actor;
    root.system.inspect((e) => {
      if (e.type === '@xstate.event' && e.actorRef === root) events.push(e.event);
    });
    await walkHappyPath(r, journey);
    recordings.push(events);
  }
  return recordings;
}

function replay(events: readonly AnyEventObject[]): CoachSnapshot {
  let snapshot: CoachSnapshot = getInitialSnapshot(coachMachine, {});
  for (const event of events) [snapshot] = transition(coachMachine, snapshot, event as CoachEvent);
  return snapshot;
}

/** Measures the coach; prints each number against its target; exits non-zero if one is missed. */
export async function benchMachine(): Promise<Result[]> {
  // 1. One transition of the coach against one of a bare two-state machine: sent to a running actor (what an app
  //    experiences) and through xstate's pure transition() (which also builds a throw-away actor each call).
  const r = await rehearse({ journey: 'linkEid' });
  await r.send({ type: 'helpdesk.jumpTo', stepId: 'account.home' });
  const steps: CoachEvent[] = [{ type: 'user.openPage', page: 'devices' }, { type: 'user.back' }];
  let n = 0;
  const bareActor = createActor(bare).start();
  const [liveCoach, liveBare] = microsPerCallInterleaved(
    () => r.actor.send(steps[n++ % 2] ?? { type: 'user.back' }),
    () => bareActor.send({ type: 'go' }),
  );
  let coach = r.actor.getSnapshot();
  let bareSnapshot = getInitialSnapshot(bare, undefined);
  const [pureCoach, pureBare] = microsPerCallInterleaved(
    () => {
      [coach] = transition(coachMachine, coach, steps[n++ % 2] ?? { type: 'user.back' });
    },
    () => {
      [bareSnapshot] = transition(bare, bareSnapshot, { type: 'go' });
    },
  );
  const coachMicros = liveCoach;
  const bareMicros = liveBare;

  // 2. Replaying every journey's happy path (all the events the coach received, effects' answers included).
  const recordings = await recordHappyPaths();
  const finals = recordings.map((events) => replay(events));
  if (finals.some((s) => s.status !== 'active')) throw new Error('A replay did not end in an active coach');
  const eventCount = recordings.reduce((n, e) => n + e.length, 0);
  const perJourney = recordings.map((events) => microsPerCall(() => replay(events), 5, 15) / 1000);
  const slowest = Math.max(...perJourney);
  const slowestJourney = JOURNEY_IDS[perJourney.indexOf(slowest)] ?? '';
  const total = perJourney.reduce((a, b) => a + b, 0);

  const results: Result[] = [
    {
      name: 'coach transition vs bare two-state machine',
      value: coachMicros / bareMicros,
      unit: '×',
      target: 2,
      detail:
        `running actors: ${coachMicros.toFixed(1)} µs vs ${bareMicros.toFixed(1)} µs; ` +
        `pure transition(): ${(pureCoach / pureBare).toFixed(2)}× (${pureCoach.toFixed(1)} vs ${pureBare.toFixed(1)} µs)`,
    },
    {
      name: "replay of a journey's full happy path (the slowest journey)",
      value: slowest,
      unit: 'ms',
      target: 5,
      detail: `${slowestJourney}; all ${JOURNEY_IDS.length} journeys (${eventCount} events) in ${total.toFixed(2)} ms`,
    },
    // 3. The sizes (bench/budgets.ts; `npm test` enforces them too).
    ...(await sizeBudgets()),
  ];
  return results;
}
