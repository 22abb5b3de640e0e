import { expect } from 'vitest';
import { OTP_LENGTH, normaliseOtp } from '../../../src/rules/index.js';
import type { Coverage } from '../coverage.js';
import type { EffectCall } from '../recorded-rehearsal.js';
import type { Check, Observation } from '../observation.js';
import { isCall } from '../observation.js';
import { sameCodeWindow } from '../../authenticator-app.js';

/**
 * One-time codes: a code is accepted at most once in the whole rehearsal, across restarts, resumes and jumps (a
 * 6-digit authenticator code at most once in the time-steps it is valid for), never after the challenge it came
 * from expired, and nobody gets signed in by a code the coach did not have checked. Remembers the codes the person
 * has seen, for the generator's attacks.
 */
export class CodesCheck implements Check {
  /** Challenge (world number and id, as ids start again in each world) → when it expires. */
  private challenges = new Map<string, number>();
  /** QR payload → challenge. */
  private payloads = new Map<string, string>();
  /** Code the app showed → the challenge it read. */
  private origins = new Map<string, string>();
  /** Code → when it was accepted, and in which world: kept for the whole rehearsal. */
  private accepted = new Map<string, { readonly at: number; readonly world: number }>();
  /** Worlds prepared so far. */
  private world = 0;

  constructor(private readonly coverage: Coverage) {}

  /** Codes accepted so far in this rehearsal. */
  acceptedCodes(): readonly string[] {
    return [...this.accepted.keys()];
  }

  /** Codes the app showed for challenges that have expired by `now`. */
  staleCodes(now: number): readonly string[] {
    return [...this.origins].filter(([, id]) => now >= (this.challenges.get(id) ?? Infinity)).map(([code]) => code);
  }

  observe(o: Observation): void {
    for (const call of o.calls) {
      if (isCall(call, 'prepare')) this.world += 1;
      if (isCall(call, 'startQrChallenge') && call.output) {
        this.challenges.set(this.id(call.output.challengeId), call.output.expiresAt);
        this.payloads.set(call.output.qrPayload, this.id(call.output.challengeId));
      }
      if (isCall(call, 'readQrChallenge') && call.output?.kind === 'code') {
        const origin = this.payloads.get(call.input.payload);
        if (origin) this.origins.set(normaliseOtp(call.output.otp), origin);
      }
      if (isCall(call, 'verifyOtp')) this.verified(call, o);
    }
    if (
      o.step.kind === 'event' &&
      o.step.event.type === 'user.submitOtp' &&
      !o.calls.some((c) => c.name === 'verifyOtp')
    ) {
      expect(o.viewAfter.data.auth).toBe(o.viewBefore.data.auth);
      if (this.staleCodes(o.worldBefore.now).includes(normaliseOtp(o.step.event.otp))) {
        this.coverage.hit('lateCodeIgnored');
      }
    }
  }

  private verified(call: EffectCall<'verifyOtp'>, o: Observation): void {
    const code = normaliseOtp(call.input.otp);
    const ok = call.output?.kind === 'ok';
    const before = this.accepted.get(code);
    if (before !== undefined && (code.length === OTP_LENGTH || sameCodeWindow(before.at, call.at))) {
      this.coverage.hit('acceptedCodeResubmitted');
      if (before.world !== this.world) this.coverage.hit('codeResubmittedAfterPrepare');
      expect(ok).toBe(false);
    }
    const origin = this.origins.get(code);
    if (origin !== undefined && call.at >= (this.challenges.get(origin) ?? Infinity)) {
      this.coverage.hit('expiredCodeSubmitted');
      expect(ok).toBe(false);
    }
    if (call.output?.kind === 'used') this.coverage.hit('usedCodeRefused');
    if (!ok) return;
    const expiresAt = this.challenges.get(this.id(call.input.challengeId));
    expect(expiresAt).toBeDefined();
    expect(call.at).toBeLessThan(expiresAt ?? -Infinity);
    expect(o.viewAfter.data.auth).toBe('mfa');
    this.accepted.set(code, { at: call.at, world: this.world });
    this.coverage.hit(code.length === OTP_LENGTH ? 'codeAccepted' : 'authenticatorCodeAccepted');
  }

  /** A challenge id in the current world. */
  private id(challengeId: string): string {
    return `${this.world}:${challengeId}`;
  }
}
