import { BUSY, UNAVAILABLE, assign, outputIs, stateConfig, stepState } from '../../coach.setup.js';
import { validateThen, wrongAttempt } from '../shared/form-states.js';
import { isPasswordOnlyRefused } from '../../coach.context.js';
import { validateSignInEmail, validateSignInPassword } from '../../rules/forms.js';
import { appPinStates } from './app-pin.states.js';
import { appQrStates } from './app-qr.states.js';

/** Sign-in: e-mail first, then password and the chosen verification method; every second factor; the way out. */
export const signInStates = stateConfig({
  initial: 'email',
  states: {
    email: {
      ...stepState('signIn.email'),
      initial: 'editing',
      on: {
        'user.submitEmail': {
          target: '.validating',
          actions: assign(({ context, event }) => ({
            forms: { ...context.forms, signInEmail: event.email },
            errors: validateSignInEmail(event.email),
          })),
        },
        'user.createAccount': {
          target: '#coach.register.form',
          actions: assign(({ context }) => ({
            forms: {
              ...context.forms,
              register: { ...context.forms.register, email: context.forms.register.email || context.forms.signInEmail },
            },
          })),
        },
        'user.signInWithEid': {
          target: '#coach.eid.country',
          actions: { type: 'setTask', params: { eidPurpose: 'signIn' } },
        },
      },
      states: {
        editing: {},
        validating: validateThen('checking'),
        checking: {
          ...BUSY,
          invoke: {
            src: 'lookupAccount',
            input: ({ context }) => ({ email: context.forms.signInEmail.trim() }),
            onDone: [
              {
                guard: outputIs('known'),
                target: '#coach.signIn.password',
                actions: assign(({ context, event }) => ({
                  email: context.forms.signInEmail.trim(),
                  account: event.output.kind === 'known' ? event.output.account : null,
                })),
              },
              {
                target: '#coach.signIn.userNotFound',
                actions: assign(({ context }) => ({ email: context.forms.signInEmail.trim(), account: null })),
              },
            ],
            onError: { target: 'editing', actions: UNAVAILABLE },
          },
        },
      },
    },
    userNotFound: {
      ...stepState('signIn.userNotFound'),
      on: {
        'user.createAccount': {
          target: '#coach.register.form',
          actions: assign(({ context }) => ({
            forms: { ...context.forms, register: { ...context.forms.register, email: context.email } },
          })),
        },
        'user.useDifferentEmail': { target: 'email' },
      },
    },
    password: {
      ...stepState('signIn.password'),
      initial: 'editing',
      on: {
        'user.submitSignIn': {
          target: '.validating',
          actions: assign(({ context, event }) => {
            const values = { password: event.password, method: event.method };
            const errors = validateSignInPassword(event.password);
            const refused = event.method === 'password' && isPasswordOnlyRefused(context);
            // The account's own option is the reason when it is on, whatever the website accepts.
            const rule = context.account?.alwaysMfa ? ('accountRequiresMfa' as const) : ('mfaRequired' as const);
            return {
              forms: { ...context.forms, signIn: values },
              errors: refused ? [...errors, { field: 'method' as const, rule }] : errors,
            };
          }),
        },
        'user.lostPassword': {
          target: '#coach.passwordReset.request',
          actions: { type: 'prefillResetEmail', params: { from: 'account' } },
        },
        'user.useDifferentEmail': {
          target: 'email',
          actions: assign(({ context }) => ({ account: null, forms: { ...context.forms, signInEmail: '' } })),
        },
        'user.signInWithEid': {
          target: '#coach.eid.country',
          actions: { type: 'setTask', params: { eidPurpose: 'signIn' } },
        },
        'user.lostPhone': { target: '#coach.recovery.options' },
      },
      states: {
        editing: {},
        validating: validateThen('checking'),
        routing: {
          always: [
            {
              guard: { type: 'contextHas', params: { forms: { signIn: { method: 'appPin' } } } },
              target: '#coach.signIn.appPin',
            },
            {
              guard: { type: 'contextHas', params: { forms: { signIn: { method: 'appQr' } } } },
              target: '#coach.signIn.appQr',
            },
            {
              guard: { type: 'contextHas', params: { forms: { signIn: { method: 'securityKey' } } } },
              target: '#coach.signIn.securityKey',
            },
            { target: '#coach.signIn.success', actions: assign({ auth: 'password' }) },
          ],
        },
        checking: {
          ...BUSY,
          invoke: {
            src: 'signIn',
            input: ({ context }) => ({
              email: context.email,
              password: context.forms.signIn.password,
              method: context.forms.signIn.method,
            }),
            onDone: [
              {
                guard: outputIs('wrongPassword'),
                target: 'editing',
                actions: assign(({ event }) => ({
                  errors: wrongAttempt(
                    'password',
                    event.output.kind === 'wrongPassword' ? event.output.attemptsLeft : 0,
                  ),
                })),
              },
              {
                guard: outputIs('locked'),
                target: '#coach.signIn.locked',
                actions: assign(({ event }) => ({
                  lockedUntil: event.output.kind === 'locked' ? event.output.until : null,
                })),
              },
              {
                guard: outputIs('methodUnavailable'),
                target: 'editing',
                actions: { type: 'setError', params: { field: 'method', rule: 'notEnrolled' } },
              },
              {
                target: 'routing',
                actions: assign(({ event }) => ({ account: event.output.kind === 'ok' ? event.output.account : null })),
              },
            ],
            onError: { target: 'editing', actions: UNAVAILABLE },
          },
        },
      },
    },
    locked: {
      ...stepState('signIn.locked'),
      on: {
        'user.tryAgain': { target: 'password' },
        'user.lostPassword': {
          target: '#coach.passwordReset.request',
          actions: { type: 'prefillResetEmail', params: { from: 'account' } },
        },
      },
    },
    appPin: appPinStates,
    appQr: appQrStates,
    securityKey: {
      ...stepState('signIn.securityKey'),
      initial: 'prompting',
      on: {
        'user.cancelPrompt': {
          target: 'password',
          actions: { type: 'setError', params: { field: 'method', rule: 'cancelled' } },
        },
      },
      states: {
        prompting: {
          on: {
            'user.touchKey': { target: 'asserting' },
          },
        },
        asserting: {
          ...BUSY,
          invoke: {
            src: 'assertSecurityKey',
            input: ({ context, event }) => ({
              email: context.email,
              ...(event.type === 'user.touchKey' && event.credentialId ? { credentialId: event.credentialId } : {}),
            }),
            onDone: [
              {
                guard: outputIs('ok'),
                target: '#coach.signIn.success',
                actions: assign({ auth: 'mfa' }),
              },
              {
                target: '#coach.signIn.password',
                actions: assign(({ event }) => ({
                  errors: [
                    {
                      field: 'method' as const,
                      rule: event.output.kind === 'cancelled' ? ('cancelled' as const) : ('notEnrolled' as const),
                    },
                  ],
                })),
              },
            ],
            onError: { target: 'prompting', actions: UNAVAILABLE },
          },
        },
      },
    },
    expired: {
      ...stepState('signIn.expired'),
      on: {
        'user.tryAgain': [
          { guard: { type: 'contextHas', params: { forms: { signIn: { method: 'appQr' } } } }, target: 'appQr' },
          { target: 'appPin' },
        ],
        'user.chooseOtherMethod': { target: 'password' },
      },
    },
    refused: {
      ...stepState('signIn.refused'),
      on: {
        'user.tryAgain': { target: 'password' },
        'phone.forgotPin': { target: '#coach.pin.settings' },
      },
    },
    success: {
      always: [
        { guard: { type: 'contextHas', params: { afterAuth: 'account' } }, target: '#coach.account.home' },
        { guard: { type: 'contextHas', params: { afterAuth: 'devices' } }, target: '#coach.device.list' },
        { guard: { type: 'contextHas', params: { afterAuth: 'eids' } }, target: '#coach.eid.manage' },
        { guard: { type: 'contextHas', params: { afterAuth: 'keys' } }, target: '#coach.key.manage' },
        { target: 'done' },
      ],
    },
    done: {
      ...stepState('signIn.done'),
      on: {
        'user.continue': { target: '#coach.account.home', actions: assign({ afterAuth: 'account' }) },
        'user.signOut': { target: 'email', actions: 'signOut' },
      },
    },
  },
});
