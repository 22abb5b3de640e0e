import { expect } from 'vitest';
import type { WorldSnapshot } from '@eulogin-coach/simulator';
import type { CoachConfig } from '../../../src/index.js';
import type { Coverage } from '../coverage.js';
import type { EffectCall } from '../recorded-rehearsal.js';
import { worldBefore } from '../recorded-rehearsal.js';
import type { Check, Observation } from '../observation.js';
import { addressKey, isCall } from '../observation.js';

interface Enrolment {
  /** Address key of the account the device is for. */
  readonly account: string;
  /** The PIN the person chose on the PC. */
  readonly pin: string;
  readonly payload: string;
  readonly expiresAt: number;
  scanned: boolean;
  wrongPins: number;
  over: boolean;
}

function devices(world: WorldSnapshot): Map<string, string> {
  const pins = new Map<string, string>();
  for (const account of Object.values(world.accounts)) for (const d of account.devices) pins.set(d.id, d.pin);
  return pins;
}

/**
 * Enrolment: a device is added only by the PIN the person chose on the PC, typed in the app after it read that
 * enrolment's QR code, in time; `maxPinAttempts` wrong PINs end the enrolment; a phone holds one account unless
 * `multiAccount`. Remembers each enrolment's PIN and QR code, for the generator.
 */
export class EnrolmentCheck implements Check {
  private enrolments = new Map<string, Enrolment>();

  constructor(
    private readonly config: CoachConfig,
    private readonly coverage: Coverage,
  ) {}

  /** The PIN chosen on the PC for an enrolment. */
  pinFor(enrolmentId: string | undefined): string | undefined {
    return enrolmentId === undefined ? undefined : this.enrolments.get(enrolmentId)?.pin;
  }

  /** Every enrolment QR code issued in this world. */
  payloads(): readonly string[] {
    return [...this.enrolments.values()].map((e) => e.payload);
  }

  observe(o: Observation): void {
    const confirmed: string[] = [];
    for (const call of o.calls) {
      if (isCall(call, 'prepare')) this.enrolments = new Map();
      if (isCall(call, 'addDevice') && call.output) {
        expect(o.step.kind === 'event' && o.step.event.type).toBe('user.submitDevice');
        const typed =
          o.step.kind === 'event' && o.step.event.type === 'user.submitDevice' ? o.step.event.values.pin : '';
        expect(call.input.pin).toBe(typed);
        const { enrolmentId, qrPayload, expiresAt } = call.output;
        const account = addressKey(call.input.email);
        this.enrolments.set(enrolmentId, {
          account,
          pin: typed,
          payload: qrPayload,
          expiresAt,
          scanned: false,
          wrongPins: 0,
          over: false,
        });
      }
      if (isCall(call, 'scanEnrolmentQr')) this.scanned(call, o);
      if (isCall(call, 'confirmEnrolmentPin') && this.confirm(call)) confirmed.push(call.input.enrolmentId);
    }
    this.pinBeforeScan(o);
    if (!o.calls.some((c) => c.name === 'prepare')) this.newDevices(o, confirmed);
    // The coach says "enrolled" only when the world added the device.
    if (o.viewAfter.stepId === 'app.enrolled' && o.viewBefore.stepId !== 'app.enrolled')
      expect(confirmed).toHaveLength(1);
    const links = o.worldAfter.phone.links;
    expect(links.length).toBeLessThanOrEqual(this.config.multiAccount ? new Set(links.map((l) => l.email)).size : 1);
    if (o.accepted && o.step.kind === 'event' && o.step.event.type === 'phone.scanWithCameraApp') {
      this.coverage.hit('cameraApp');
      expect(o.viewAfter.stepId).toBe('app.foreignScanner');
    }
  }

  private scanned(call: EffectCall<'scanEnrolmentQr'>, o: Observation): void {
    const enrolment = this.enrolments.get(call.input.enrolmentId);
    if (call.output?.kind === 'invalid') {
      this.coverage.hit('scanError');
      expect(o.viewAfter.stepId).toBe('app.scanError');
    }
    if (call.output?.kind !== 'ok') return;
    expect(enrolment?.payload).toBe(call.input.payload.trim());
    expect(call.at).toBeLessThan(enrolment?.expiresAt ?? -Infinity);
    if (enrolment) enrolment.scanned = true;
  }

  /** Checks one PIN typed in the app against the model; true when it added a device. */
  private confirm(call: EffectCall<'confirmEnrolmentPin'>): boolean {
    const enrolment = this.enrolments.get(call.input.enrolmentId);
    const kind = call.output?.kind;
    const live = !!enrolment && enrolment.scanned && !enrolment.over && call.at < enrolment.expiresAt;
    if (!enrolment || !live) {
      expect(kind).not.toBe('ok');
      return false;
    }
    const others = worldBefore(call).phone.links.filter((l) => l.email !== enrolment.account);
    if (call.input.pin !== enrolment.pin) {
      enrolment.wrongPins += 1;
      this.coverage.hit('enrolPinWrong');
      if (enrolment.wrongPins >= this.config.maxPinAttempts) {
        this.coverage.hit('enrolPinLock');
        enrolment.over = true;
        expect(call.output).toEqual({ kind: 'refused' });
      } else {
        const attemptsLeft = this.config.maxPinAttempts - enrolment.wrongPins;
        expect(call.output).toEqual({ kind: 'wrongPin', attemptsLeft });
      }
      return false;
    }
    if (others.length > 0 && !this.config.multiAccount) {
      this.coverage.hit('secondAccountRefused');
      expect(kind).toBe('deviceInUse');
      return false;
    }
    if (others.length > 0) this.coverage.hit('secondAccountLinked');
    expect(kind).toBe('ok');
    enrolment.over = true;
    return true;
  }

  private pinBeforeScan(o: Observation): void {
    if (o.step.kind !== 'event' || o.step.event.type !== 'phone.submitPin') return;
    const id = o.viewBefore.data.enrolment?.enrolmentId;
    const enrolment = id === undefined ? undefined : this.enrolments.get(id);
    if (enrolment && !enrolment.scanned) {
      this.coverage.hit('pinBeforeScan');
      expect(o.calls.filter((c) => c.name === 'confirmEnrolmentPin')).toEqual([]);
    }
  }

  /** Each new device comes from exactly one confirmed enrolment, with the PIN the person typed in the app. */
  private newDevices(o: Observation, confirmed: readonly string[]): void {
    const before = devices(o.worldBefore);
    const added = [...devices(o.worldAfter)].filter(([id]) => !before.has(id));
    expect(added.length).toBe(confirmed.length);
    for (const [, pin] of added) {
      this.coverage.hit('deviceEnrolled');
      expect(o.step.kind === 'event' && o.step.event.type).toBe('phone.submitPin');
      if (o.step.kind === 'event' && o.step.event.type === 'phone.submitPin') expect(pin).toBe(o.step.event.pin);
      expect(confirmed.map((id) => this.pinFor(id))).toContain(pin);
    }
  }
}
