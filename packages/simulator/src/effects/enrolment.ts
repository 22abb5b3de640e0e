import type { EnrolPinOutcome, Enrolment, ScanOutcome } from '@eulogin-coach/machine';
import { checkDeviceName, checkPin } from '@eulogin-coach/machine/rules';
import { findAccount, keepPhoneLinks, requireAccount, summarise } from '../accounts.js';
import { enrolmentPayload, enrolmentUri, newSecret } from '../app-codes.js';
import { addressKey } from '../email-domains.js';
import type { SimContext } from '../sim-context.js';
import { nextId } from '../sim-context.js';
import { SimulatorError } from '../simulator-error.js';
import type { EnrolmentRecord } from '../world-state.js';

/**
 * "Add a mobile device" on the PC: a fresh device secret and its enrolment QR code, live for `enrolmentQrTtlMs`:
 * as EU Login shows it (only the EU Login app reads it), and as a standard otpauth:// URI for a person who chose to
 * practise with their own authenticator app. The PIN chosen here is the one the app must be given.
 */
export function addDevice(
  ctx: SimContext,
  input: { readonly email: string; readonly deviceName: string; readonly pin: string },
): Enrolment {
  const account = requireAccount(ctx, input.email);
  for (const rule of [checkDeviceName(input.deviceName), checkPin(input.pin)]) {
    if (!rule.ok) throw new SimulatorError('invalidInput', { field: rule.field, rule: rule.rule });
  }
  const id = nextId(ctx, 'enrolment');
  const secret = newSecret(ctx.prng);
  const record: EnrolmentRecord = {
    id,
    email: addressKey(account.email),
    deviceName: input.deviceName.trim(),
    pin: input.pin,
    secret,
    payload: enrolmentPayload(id, secret),
    authenticatorUri: enrolmentUri(account.email, secret),
    expiresAt: ctx.clock.now() + ctx.config.enrolmentQrTtlMs,
    wrongPins: 0,
    scanned: false,
    state: 'live',
  };
  ctx.state.enrolments[id] = record;
  return {
    enrolmentId: id,
    qrPayload: record.payload,
    authenticatorUri: record.authenticatorUri,
    expiresAt: record.expiresAt,
  };
}

function expired(ctx: SimContext, enrolment: EnrolmentRecord): boolean {
  return ctx.clock.now() >= enrolment.expiresAt;
}

/**
 * The app reads an enrolment QR code: only the live code of this enrolment is accepted, in either form (EU Login's
 * or the otpauth:// URI). Another enrolment's code that ran out reads as expired; anything else (a web address, a
 * sign-in code) is invalid.
 */
export function scanEnrolmentQr(
  ctx: SimContext,
  input: { readonly enrolmentId: string; readonly payload: string },
): ScanOutcome {
  const enrolment = ctx.state.enrolments[input.enrolmentId];
  const payload = input.payload.trim();
  const shows = (e: EnrolmentRecord) => e.payload === payload || e.authenticatorUri === payload;
  if (!enrolment || !shows(enrolment)) {
    const other = Object.values(ctx.state.enrolments).find(shows);
    return other && expired(ctx, other) ? { kind: 'expired' } : { kind: 'invalid' };
  }
  if (expired(ctx, enrolment)) return { kind: 'expired' };
  if (enrolment.state !== 'live') return { kind: 'invalid' };
  enrolment.scanned = true;
  return { kind: 'ok' };
}

/**
 * The PIN typed in the app must be the one chosen on the PC; `maxPinAttempts` wrong ones end the enrolment. The
 * app asks for it only after reading this enrolment's QR code: before that there is nothing to confirm, so the
 * PIN is refused as `expired` (the coach then offers a new QR code) and no attempt is counted. With one account
 * per app (`multiAccount` false), an app holding another account must unlink it first. Success adds the device to
 * the account and links this phone's app to it.
 */
export function confirmEnrolmentPin(
  ctx: SimContext,
  input: { readonly enrolmentId: string; readonly pin: string },
): EnrolPinOutcome {
  const enrolment = ctx.state.enrolments[input.enrolmentId];
  if (!enrolment || enrolment.state === 'done' || expired(ctx, enrolment)) return { kind: 'expired' };
  if (enrolment.state === 'refused') return { kind: 'refused' };
  if (!enrolment.scanned) return { kind: 'expired' };
  if (input.pin !== enrolment.pin) {
    enrolment.wrongPins += 1;
    if (enrolment.wrongPins >= ctx.config.maxPinAttempts) {
      enrolment.state = 'refused';
      return { kind: 'refused' };
    }
    return { kind: 'wrongPin', attemptsLeft: ctx.config.maxPinAttempts - enrolment.wrongPins };
  }
  const phone = ctx.state.phone;
  if (!ctx.config.multiAccount && phone.links.some((l) => l.email !== enrolment.email)) return { kind: 'deviceInUse' };
  const account = findAccount(ctx, enrolment.email);
  if (!account) return { kind: 'expired' };
  const deviceId = nextId(ctx, 'device');
  account.devices.push({
    id: deviceId,
    name: enrolment.deviceName,
    pin: enrolment.pin,
    secret: enrolment.secret,
    addedAt: ctx.clock.now(),
  });
  enrolment.state = 'done';
  phone.links = [...phone.links.filter((l) => l.email !== enrolment.email), { email: enrolment.email, deviceId }];
  phone.facts = { ...phone.facts, app: 'initialised' };
  return { kind: 'ok', account: summarise(account) };
}

/**
 * The app removes the account it holds so this phone can be linked to the one being enrolled (the newest live
 * enrolment's account keeps its link, if it has one).
 */
export function unlinkOtherAccount(ctx: SimContext): void {
  const live = Object.values(ctx.state.enrolments).filter((e) => e.state === 'live' && !expired(ctx, e));
  const current = live.at(-1)?.email;
  keepPhoneLinks(ctx, (l) => l.email === current);
}
