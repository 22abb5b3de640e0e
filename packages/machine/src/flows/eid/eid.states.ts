import { and, assign, BUSY, contextHas, outputIs, showError, stateConfig, UNAVAILABLE } from '../../coach.setup.js';
import { withTask } from '../../coach.context.js';
import { validateCountry } from '../../rules/forms.js';
import type { EidCountry } from '../../registry/choices.js';

/** Link a national eID (My Account → "Manage my eIDs"), or sign in with one; both pass the national provider. */
export const eidStates = stateConfig({
  initial: 'manage',
  states: {
    manage: {
      on: {
        'user.linkEid': {
          target: 'country',
          actions: { type: 'setTask', params: { eidPurpose: 'link' } },
        },
        'user.back': '#coach.account.home',
      },
    },
    country: {
      initial: 'choosing',
      on: {
        'user.chooseCountry': {
          target: '.validating',
          actions: assign(({ context, event }) => ({
            forms: { ...context.forms, country: event.country },
            errors: validateCountry(event.country),
          })),
        },
        'user.cancel': [
          { guard: contextHas({ task: { eidPurpose: 'link' } }), target: 'manage' },
          '#coach.signIn.email',
        ],
      },
      states: {
        choosing: {},
        validating: {
          always: [
            { guard: 'hasErrors', target: 'choosing' },
            {
              target: '#coach.eid.national',
              actions: assign(({ context }) => withTask(context, { eidCountry: context.forms.country as EidCountry })),
            },
          ],
        },
      },
    },
    national: {
      initial: 'waiting',
      on: {
        'user.eidCancel': {
          target: 'failed',
          actions: showError('country', 'cancelled'),
        },
      },
      states: {
        waiting: { on: { 'user.eidAuthenticate': 'authenticating' } },
        authenticating: {
          ...BUSY,
          invoke: {
            src: 'completeEid',
            input: ({ context }) => ({
              email: context.email,
              country: context.task.eidCountry ?? 'BE',
              purpose: context.task.eidPurpose,
            }),
            onDone: [
              {
                guard: and([outputIs('ok'), contextHas({ task: { eidPurpose: 'link' } })]),
                target: '#coach.eid.linked',
                actions: assign(({ context, event }) => ({
                  account: event.output.kind === 'ok' ? (event.output.account ?? context.account) : context.account,
                })),
              },
              {
                guard: outputIs('ok'),
                target: '#coach.signIn.success',
                // The eID says whose account it is, whatever address was typed before.
                actions: assign(({ context, event }) => {
                  const account = event.output.kind === 'ok' ? (event.output.account ?? context.account) : null;
                  return { auth: 'mfa' as const, account, email: account?.email ?? context.email };
                }),
              },
              {
                guard: outputIs('notLinked'),
                target: '#coach.eid.failed',
                actions: showError('country', 'notLinked'),
              },
              {
                target: '#coach.eid.failed',
                actions: showError('country', 'unavailable'),
              },
            ],
            onError: { target: 'waiting', actions: UNAVAILABLE },
          },
        },
      },
    },
    linked: {
      on: { 'user.continue': '#coach.account.home' },
    },
    failed: {
      on: {
        'user.tryAgain': 'country',
        'user.back': [{ guard: contextHas({ task: { eidPurpose: 'link' } }), target: 'manage' }, '#coach.signIn.email'],
      },
    },
  },
});
