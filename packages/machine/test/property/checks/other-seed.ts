import { expect } from 'vitest';
import { SimulatedClock } from 'xstate';
import { createSimulatedWorld } from '@eulogin-coach/simulator';
import type { WorldSnapshot } from '@eulogin-coach/simulator';
import { EFFECT_NAMES } from '../../../src/index.js';
import type { CoachConfig, EffectName } from '../../../src/index.js';
import type { Coverage } from '../coverage.js';
import type { EffectCall } from '../recorded-rehearsal.js';
import { isCall } from '../observation.js';

/** Secrets a world holds: device secrets and mail-link tokens. */
function heldSecrets(world: WorldSnapshot | undefined): string[] {
  if (!world) return [];
  const devices = Object.values(world.accounts).flatMap((a) => a.devices.map((d) => d.secret));
  return [...devices, ...Object.keys(world.links)];
}

/** Secrets handed out by one call: a captcha, a sign-in QR code's nonce, an enrolment's device secret. */
function issuedSecrets(call: EffectCall): string[] {
  if (isCall(call, 'issueCaptcha') && call.output) return [call.output.challenge];
  if (isCall(call, 'startQrChallenge') && call.output) return [call.output.qrPayload.split(':').at(-1) ?? ''];
  if (isCall(call, 'addDevice') && call.output)
    return [new URL(call.output.qrPayload).searchParams.get('secret') ?? ''];
  return [];
}

function secretsOf(calls: readonly EffectCall[], end: WorldSnapshot): Set<string> {
  const secrets = calls.flatMap((c) => [...issuedSecrets(c), ...heldSecrets(c.after)]);
  return new Set([...secrets, ...heldSecrets(end)].filter((s) => s !== ''));
}

/**
 * Two fresh worlds with different seeds never issue the same secret: the run's calls, played at the same moments
 * against a world with another seed, bring up none of the run's captchas, QR nonces, device secrets or link tokens.
 */
export async function checkOtherSeed(
  calls: readonly EffectCall[],
  end: WorldSnapshot,
  seed: number,
  config: Partial<CoachConfig>,
  coverage: Coverage,
): Promise<void> {
  const clock = new SimulatedClock();
  const other = createSimulatedWorld({ clock, seed: (seed ^ 0x5bd1e995) >>> 0, config });
  const effects = other.effects as unknown as Record<EffectName, (input: unknown) => Promise<unknown>>;
  const replayed: EffectCall[] = [];
  for (const call of calls) {
    if (!EFFECT_NAMES.includes(call.name)) continue;
    clock.set(call.at);
    const output = await effects[call.name](call.input).catch(() => undefined);
    const after = call.name === 'prepare' ? other.inspect() : undefined;
    replayed.push({ ...call, output, after, before: undefined, error: undefined } as EffectCall);
  }
  const mine = secretsOf(calls, end);
  const theirs = secretsOf(replayed, other.inspect());
  expect([...theirs].filter((s) => mine.has(s))).toEqual([]);
  if (mine.size > 0 && theirs.size > 0) coverage.hit('otherSeedsDiffer');
}
