// The budgets `npm test` enforces (scripts/check-budgets.mjs) and `npm run bench` reports: the machine's size,
// whole and as a portal imports it; the React and lifecycle packages' sizes; and a coach transition against a bare machine.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { createActor, setup } from 'xstate';
import type { CoachEvent } from '@eulogin-coach/machine';
import { rehearse } from '../packages/machine/test/harness.js';
import { microsPerCallInterleaved } from './measure.js';
import type { Result } from './measure.js';

const root = new URL('..', import.meta.url).pathname;
// Leaves first (the registry, which everything reads), then the root: one fixed order, so the number is stable.
const MACHINE_ENTRIES = ['/registry', '/rules', '/persist', ''].map((sub) => `@eulogin-coach/machine${sub}`);

/** Bundled (from the sources), minified and gzipped, in KB; `external` packages are left out. */
async function gzippedKb(contents: string, external: string[]): Promise<number> {
  const bundle = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    external,
    conditions: ['@eulogin-coach/source'],
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(bundle.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length / 1024;
}

/** The size budgets. The machine's whole is every entry point at once, so moving code between entries cannot hide it. */
export async function sizeBudgets(): Promise<Result[]> {
  const whole = await gzippedKb(MACHINE_ENTRIES.map((entry) => `export * from '${entry}';`).join('\n'), ['xstate']);
  const portal = await gzippedKb("export { createCoachLogic, connect, resolveConfig } from '@eulogin-coach/machine';", [
    'xstate',
  ]);
  const react = await gzippedKb("export * from '@eulogin-coach/react';", [
    'xstate',
    '@xstate/react',
    'react',
    'react/jsx-runtime',
    '@eulogin-coach/machine',
  ]);
  // The opt-in analytics package: what a portal that listens adds on top of the machine it already has.
  const lifecycle = await gzippedKb("export * from '@eulogin-coach/lifecycle';", ['xstate', '@eulogin-coach/machine']);
  return [
    {
      name: 'packages/machine whole (every entry point), gzipped, without xstate',
      value: whole,
      unit: 'KB',
      target: 14,
    },
    {
      name: 'what a portal imports (createCoachLogic + connect + resolveConfig), gzipped',
      value: portal,
      unit: 'KB',
      target: 12,
    },
    { name: 'packages/react, gzipped, without the machine, xstate and React', value: react, unit: 'KB', target: 1 },
    {
      name: 'packages/lifecycle, gzipped, without the machine and xstate',
      value: lifecycle,
      unit: 'KB',
      target: 0.5,
    },
  ];
}

const bare = setup({}).createMachine({
  initial: 'a',
  states: { a: { on: { go: 'b' } }, b: { on: { go: 'a' } } },
});

/**
 * One coach transition sent to a running actor against one of a bare two-state machine: the median of alternating
 * rounds (so a load that comes and goes hits both alike), measured up to `attempts` times, the best kept: on a
 * loaded machine a single unlucky measurement does not fail the check, and a real slowdown fails every attempt.
 */
export async function transitionBudget(attempts = 5): Promise<Result> {
  const r = await rehearse({ journey: 'linkEid' });
  await r.send({ type: 'helpdesk.jumpTo', stepId: 'account.home' });
  const steps: CoachEvent[] = [{ type: 'user.openPage', page: 'devices' }, { type: 'user.back' }];
  let n = 0;
  const bareActor = createActor(bare).start();
  let best = { ratio: Number.POSITIVE_INFINITY, coach: 0, bare: 0 };
  for (let attempt = 0; attempt < attempts && best.ratio > 2; attempt++) {
    const [coach, bareMicros] = microsPerCallInterleaved(
      () => r.actor.send(steps[n++ % 2] ?? { type: 'user.back' }),
      () => bareActor.send({ type: 'go' }),
    );
    if (coach / bareMicros < best.ratio) best = { ratio: coach / bareMicros, coach, bare: bareMicros };
  }
  r.actor.stop();
  bareActor.stop();
  return {
    name: 'coach transition vs bare two-state machine (running actors)',
    value: best.ratio,
    unit: '×',
    target: 2,
    detail: `${best.coach.toFixed(1)} µs vs ${best.bare.toFixed(1)} µs`,
  };
}

export async function checkBudgets(): Promise<Result[]> {
  return [...(await sizeBudgets()), await transitionBudget()];
}
