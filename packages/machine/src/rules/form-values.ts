import type { KeyKind, SignInMethod } from '../registry/choices.js';

export interface RegistrationValues {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly emailConfirm: string;
  readonly emailLanguage: string;
  readonly captcha: string;
  readonly privacy: boolean;
}

export interface NewPasswordValues {
  readonly password: string;
  readonly passwordConfirm: string;
}

export interface SignInValues {
  readonly password: string;
  readonly method: SignInMethod;
}

export interface DeviceValues {
  readonly deviceName: string;
  readonly pin: string;
  readonly pinConfirm: string;
}

export interface ResetRequestValues {
  readonly email: string;
  readonly captcha: string;
}

export interface KeyValues {
  readonly keyName: string;
  readonly kind: KeyKind;
}

export interface AppCredentialValues {
  readonly email: string;
  readonly password: string;
}

export interface NewPinValues {
  readonly pin: string;
  readonly pinConfirm: string;
}

export const EMPTY_REGISTRATION: RegistrationValues = {
  firstName: '',
  lastName: '',
  email: '',
  emailConfirm: '',
  emailLanguage: 'en',
  captcha: '',
  privacy: false,
};
