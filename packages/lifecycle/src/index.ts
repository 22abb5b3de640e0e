// @eulogin-coach/lifecycle: typed lifecycle events for analytics (a step entered or left, a what-if taken, a journey
// finished, abandoned or resumed), by ids only. Opt-in: a package of its own, derived from the actor's snapshots, so
// neither the machine package nor the coach's transitions carry it.
export { watchLifecycle } from './watch-lifecycle.js';
export type { LifecycleEvent, LifecycleEventType } from './watch-lifecycle.js';
