import type { OtpOutcome, PinApprovalOutcome, PinRequest, QrChallenge, QrReadOutcome } from '@eulogin-coach/machine';
import { OTP_LENGTH, TOTP_LENGTH, normaliseOtp } from '@eulogin-coach/machine';
import { deviceOnPhone, findAccount, requireAccount } from '../accounts.js';
import { challengeCode, challengePayload, newNonce, parseChallengePayload, totpStep } from '../app-codes.js';
import { addressKey } from '../email-domains.js';
import type { SimContext } from '../sim-context.js';
import { nextId } from '../sim-context.js';

/** The PC asks the phone's app to approve a sign-in with the PIN; the request lives `pinRequestTtlMs`. */
export function startPinRequest(ctx: SimContext, input: { readonly email: string }): PinRequest {
  const account = requireAccount(ctx, input.email);
  const id = nextId(ctx, 'pin-request');
  const expiresAt = ctx.clock.now() + ctx.config.pinRequestTtlMs;
  ctx.state.pinRequests[id] = { id, email: addressKey(account.email), expiresAt, wrongPins: 0, state: 'pending' };
  return { requestId: id, expiresAt };
}

/**
 * The person types the PIN in the app. The PIN is that of the account's device on this phone; `maxPinAttempts`
 * wrong ones refuse the request for good. A request is approved once; after that, or after its time, it has
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
  const account = findAccount(ctx, request.email);
  const device = account ? deviceOnPhone(ctx, account) : undefined;
  if (device !== undefined && device.pin === input.pin) {
    request.state = 'approved';
    return { kind: 'ok' };
  }
  request.wrongPins += 1;
  if (request.wrongPins >= ctx.config.maxPinAttempts) {
    request.state = 'refused';
    return { kind: 'refused' };
  }
  return { kind: 'wrongPin', attemptsLeft: ctx.config.maxPinAttempts - request.wrongPins };
}

/** The PC shows a sign-in QR code; it and the code it yields live `qrChallengeTtlMs`. */
export function startQrChallenge(ctx: SimContext, input: { readonly email: string }): QrChallenge {
  const account = requireAccount(ctx, input.email);
  const id = nextId(ctx, 'challenge');
  const nonce = newNonce(ctx.prng);
  const expiresAt = ctx.clock.now() + ctx.config.qrChallengeTtlMs;
  ctx.state.challenges[id] = { id, email: addressKey(account.email), nonce, expiresAt, used: false };
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
 * The code typed on the PC. Accepted: the 8-character code of this challenge from any of the account's devices,
 * once; or a current 6-digit TOTP of one of the account's device secrets (an authenticator app that read the
 * enrolment QR code), once per time-step. A challenge that signed someone in is used up.
 */
export function verifyOtp(ctx: SimContext, input: { readonly challengeId: string; readonly otp: string }): OtpOutcome {
  const challenge = ctx.state.challenges[input.challengeId];
  const now = ctx.clock.now();
  if (!challenge || now >= challenge.expiresAt) return { kind: 'expired' };
  const devices = findAccount(ctx, challenge.email)?.devices ?? [];
  const code = normaliseOtp(input.otp);

  if (code.length === OTP_LENGTH) {
    if (!devices.some((d) => challengeCode(d.secret, challenge.nonce) === code)) return { kind: 'wrong' };
    if (challenge.used) return { kind: 'used' };
    challenge.used = true;
    return { kind: 'ok' };
  }

  if (code.length === TOTP_LENGTH && /^[0-9]+$/.test(code)) {
    for (const device of devices) {
      const step = totpStep(device.secret, code, now);
      if (step === null) continue;
      const used = `${device.id}:${step}`;
      if (challenge.used || ctx.state.usedTotpSteps.includes(used)) return { kind: 'used' };
      ctx.state.usedTotpSteps.push(used);
      challenge.used = true;
      return { kind: 'ok' };
    }
  }
  return { kind: 'wrong' };
}
