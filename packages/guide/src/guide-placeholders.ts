import type {
  AppCredentialValues,
  DeviceValues,
  KeyKind,
  NewPasswordValues,
  NewPinValues,
  RegistrationValues,
  ResetRequestValues,
} from '@eulogin-coach/machine';

/**
 * Guide mode never asks for a real password, PIN, code or e-mail address: the person types those on the real EU
 * Login. The coach's forms still need values that pass its rules, so guide mode sends these stand-ins. None of them
 * could be anyone's: the address is on the reserved `.invalid` domain, and the rest is plainly made up.
 */
export const GUIDE_PLACEHOLDERS = {
  email: 'guide@example.invalid',
  firstName: 'Guide',
  lastName: 'Placeholder',
  /** Passes the password rules without containing the names or the address's local part above. */
  password: 'Stand-in-only-42',
  captcha: 'GUIDE1',
  pin: '0000',
  /** An 8-character one-time code, the length the app shows. */
  otp: 'GUIDE000',
  label: 'Guide mode',
  token: 'guide',
  country: 'BE',
} as const;

const P = GUIDE_PLACEHOLDERS;

export const PLACEHOLDER_REGISTRATION: RegistrationValues = {
  firstName: P.firstName,
  lastName: P.lastName,
  email: P.email,
  emailConfirm: P.email,
  emailLanguage: 'en',
  captcha: P.captcha,
  privacy: true,
};
export const PLACEHOLDER_NEW_PASSWORD: NewPasswordValues = { password: P.password, passwordConfirm: P.password };
export const PLACEHOLDER_RESET_REQUEST: ResetRequestValues = { email: P.email, captcha: P.captcha };
export const PLACEHOLDER_DEVICE: DeviceValues = { deviceName: P.label, pin: P.pin, pinConfirm: P.pin };
export const PLACEHOLDER_CREDENTIALS: AppCredentialValues = { email: P.email, password: P.password };
export const PLACEHOLDER_NEW_PIN: NewPinValues = { pin: P.pin, pinConfirm: P.pin };

export function placeholderKey(kind: KeyKind) {
  return { keyName: P.label, kind };
}
