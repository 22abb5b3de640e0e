import { BUSY, UNAVAILABLE, assign, outputIs, stateConfig, stepState } from '../../coach.setup.js';
import { validateThen, wrongAttempt } from '../shared/form-states.js';
import { validateAppCredentials, validateNewPin } from '../../rules/forms.js';

/** Forgot or change the app PIN, in the app: settings → "Forgot PIN code" → EU Login credentials → new PIN twice. */
export const pinStates = stateConfig({
  initial: 'settings',
  states: {
    settings: {
      ...stepState('pin.settings'),
      on: {
        'phone.forgotPin': {
          target: 'credentials',
          actions: assign(({ context }) => ({
            forms: { ...context.forms, appCredentials: { email: context.email, password: '' } },
          })),
        },
      },
    },
    credentials: {
      ...stepState('pin.credentials'),
      initial: 'editing',
      on: {
        'phone.submitCredentials': {
          target: '.validating',
          actions: assign(({ context, event }) => ({
            forms: { ...context.forms, appCredentials: event.values },
            errors: validateAppCredentials(event.values),
          })),
        },
        'user.cancel': { target: 'settings' },
      },
      states: {
        editing: {},
        validating: validateThen('checking'),
        checking: {
          ...BUSY,
          invoke: {
            src: 'verifyAppCredentials',
            input: ({ context }) => ({
              email: context.forms.appCredentials.email.trim(),
              password: context.forms.appCredentials.password,
            }),
            onDone: [
              { guard: outputIs('ok'), target: '#coach.pin.new' },
              {
                guard: outputIs('locked'),
                target: 'editing',
                actions: assign(({ event }) => ({
                  errors: [
                    {
                      field: 'password' as const,
                      rule: 'tooManyAttempts' as const,
                      params: { until: event.output.kind === 'locked' ? event.output.until : 0 },
                    },
                  ],
                })),
              },
              {
                target: 'editing',
                actions: assign(({ event }) => ({
                  errors: wrongAttempt(
                    'password',
                    event.output.kind === 'wrongPassword' ? event.output.attemptsLeft : 0,
                  ),
                })),
              },
            ],
            onError: { target: 'editing', actions: UNAVAILABLE },
          },
        },
      },
    },
    new: {
      ...stepState('pin.new'),
      initial: 'editing',
      on: {
        'phone.submitNewPin': {
          target: '.validating',
          actions: assign(({ context, event }) => ({
            forms: { ...context.forms, newPin: event.values },
            errors: validateNewPin(event.values),
          })),
        },
      },
      states: {
        editing: {},
        validating: validateThen('saving'),
        saving: {
          ...BUSY,
          invoke: {
            src: 'resetAppPin',
            input: ({ context }) => ({
              email: context.forms.appCredentials.email.trim(),
              pin: context.forms.newPin.pin,
            }),
            onDone: {
              target: '#coach.pin.changed',
              actions: assign(({ context }) => ({
                forms: {
                  ...context.forms,
                  newPin: { pin: '', pinConfirm: '' },
                  appCredentials: { ...context.forms.appCredentials, password: '' },
                },
              })),
            },
            onError: { target: 'editing', actions: UNAVAILABLE },
          },
        },
      },
    },
    changed: {
      ...stepState('pin.changed'),
      on: { 'phone.continue': { target: '#coach.signIn.email', actions: 'signOut' } },
    },
  },
});
