import { BUSY, UNAVAILABLE, assign, drop, outputIs, stateConfig, stepState } from '../../coach.setup.js';
import { withIssued } from '../../coach.context.js';
import { validateThen } from '../shared/form-states.js';
import { normaliseOtp } from '../../rules/code.rules.js';

/**
 * App + QR code: the PC shows a challenge QR; the app reads it (no network needed) and shows a one-time code;
 * the person types that code on the PC. A code works once, for this challenge, until it expires.
 */
export const appQrStates = stateConfig({
  initial: 'starting',
  after: { qrChallengeTtl: { target: '#coach.signIn.expired' } },
  on: {
    'user.chooseOtherMethod': { target: '#coach.signIn.password' },
    // The app can read the QR code again while the PC waits for a code (after a code typed without scanning).
    'phone.scan': { target: '.scan.reading' },
  },
  states: {
    starting: {
      ...BUSY,
      invoke: {
        src: 'startQrChallenge',
        input: ({ context }) => ({ email: context.email }),
        onDone: {
          target: 'scan',
          actions: assign(({ context, event }) => ({
            ...withIssued(context, { challenge: event.output, otp: null }),
            forms: { ...context.forms, otp: '' },
          })),
        },
        onError: { target: '#coach.signIn.password', actions: UNAVAILABLE },
      },
    },
    scan: {
      ...stepState('signIn.qrScan'),
      initial: 'aiming',
      on: {
        // Typing a code without scanning: a real authenticator app's code, or a code from an earlier sign-in.
        'user.submitOtp': { target: '#coach.signIn.appQr.code.validating', actions: 'rememberOtp' },
      },
      states: {
        aiming: {},
        reading: {
          ...BUSY,
          invoke: {
            src: 'readQrChallenge',
            input: ({ event }) => ({ payload: event.type === 'phone.scan' ? event.payload : '' }),
            onDone: [
              {
                guard: outputIs('code'),
                target: '#coach.signIn.appQr.code',
                actions: assign(({ context, event }) =>
                  withIssued(context, { otp: event.output.kind === 'code' ? event.output.otp : null }),
                ),
              },
              {
                guard: outputIs('notInitialised'),
                target: 'aiming',
                actions: { type: 'setError', params: { field: 'form', rule: 'notEnrolled' } },
              },
              { target: 'aiming', actions: { type: 'setError', params: { field: 'form', rule: 'invalidCharacters' } } },
            ],
            onError: { target: 'aiming', actions: UNAVAILABLE },
          },
        },
      },
    },
    code: {
      ...stepState('signIn.qrCode'),
      initial: 'editing',
      on: {
        'user.submitOtp': { target: '.validating', actions: 'rememberOtp' },
      },
      states: {
        editing: {},
        validating: validateThen('verifying'),
        verifying: {
          ...BUSY,
          invoke: {
            src: 'verifyOtp',
            input: ({ context }) => ({
              challengeId: context.issued.challenge?.challengeId ?? '',
              otp: normaliseOtp(context.forms.otp),
            }),
            onDone: [
              {
                guard: outputIs('ok'),
                target: '#coach.signIn.success',
                actions: assign(({ context }) => ({
                  auth: 'mfa' as const,
                  ...withIssued(context, { challenge: null, otp: null }),
                })),
              },
              {
                guard: outputIs('expired'),
                target: '#coach.signIn.expired',
                actions: drop('challenge'),
              },
              {
                target: 'editing',
                // 'wrong', 'used' or 'tooManyAttempts': the outcome names the rule.
                actions: assign(({ event }) => ({
                  errors: [{ field: 'otp' as const, rule: event.output.kind === 'ok' ? 'wrong' : event.output.kind }],
                })),
              },
            ],
            onError: { target: 'editing', actions: UNAVAILABLE },
          },
        },
      },
    },
  },
});
