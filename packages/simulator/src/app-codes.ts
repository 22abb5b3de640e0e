import { HOTP, Secret, TOTP } from 'otpauth';
import { OTP_LENGTH, TOTP_LENGTH } from '@eulogin-coach/machine/rules';
import type { Prng } from './prng.js';

/** Capital letters and digits 2–9 without I and O: 32 characters nobody misreads. */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** The issuer an authenticator app shows for the practice enrolment QR code. */
export const PRACTICE_ISSUER = 'EU Login (practice)';

/** Standard TOTP parameters, so a real authenticator app can read the enrolment QR code. */
export const TOTP_PARAMS = { algorithm: 'SHA1', digits: TOTP_LENGTH, period: 30 } as const;

/** Time-steps either side of now that a TOTP code may come from, for a phone clock slightly off. */
export const TOTP_WINDOW = 1;

const SECRET_BYTES = 20;
const NONCE_LENGTH = 10;
const CHALLENGE_PREFIX = 'eulogin-challenge:v1:';
const ENROLMENT_PREFIX = 'eulogin-enrol:v1:';
/** The nonce whose code stands for the device secret in an enrolment QR code, without giving the secret away. */
const ENROLMENT_NONCE = CODE_ALPHABET.charAt(0).repeat(NONCE_LENGTH);
const CHALLENGE = /^eulogin-challenge:v1:([A-Za-z0-9-]+):([A-HJ-NP-Z2-9]{10})$/;

/** A device secret drawn from the seeded generator: 20 bytes, 32 base32 characters. */
export function newSecret(prng: Prng): string {
  return new Secret({ buffer: prng.bytes(SECRET_BYTES).buffer }).base32;
}

export function newNonce(prng: Prng): string {
  return prng.string(CODE_ALPHABET, NONCE_LENGTH);
}

/** The sign-in QR code's content: the challenge id, and the nonce the app turns into a code. */
export function challengePayload(challengeId: string, nonce: string): string {
  return `${CHALLENGE_PREFIX}${challengeId}:${nonce}`;
}

export function parseChallengePayload(
  payload: string,
): { readonly challengeId: string; readonly nonce: string } | null {
  const match = CHALLENGE.exec(payload.trim());
  return match?.[1] && match[2] ? { challengeId: match[1], nonce: match[2] } : null;
}

function nonceCounter(nonce: string): number {
  let n = 0;
  for (const c of nonce) n = n * CODE_ALPHABET.length + CODE_ALPHABET.indexOf(c);
  return n;
}

/**
 * The 8-character code the app shows after reading a sign-in QR code: a challenge–response from the device
 * secret and the challenge's nonce, computed offline. Two HOTP values (counters 2n and 2n+1) give 20 bits each,
 * 4 characters each.
 */
export function challengeCode(secret: string, nonce: string): string {
  const key = Secret.fromBase32(secret);
  const counter = nonceCounter(nonce) * 2;
  let code = '';
  for (const c of [counter, counter + 1]) {
    let value = Number(HOTP.generate({ secret: key, algorithm: TOTP_PARAMS.algorithm, digits: 10, counter: c }));
    for (let i = 0; i < OTP_LENGTH / 2; i++) {
      code += CODE_ALPHABET.charAt(value % CODE_ALPHABET.length);
      value = Math.floor(value / CODE_ALPHABET.length);
    }
  }
  return code;
}

/**
 * The enrolment QR code's content as EU Login shows it: meaningful to the EU Login app alone (a camera app or
 * another authenticator app reads only a line of text), so it carries the enrolment id and a check code derived
 * from the device secret, not the secret.
 */
export function enrolmentPayload(enrolmentId: string, secret: string): string {
  return `${ENROLMENT_PREFIX}${enrolmentId}:${challengeCode(secret, ENROLMENT_NONCE)}`;
}

/** The enrolment QR code for practising with one's own authenticator app: a standard `otpauth://totp/...` URI for `email` with `secret`. */
export function enrolmentUri(email: string, secret: string): string {
  return new TOTP({
    issuer: PRACTICE_ISSUER,
    label: email,
    secret: Secret.fromBase32(secret),
    ...TOTP_PARAMS,
  }).toString();
}

/** The TOTP time-step `token` belongs to at `now` for `secret`, or null when it is not a current code. */
export function totpStep(secret: string, token: string, now: number): number | null {
  const delta = TOTP.validate({
    token,
    secret: Secret.fromBase32(secret),
    ...TOTP_PARAMS,
    timestamp: now,
    window: TOTP_WINDOW,
  });
  return delta === null ? null : TOTP.counter({ period: TOTP_PARAMS.period, timestamp: now }) + delta;
}
