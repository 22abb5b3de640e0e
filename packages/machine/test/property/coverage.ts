import { STEP_IDS } from '../../src/registry/index.js';
import type { StepId } from '../../src/index.js';

/**
 * How often the random runs reached each invariant's interesting branch. The property only proves something if
 * they do, so the test asserts a minimum for each (scaled with the number of runs) after the runs.
 */
export const BRANCHES = {
  /** A device was added by confirming the enrolment PIN in the app. */
  deviceEnrolled: 'a device enrolled with the PIN chosen on the PC',
  enrolPinWrong: 'a wrong PIN typed in the app during an enrolment',
  enrolPinLock: 'an enrolment refused after the configured number of wrong PINs',
  pinBeforeScan: 'the enrolment PIN typed before the app read the QR code',
  cameraApp: 'the enrolment QR code scanned with the camera app',
  scanError: 'the app shown something that is not the enrolment QR code',
  secondAccountRefused: 'a second account refused on a phone that holds one',
  secondAccountLinked: 'a second account added to a phone (multiAccount)',
  passwordLock: 'sign-in locked by the wrong password that reaches the limit',
  appCredentialsLock: 'sign-in locked by wrong passwords typed in the app',
  signInWhileLocked: 'a password checked while the address is locked',
  rightPasswordWhileLocked: 'the right password refused while the address is locked',
  signInAfterLockout: 'the right password accepted once a lockout is over',
  pinRequestLock: 'a sign-in request refused after the configured number of wrong PINs',
  pinLockAcrossRequests: 'sign-in locked by wrong PINs typed over more than one sign-in request',
  otpLock: 'sign-in locked by the wrong one-time code that reaches the limit',
  codeRefusedOverLimit: 'a one-time code refused because its QR code or the account is over the limit',
  lockedByPinOrCode: 'a password, PIN or code refused by a lockout that wrong PINs or codes caused',
  lockHeldAcrossPrepare: 'a lockout still refusing after a restart, resume or helpdesk jump',
  countCarriedAcrossPrepare: 'a wrong try counted on top of wrong tries from before a restart, resume or jump',
  codeAccepted: 'a one-time code from the app accepted',
  authenticatorCodeAccepted: 'a 6-digit authenticator code accepted',
  acceptedCodeResubmitted: 'a code that was accepted before submitted again',
  usedCodeRefused: 'a code refused as used',
  codeResubmittedAfterPrepare: 'a code accepted before a restart, resume or jump submitted again after it',
  expiredCodeSubmitted: 'a code submitted after its challenge expired',
  lateCodeIgnored: 'a code typed after the challenge expired, with the coach no longer asking for it',
  otherSeedsDiffer: 'a second world with another seed, given the same calls, compared for shared secrets',
} as const;

export type Branch = keyof typeof BRANCHES;

export class Coverage {
  private readonly hits = new Map<Branch, number>();
  private readonly runs = new Map<Branch, number>();
  private readonly thisRun = new Set<Branch>();
  private readonly steps = new Set<StepId>();

  hit(branch: Branch): void {
    this.hits.set(branch, (this.hits.get(branch) ?? 0) + 1);
    this.thisRun.add(branch);
  }

  visit(stepId: StepId): void {
    this.steps.add(stepId);
  }

  /** A run is over: each branch it reached counts once more in `runsReaching`. */
  endRun(): void {
    for (const branch of this.thisRun) this.runs.set(branch, (this.runs.get(branch) ?? 0) + 1);
    this.thisRun.clear();
  }

  /** How many runs reached `branch`: steadier than hits, which come in clumps. */
  runsReaching(branch: Branch): number {
    return this.runs.get(branch) ?? 0;
  }

  /** The StepIds no run stood on. */
  unvisited(): readonly StepId[] {
    return STEP_IDS.filter((id) => !this.steps.has(id));
  }

  /** Per branch: runs that reached it / hits. */
  table(): Record<Branch, string> {
    const row = (b: Branch) => `${this.runsReaching(b)} runs / ${this.hits.get(b) ?? 0} hits`;
    return Object.fromEntries((Object.keys(BRANCHES) as Branch[]).map((b) => [b, row(b)])) as Record<Branch, string>;
  }
}
