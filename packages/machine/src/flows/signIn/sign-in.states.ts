import { assign, BUSY, contextHas, OFF, outputIs, showError, stateConfig, UNAVAILABLE } from '../../coach.setup.js';
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
        'user.signInWithEid': [
          OFF,
          { target: '#coach.eid.country', actions: { type: 'setTask', params: { eidPurpose: 'signIn' } } },
        ],
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
      on: {
        'user.createAccount': {
          target: '#coach.register.form',
          actions: assign(({ context }) => ({
            forms: { ...context.forms, register: { ...context.forms.register, email: context.email } },
          })),
        },
        'user.useDifferentEmail': 'email',
      },
    },
    password: {
      initial: 'editing',
      on: {
        'user.submitSignIn': [
          OFF,
          {
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
        ],
        'user.lostPassword': {
          target: '#coach.passwordReset.request',
          actions: { type: 'prefillResetEmail', params: { from: 'account' } },
        },
        'user.useDifferentEmail': {
          target: 'email',
          actions: assign(({ context }) => ({ account: null, forms: { ...context.forms, signInEmail: '' } })),
        },
        'user.signInWithEid': [
          OFF,
          { target: '#coach.eid.country', actions: { type: 'setTask', params: { eidPurpose: 'signIn' } } },
        ],
        'user.lostPhone': '#coach.recovery.options',
      },
      states: {
        editing: {},
        validating: validateThen('checking'),
        routing: {
          always: [
            {
              guard: contextHas({ forms: { signIn: { method: 'appPin' } } }),
              target: '#coach.signIn.appPin',
            },
            {
              guard: contextHas({ forms: { signIn: { method: 'appQr' } } }),
              target: '#coach.signIn.appQr',
            },
            {
              guard: contextHas({ forms: { signIn: { method: 'securityKey' } } }),
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
                actions: showError('method', 'notEnrolled'),
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
      on: {
        'user.tryAgain': 'password',
        'user.lostPassword': {
          target: '#coach.passwordReset.request',
          actions: { type: 'prefillResetEmail', params: { from: 'account' } },
        },
      },
    },
    appPin: appPinStates,
    appQr: appQrStates,
    securityKey: {
      initial: 'prompting',
      on: {
        'user.cancelPrompt': {
          target: 'password',
          actions: showError('method', 'cancelled'),
        },
      },
      states: {
        prompting: {
          on: {
            'user.touchKey': 'asserting',
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
      on: {
        'user.tryAgain': [{ guard: contextHas({ forms: { signIn: { method: 'appQr' } } }), target: 'appQr' }, 'appPin'],
        'user.chooseOtherMethod': 'password',
      },
    },
    refused: {
      on: {
        'user.tryAgain': 'password',
        'phone.forgotPin': '#coach.pin.settings',
      },
    },
    success: {
      always: [
        { guard: contextHas({ afterAuth: 'account' }), target: '#coach.account.home' },
        { guard: contextHas({ afterAuth: 'devices' }), target: '#coach.device.list' },
        { guard: contextHas({ afterAuth: 'eids' }), target: '#coach.eid.manage' },
        { guard: contextHas({ afterAuth: 'keys' }), target: '#coach.key.manage' },
        'done',
      ],
    },
    done: {
      on: {
        'user.continue': { target: '#coach.account.home', actions: assign({ afterAuth: 'account' }) },
        'user.signOut': { target: 'email', actions: 'signOut' },
      },
    },
  },
});
