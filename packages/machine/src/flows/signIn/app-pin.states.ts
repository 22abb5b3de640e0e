import { BUSY, UNAVAILABLE, assign, drop, outputIs, stateConfig, stepState } from '../../coach.setup.js';
import { withIssued } from '../../coach.context.js';
import { validateThen, wrongAttempt } from '../shared/form-states.js';
import { validateEnrolmentPin } from '../../rules/forms.js';

/**
 * App + PIN: the PC waits while the phone gets the request. In the foreground the app opens the PIN screen
 * straight away; in the background a notification comes first; an offline phone, or an app reinstalled since it
 * was linked, never gets it, and the request expires.
 */
export const appPinStates = stateConfig({
  initial: 'starting',
  after: { pinRequestTtl: { target: '#coach.signIn.expired' } },
  on: {
    'user.chooseOtherMethod': { target: '#coach.signIn.password' },
  },
  states: {
    starting: {
      ...BUSY,
      invoke: {
        src: 'startPinRequest',
        input: ({ context }) => ({ email: context.email }),
        onDone: {
          target: 'waiting',
          actions: assign(({ context, event }) => ({
            ...withIssued(context, { pinRequest: event.output }),
            forms: { ...context.forms, approvePin: '' },
          })),
        },
        onError: { target: '#coach.signIn.password', actions: UNAVAILABLE },
      },
    },
    waiting: {
      ...stepState('signIn.pinWait'),
      // The request reaches only an online phone whose app is still linked (not reinstalled or reset).
      always: [
        {
          guard: { type: 'contextHas', params: { phone: { online: true, app: 'initialised', appInForeground: true } } },
          target: 'pinEntry',
        },
        {
          guard: { type: 'contextHas', params: { phone: { online: true, app: 'initialised' } } },
          target: 'notification',
        },
      ],
      on: { 'user.lostPhone': { target: '#coach.recovery.options' } },
    },
    notification: {
      ...stepState('signIn.appNotification'),
      on: { 'phone.openNotification': { target: 'pinEntry' } },
    },
    pinEntry: {
      ...stepState('signIn.appPin'),
      initial: 'editing',
      on: {
        'phone.submitPin': {
          target: '.validating',
          actions: assign(({ context, event }) => ({
            forms: { ...context.forms, approvePin: event.pin },
            errors: validateEnrolmentPin(event.pin),
          })),
        },
        'phone.forgotPin': { target: '#coach.pin.settings' },
        // "Was it you?" "No": the request is refused, and the PC sign-in with it.
        'phone.decline': {
          target: '#coach.signIn.refused',
          actions: drop('pinRequest'),
        },
      },
      states: {
        editing: {},
        validating: validateThen('approving'),
        approving: {
          ...BUSY,
          invoke: {
            src: 'approvePinRequest',
            input: ({ context }) => ({
              requestId: context.issued.pinRequest?.requestId ?? '',
              pin: context.forms.approvePin,
            }),
            onDone: [
              {
                guard: outputIs('ok'),
                target: '#coach.signIn.success',
                actions: assign(({ context }) => ({
                  auth: 'mfa' as const,
                  ...withIssued(context, { pinRequest: null }),
                })),
              },
              {
                guard: outputIs('wrongPin'),
                target: 'editing',
                actions: assign(({ context, event }) => ({
                  forms: { ...context.forms, approvePin: '' },
                  errors: wrongAttempt('pin', event.output.kind === 'wrongPin' ? event.output.attemptsLeft : 0),
                })),
              },
              {
                guard: outputIs('refused'),
                target: '#coach.signIn.refused',
                actions: drop('pinRequest'),
              },
              { target: '#coach.signIn.expired', actions: drop('pinRequest') },
            ],
            onError: { target: 'editing', actions: UNAVAILABLE },
          },
        },
      },
    },
  },
});
