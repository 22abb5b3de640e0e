import type { CoachEventType } from './coach.types.js';
import { coachMachine } from './coach.machine.js';

/**
 * Every event type the coach knows, for tooling and tests (what the current step takes is `connect(...).events`).
 * Read from the statechart (xstate's list of the events it handles, less xstate's own `xstate.*`: effects done,
 * timers) rather than written out again, which the machine's size budget cannot afford; a test holds it equal to
 * the `CoachEvent` union, both ways.
 */
export const EVENT_TYPES = /* @__PURE__ */ coachMachine.events.filter(
  (type) => type[0] !== 'x',
) as readonly CoachEventType[];
