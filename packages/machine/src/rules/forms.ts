import type { CoachConfig } from '../config.js';
import { EID_COUNTRIES, EMAIL_LANGUAGES, isOneOf } from '../registry/choices.js';
import type { FieldError, RuleResult } from './rule-types.js';
import { OK, collectErrors, fail } from './rule-types.js';
import { checkEmail, checkEmailConfirm } from './email.rules.js';
import { checkName } from './name.rules.js';
import { checkPassword, checkPasswordConfirm, checkPasswordPresent } from './password.rules.js';
import type { PersonalData } from './password.rules.js';
import { checkPin, checkPinConfirm } from './pin.rules.js';
import { checkDeviceName, checkKeyName } from './label.rules.js';
import { checkCaptcha, checkOtp } from './code.rules.js';
import type {
  AppCredentialValues,
  DeviceValues,
  KeyValues,
  NewPasswordValues,
  NewPinValues,
  RegistrationValues,
  ResetRequestValues,
} from './form-values.js';

/** Each validator returns every refused field (one error per field), or an empty list. */

export function validateRegistration(v: RegistrationValues): FieldError[] {
  return collectErrors([
    checkName(v.firstName, 'firstName'),
    checkName(v.lastName, 'lastName'),
    checkEmail(v.email),
    checkEmailConfirm(v.email, v.emailConfirm),
    isOneOf(EMAIL_LANGUAGES, v.emailLanguage) ? OK : fail('emailLanguage', 'unsupported'),
    checkCaptcha(v.captcha),
    v.privacy ? OK : fail('privacy', 'mustAccept'),
  ]);
}

export function validateSignInEmail(email: string): FieldError[] {
  return collectErrors([checkEmail(email)]);
}

export function validateSignInPassword(password: string): FieldError[] {
  return collectErrors([checkPasswordPresent(password)]);
}

export function validateNewPassword(v: NewPasswordValues, config: CoachConfig, personal: PersonalData): FieldError[] {
  return collectErrors([
    checkPassword(v.password, config.passwordMinLength, personal),
    checkPasswordConfirm(v.password, v.passwordConfirm),
  ]);
}

export function validateResetRequest(v: ResetRequestValues): FieldError[] {
  return collectErrors([checkEmail(v.email), checkCaptcha(v.captcha)]);
}

export function validateDevice(v: DeviceValues): FieldError[] {
  return collectErrors([checkDeviceName(v.deviceName), checkPin(v.pin), checkPinConfirm(v.pin, v.pinConfirm)]);
}

export function validateEnrolmentPin(pin: string): FieldError[] {
  return collectErrors([checkPin(pin)]);
}

export function validateNewPin(v: NewPinValues): FieldError[] {
  return collectErrors([checkPin(v.pin), checkPinConfirm(v.pin, v.pinConfirm)]);
}

export function validateAppCredentials(v: AppCredentialValues): FieldError[] {
  return collectErrors([checkEmail(v.email), checkPasswordPresent(v.password)]);
}

export function validateKey(v: KeyValues): FieldError[] {
  return collectErrors([checkKeyName(v.keyName)]);
}

export function validateOtp(code: string): FieldError[] {
  return collectErrors([checkOtp(code)]);
}

export function validateCountry(country: string): FieldError[] {
  const result: RuleResult =
    country === ''
      ? fail('country', 'required')
      : isOneOf(EID_COUNTRIES, country)
        ? OK
        : fail('country', 'unsupported');
  return collectErrors([result]);
}
