// Request bodies are untrusted: each effect's body is checked field by field (type, size, allowed values) before
// the simulated world sees it, and a refusal names the field and the rule. Nothing here throws.
import type { EffectName } from '@eulogin-coach/machine';
import {
  EID_COUNTRIES,
  FACTS,
  JOURNEY_IDS,
  SIGN_IN_METHODS,
  STEP_IDS,
  WHAT_IF_IDS,
  isOneOf,
} from '@eulogin-coach/machine/registry';

/** The largest request body the server reads, in bytes. */
export const MAX_BODY_BYTES = 8 * 1024;
/** The longest string a field may hold (names, addresses, tokens and QR payloads are far shorter). */
export const MAX_STRING_LENGTH = 500;

export type BodyRule = 'notAnObject' | 'missing' | 'notAString' | 'tooLong' | 'notAllowed' | 'notAList' | 'tooMany';
export interface BodyError {
  readonly field: string;
  readonly rule: BodyRule;
}
export type BodyCheck =
  { readonly ok: true; readonly value: object } | { readonly ok: false; readonly error: BodyError };

type FieldSpec =
  | { readonly kind: 'string'; readonly optional?: boolean; readonly nullable?: boolean }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'oneOf'; readonly values: readonly string[] }
  | { readonly kind: 'listOf'; readonly values: readonly string[] };
type BodySpec = Readonly<Record<string, FieldSpec>>;

const text: FieldSpec = { kind: 'string' };
const optionalText: FieldSpec = { kind: 'string', optional: true };
const oneOf = (values: readonly string[]): FieldSpec => ({ kind: 'oneOf', values });
const purposes = ['register', 'reset'] as const;

/** The body each effect takes: the same shape as its input in `CoachEffects`. */
export const BODY_SPECS: Readonly<Record<EffectName, BodySpec>> = {
  prepare: {
    journey: oneOf(JOURNEY_IDS),
    stepId: oneOf(STEP_IDS),
    facts: { kind: 'listOf', values: FACTS },
    whatIfs: { kind: 'listOf', values: WHAT_IF_IDS },
    email: { kind: 'string', nullable: true },
  },
  lookupAccount: { email: text },
  issueCaptcha: {},
  registerAccount: {
    firstName: text,
    lastName: text,
    email: text,
    emailConfirm: text,
    emailLanguage: text,
    captcha: text,
    privacy: { kind: 'boolean' },
    captchaId: text,
  },
  resendMail: { email: text, purpose: oneOf(purposes) },
  openLink: { token: text },
  setPassword: { token: text, password: text },
  requestPasswordReset: { email: text, captcha: text, captchaId: text },
  signIn: { email: text, password: text, method: oneOf(SIGN_IN_METHODS) },
  startPinRequest: { email: text },
  approvePinRequest: { requestId: text, pin: text },
  startQrChallenge: { email: text },
  readQrChallenge: { payload: text },
  verifyOtp: { challengeId: text, otp: text },
  assertSecurityKey: { email: text, credentialId: optionalText },
  addDevice: { email: text, deviceName: text, pin: text },
  scanEnrolmentQr: { enrolmentId: text, payload: text },
  confirmEnrolmentPin: { enrolmentId: text, pin: text },
  unlinkOtherAccount: {},
  deleteDevice: { email: text, deviceId: text },
  verifyAppCredentials: { email: text, password: text },
  resetAppPin: { email: text, pin: text },
  completeEid: { email: text, country: oneOf(EID_COUNTRIES), purpose: oneOf(['signIn', 'link']) },
  registerSecurityKey: {
    email: text,
    keyName: text,
    kind: oneOf(['securityKey', 'trustedPlatform']),
    credentialId: optionalText,
  },
  panic: { email: text },
};

function checkField(field: string, spec: FieldSpec, value: unknown): BodyError | null {
  if (value === undefined) {
    return spec.kind === 'string' && spec.optional ? null : { field, rule: 'missing' };
  }
  switch (spec.kind) {
    case 'string':
      if (value === null && spec.nullable) return null;
      if (typeof value !== 'string') return { field, rule: 'notAString' };
      return value.length > MAX_STRING_LENGTH ? { field, rule: 'tooLong' } : null;
    case 'boolean':
      return typeof value === 'boolean' ? null : { field, rule: 'notAllowed' };
    case 'oneOf':
      return isOneOf(spec.values, value) ? null : { field, rule: 'notAllowed' };
    case 'listOf':
      if (!Array.isArray(value)) return { field, rule: 'notAList' };
      if (value.length > spec.values.length) return { field, rule: 'tooMany' };
      return value.every((item) => isOneOf(spec.values, item)) ? null : { field, rule: 'notAllowed' };
  }
}

/**
 * Checks an effect's parsed JSON body against its spec. Only the fields of the spec are passed on: anything else
 * in the body is dropped.
 */
export function validateBody(effect: EffectName, body: unknown): BodyCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, error: { field: 'body', rule: 'notAnObject' } };
  }
  const input = body as Record<string, unknown>;
  const value: Record<string, unknown> = {};
  for (const [field, spec] of Object.entries(BODY_SPECS[effect])) {
    const error = checkField(field, spec, input[field]);
    if (error) return { ok: false, error };
    if (input[field] !== undefined) value[field] = input[field];
  }
  return { ok: true, value };
}
