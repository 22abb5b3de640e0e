import type { RuleResult } from './rule-types.js';
import { OK, fail } from './rule-types.js';

/** ASSUMED: the EU Login app's QR sign-in code has 8 letters or digits, shown as two groups of four. */
export const OTP_LENGTH = 8;
/** A real authenticator app that read the practice enrolment QR shows a standard 6-digit TOTP code. */
export const TOTP_LENGTH = 6;

/** The one-time code without the spaces or hyphen a person may type between its groups, upper-cased. */
export function normaliseOtp(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

export function checkOtp(value: string): RuleResult {
  const code = normaliseOtp(value);
  if (code === '') return fail('otp', 'required');
  if (!/^[A-Z0-9]*$/.test(code)) return fail('otp', 'invalidCharacters');
  if (code.length === OTP_LENGTH || (code.length === TOTP_LENGTH && /^[0-9]+$/.test(code))) return OK;
  return fail('otp', 'wrongLength', { length: OTP_LENGTH });
}

export function checkCaptcha(value: string): RuleResult {
  const text = value.trim();
  if (text === '') return fail('captcha', 'required');
  return /^[A-Za-z0-9]{4,8}$/.test(text) ? OK : fail('captcha', 'format');
}
