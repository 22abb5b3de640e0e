import { expect } from 'vitest';
import type { CoachConfig } from '../../../src/index.js';
import type { Coverage } from '../coverage.js';
import type { EffectCall } from '../recorded-rehearsal.js';
import { worldBefore } from '../recorded-rehearsal.js';
import type { Check, Observation } from '../observation.js';
import { isCall, pinOnPhone } from '../observation.js';

interface Request {
  readonly account: string;
  readonly expiresAt: number;
  wrongPins: number;
  over: boolean;
}

/**
 * Sign-in by app PIN: a request is approved only by the PIN of the account's device on this phone, once, in time;
 * `maxPinAttempts` wrong PINs refuse it for good.
 */
export class PinRequestsCheck implements Check {
  private requests = new Map<string, Request>();

  constructor(
    private readonly config: CoachConfig,
    private readonly coverage: Coverage,
  ) {}

  observe(o: Observation): void {
    for (const call of o.calls) {
      if (isCall(call, 'prepare')) this.requests = new Map();
      if (isCall(call, 'startPinRequest') && call.output) {
        const { requestId, expiresAt } = call.output;
        this.requests.set(requestId, { account: call.input.email, expiresAt, wrongPins: 0, over: false });
      }
      if (isCall(call, 'approvePinRequest')) this.approve(call);
    }
  }

  private approve(call: EffectCall<'approvePinRequest'>): void {
    const request = this.requests.get(call.input.requestId);
    const live = !!request && !request.over && call.at < request.expiresAt;
    if (!request || !live) {
      expect(call.output?.kind).not.toBe('ok');
      return;
    }
    if (call.input.pin === pinOnPhone(worldBefore(call), request.account)) {
      expect(call.output).toEqual({ kind: 'ok' });
      request.over = true;
      return;
    }
    request.wrongPins += 1;
    if (request.wrongPins >= this.config.maxPinAttempts) {
      this.coverage.hit('pinRequestLock');
      request.over = true;
      expect(call.output).toEqual({ kind: 'refused' });
    } else {
      expect(call.output).toEqual({ kind: 'wrongPin', attemptsLeft: this.config.maxPinAttempts - request.wrongPins });
    }
  }
}
