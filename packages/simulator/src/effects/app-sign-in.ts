import type { OtpOutcome, PinApprovalOutcome, PinRequest, QrChallenge, QrReadOutcome } from '@eulogin-coach/machine';
import { OTP_LENGTH, TOTP_LENGTH, normaliseOtp } from '@eulogin-coach/machine/rules';
import { deviceOnPhone, findAccount, requireAccount } from '../accounts.js';
import {
  TOTP_PARAMS,
  TOTP_WINDOW,
  challengeCode,
  challengePayload,
  newNonce,
  parseChallengePayload,
  totpStep,
} from '../app-codes.js';
import { addressKey } from '../email-domains.js';
import type { SimContext } from '../sim-context.js';
import { nextId } from '../sim-context.js';
import type { AccountSecurity } from '../security-ledger.js';
import { isLocked, lock, markUsed, securityOf, wasUsed } from '../security-ledger.js';
import type { ChallengeRecord, DeviceRecord } from '../world-state.js';

/** The PC asks the phone's app to approve a sign-in with the PIN; the request lives `pinRequestTtlMs`. */
export function startPinRequest(ctx: SimContext, input: { readonly email: string }): PinRequest {
  const account = requireAccount(ctx, input.email);
  const id = nextId(ctx, 'pin-request');
  const expiresAt = ctx.clock.now() + ctx.config.pinRequestTtlMs;
  ctx.state.pinRequests[id] = { id, email: addressKey(account.email), expiresAt, state: 'pending' };
  return { requestId: id, expiresAt };
}

/**
 * The person types the PIN in the app. The PIN is that of the account's device on this phone. Wrong PINs count for
 * the account across requests (a new request, a restart or the right password do not reset them; the right PIN
 * does): the one that reaches `maxPinAttempts` refuses the request and locks the address for `lockoutMs`, and a
 * locked address has every request refused. A request is approved once; after that, or after its time, it has
 * expired.
 */
export function approvePinRequest(
  ctx: SimContext,
  input: { readonly requestId: string; readonly pin: string },
): PinApprovalOutcome {
  const request = ctx.state.pinRequests[input.requestId];
  if (!request || request.state === 'approved') return { kind: 'expired' };
  if (request.state === 'refused') return { kind: 'refused' };
  if (ctx.clock.now() >= request.expiresAt) return { kind: 'expired' };
  const security = securityOf(ctx, request.email);
  if (isLocked(security)) return refuse(request);
  const account = findAccount(ctx, request.email);
  const device = account ? deviceOnPhone(ctx, account) : undefined;
  if (device !== undefined && device.pin === input.pin) {
    request.state = 'approved';
    security.pinFailures = 0;
    return { kind: 'ok' };
  }
  security.pinFailures += 1;
  if (security.pinFailures >= ctx.config.maxPinAttempts) {
    lock(ctx, security);
    return refuse(request);
  }
  return { kind: 'wrongPin', attemptsLeft: ctx.config.maxPinAttempts - security.pinFailures };
}

function refuse(request: { state: 'pending' | 'approved' | 'refused' }): PinApprovalOutcome {
  request.state = 'refused';
  return { kind: 'refused' };
}

/** The PC shows a sign-in QR code; it and the code it yields live `qrChallengeTtlMs`. */
export function startQrChallenge(ctx: SimContext, input: { readonly email: string }): QrChallenge {
  const account = requireAccount(ctx, input.email);
  const id = nextId(ctx, 'challenge');
  const nonce = newNonce(ctx.prng);
  const expiresAt = ctx.clock.now() + ctx.config.qrChallengeTtlMs;
  ctx.state.challenges[id] = { id, email: addressKey(account.email), nonce, expiresAt, used: false, wrongCodes: 0 };
  return { challengeId: id, qrPayload: challengePayload(id, nonce), expiresAt };
}

/**
 * The phone's app reads a sign-in QR code, offline: it works out the code from its own device secret and the
 * challenge, without asking EU Login. It cannot tell whether the challenge is still live; the PC can. An app that
 * holds several accounts (`multiAccount`) answers for the account the challenge is for, as the code names it.
 */
