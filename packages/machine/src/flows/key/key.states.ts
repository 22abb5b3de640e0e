import { assign, BUSY, outputIs, showError, stateConfig, UNAVAILABLE } from '../../coach.setup.js';
import { withTask } from '../../coach.context.js';
import { validateThen } from '../shared/form-states.js';
import { validateKey } from '../../rules/forms.js';

/** "Manage my Security Keys and Trusted Platforms": name the key, answer the browser's prompt, done. */
export const keyStates = stateConfig({
  initial: 'manage',
  states: {
    manage: {
      on: {
        'user.addKey': {
          target: 'addForm',
          actions: assign(({ context }) => ({
            forms: { ...context.forms, key: { ...context.forms.key, kind: context.task.keyKind } },
          })),
        },
        'user.back': '#coach.account.home',
      },
    },
    addForm: {
      initial: 'editing',
      on: {
        'user.submitKey': {
          target: '.validating',
          actions: assign(({ context, event }) => ({
            forms: { ...context.forms, key: event.values },
            ...withTask(context, { keyKind: event.values.kind }),
            errors: validateKey(event.values),
          })),
        },
        'user.cancel': 'manage',
      },
      states: {
        editing: {},
        validating: validateThen('#coach.key.prompt'),
      },
    },
    prompt: {
      initial: 'waiting',
      on: {
        'user.cancelPrompt': {
          target: 'failed',
          actions: showError('keyName', 'cancelled'),
        },
      },
      states: {
        waiting: { on: { 'user.touchKey': 'registering' } },
        registering: {
          ...BUSY,
          invoke: {
            src: 'registerSecurityKey',
            input: ({ context, event }) => ({
              email: context.email,
              keyName: context.forms.key.keyName.trim(),
              kind: context.forms.key.kind,
              ...(event.type === 'user.touchKey' && event.credentialId ? { credentialId: event.credentialId } : {}),
            }),
            onDone: [
              {
                guard: outputIs('ok'),
                target: '#coach.key.added',
                actions: assign(({ context, event }) => ({
                  account: event.output.kind === 'ok' ? event.output.account : context.account,
                })),
              },
              {
                target: '#coach.key.failed',
                actions: showError('keyName', 'alreadyRegistered'),
              },
            ],
            onError: { target: 'waiting', actions: UNAVAILABLE },
          },
        },
      },
    },
    added: {
      on: {
        'user.continue': '#coach.account.home',
        'user.signOut': { target: '#coach.signIn.email', actions: 'signOut' },
      },
    },
    failed: {
      on: {
        'user.tryAgain': 'addForm',
        'user.back': 'manage',
      },
    },
  },
});
