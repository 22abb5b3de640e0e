import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Branch } from './coverage.js';
import { BRANCHES, Coverage } from './coverage.js';
import { playRun } from './play-run.js';
import { runPlans } from './run-plan.js';

/** Sequences: `npm run test:property` asks for 10,000; the default run keeps it quick and reproducible. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
/** A fixed seed for the default run (CI); `PROPERTY_SEED` with the same `PROPERTY_RUNS` replays a failure. */
const SEED = process.env.PROPERTY_SEED
  ? Number(process.env.PROPERTY_SEED)
  : process.env.PROPERTY_RUNS
    ? undefined
    : 20_261_127;

/** Runs per 1,000 that reach each branch, at the least: about 40% of what the generator reached over 1,000 runs. */
const MINIMUM_PER_1000_RUNS: Record<Branch, number> = {
  deviceEnrolled: 170,
  enrolPinWrong: 45,
  enrolPinLock: 28,
  pinBeforeScan: 55,
  cameraApp: 75,
  scanError: 25,
  secondAccountRefused: 28,
  secondAccountLinked: 27,
  passwordLock: 165,
  appCredentialsLock: 16,
  signInWhileLocked: 155,
  rightPasswordWhileLocked: 140,
  signInAfterLockout: 85,
  pinRequestLock: 44,
  pinLockAcrossRequests: 17,
  otpLock: 36,
  codeRefusedOverLimit: 33,
  lockedByPinOrCode: 62,
  lockHeldAcrossPrepare: 144,
  countCarriedAcrossPrepare: 124,
  codeAccepted: 54,
  authenticatorCodeAccepted: 34,
  acceptedCodeResubmitted: 34,
  usedCodeRefused: 13,
  codeResubmittedAfterPrepare: 24,
  expiredCodeSubmitted: 21,
  lateCodeIgnored: 8,
  otherSeedsDiffer: 150,
};

describe('random journeys (fast-check)', () => {
  it(`keep every invariant over ${RUNS} random sequences of person, phone, mail, helpdesk and clock actions`, async () => {
    const coverage = new Coverage();
    await fc.assert(
      fc.asyncProperty(runPlans(40, 120), (plan) => playRun(plan, coverage)),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
    if (process.env.PROPERTY_REPORT) console.info(coverage.table(), 'unvisited:', coverage.unvisited());
    const short = (Object.keys(BRANCHES) as Branch[])
      .map((b) => ({
        branch: BRANCHES[b],
        reached: coverage.runsReaching(b),
        needed: Math.max(1, Math.floor((MINIMUM_PER_1000_RUNS[b] * RUNS) / 1000)),
      }))
      .filter((s) => s.reached < s.needed);
    expect(short).toEqual([]);
  }, 3_600_000);
});