export function readQrChallenge(ctx: SimContext, input: { readonly payload: string }): QrReadOutcome {
  const challenge = parseChallengePayload(input.payload);
  const forEmail = challenge ? ctx.state.challenges[challenge.challengeId]?.email : undefined;
  const links = ctx.state.phone.links;
  const link = links.find((l) => l.email === forEmail) ?? links.at(-1);
  const account = link ? findAccount(ctx, link.email) : undefined;
  const device = account?.devices.find((d) => d.id === link?.deviceId);
  if (!device) return { kind: 'notInitialised' };
  if (!challenge) return { kind: 'invalid' };
  return { kind: 'code', otp: challengeCode(device.secret, challenge.nonce) };
}

/**
 * The ledger's name for a 6-digit code of `device` in TOTP time-step `step` (of the phone's own clock), and the moment
 * on the rehearsal's clock it can no longer work.
 */
function totpUse(ctx: SimContext, device: DeviceRecord, step: number): UsedEntry {
  const periodMs = TOTP_PARAMS.period * 1000;
  const left = (step + TOTP_WINDOW + 1) * periodMs - ctx.deviceClock.now();
  return { code: `totp:${device.secret.slice(0, 8)}:${step}`, until: ctx.clock.now() + left };
}

interface UsedEntry {
  readonly code: string;
  readonly until: number;
}

/** The use a right code would make, or null for a wrong one. */
function matchCode(
  ctx: SimContext,
  challenge: ChallengeRecord,
  devices: readonly DeviceRecord[],
  code: string,
): UsedEntry | null {
  if (code.length === OTP_LENGTH) {
    const right = devices.some((d) => challengeCode(d.secret, challenge.nonce) === code);
    return right ? { code: `qr:${code}`, until: challenge.expiresAt } : null;
  }
  if (code.length !== TOTP_LENGTH || !/^[0-9]+$/.test(code)) return null;
  for (const device of devices) {
    const step = totpStep(device.secret, code, ctx.deviceClock.now());
    if (step !== null) return totpUse(ctx, device, step);
  }
  return null;
}

/** A wrong code counts for the challenge and for the account; the limit refuses the challenge and locks the account. */
function wrongCode(ctx: SimContext, challenge: ChallengeRecord, security: AccountSecurity): OtpOutcome {
  challenge.wrongCodes += 1;
  security.otpFailures += 1;
  const limit = ctx.config.maxOtpAttempts;
  if (security.otpFailures >= limit) lock(ctx, security);
  return isLocked(security) || challenge.wrongCodes >= limit ? { kind: 'tooManyAttempts' } : { kind: 'wrong' };
}

/**
 * The code typed on the PC. Accepted: the 8-character code of this challenge from any of the account's devices,
 * or a current 6-digit TOTP of one of the account's device secrets (an authenticator app that read the enrolment
 * QR code); each code once in the whole rehearsal (the ledger remembers it across restarts), and a challenge that
 * signed someone in is used up. Wrong codes are limited: `maxOtpAttempts` for one challenge refuse it for good, and
 * as many in a row for the account (across challenges, restarts and resumes) lock the address for `lockoutMs`.
 */
export function verifyOtp(ctx: SimContext, input: { readonly challengeId: string; readonly otp: string }): OtpOutcome {
  const challenge = ctx.state.challenges[input.challengeId];
  if (!challenge || ctx.clock.now() >= challenge.expiresAt) return { kind: 'expired' };
  const security = securityOf(ctx, challenge.email);
  if (isLocked(security) || challenge.wrongCodes >= ctx.config.maxOtpAttempts) return { kind: 'tooManyAttempts' };
  const devices = findAccount(ctx, challenge.email)?.devices ?? [];
  const use = matchCode(ctx, challenge, devices, normaliseOtp(input.otp));
  if (use === null) return wrongCode(ctx, challenge, security);
  if (challenge.used || wasUsed(security, use.code)) return { kind: 'used' };
  markUsed(security, use.code, use.until);
  challenge.used = true;
  security.otpFailures = 0;
  return { kind: 'ok' };
}
