import type { FieldError } from '@eulogin-coach/machine';

/**
 * Why an effect was rejected. The coach shows `form.unavailable` for any rejection; the code is for developers
 * and tests (a call the coach should never make, like adding a device to an account that does not exist).
 */
export type SimulatorErrorCode =
  'invalidPersona' | 'unknownAccount' | 'unknownDevice' | 'noDeviceOnPhone' | 'invalidInput';

export class SimulatorError extends Error {
  readonly code: SimulatorErrorCode;
  readonly fieldError: FieldError | undefined;

  constructor(code: SimulatorErrorCode, fieldError?: FieldError) {
    super(fieldError ? `${code}: ${fieldError.field}.${fieldError.rule}` : code);
    this.name = 'SimulatorError';
    this.code = code;
    this.fieldError = fieldError;
  }
}
