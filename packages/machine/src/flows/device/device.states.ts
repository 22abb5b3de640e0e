import { BUSY, UNAVAILABLE, assign, drop, stateConfig, stepState } from '../../coach.setup.js';
import { withIssued, withTask } from '../../coach.context.js';
import { validateThen } from '../shared/form-states.js';
import { validateDevice } from '../../rules/forms.js';

/** "Manage my mobile devices": the list, adding a device (name and PIN; the app then reads its QR code, see `flows/app`), an expired QR code, deleting one. */
export const deviceStates = stateConfig({
  initial: 'list',
  states: {
    list: {
      ...stepState('device.list'),
      on: {
        'user.addDevice': [
          // The coach gets the app ready first: the QR code on the PC only lives a few minutes.
          { guard: { type: 'contextHas', params: { phone: { app: 'notInstalled' } } }, target: '#coach.app.install' },
          {
            guard: { type: 'contextHas', params: { phone: { app: 'installed', notifications: 'allowed' } } },
            target: '#coach.app.welcome',
          },
          {
            guard: { type: 'contextHas', params: { phone: { app: 'installed', notifications: 'denied' } } },
            target: '#coach.app.notificationsDenied',
          },
          {
            guard: { type: 'contextHas', params: { phone: { app: 'installed' } } },
            target: '#coach.app.notifications',
          },
          { target: 'addForm' },
        ],
        'user.deleteDevice': {
          // Only a device the list shows: an unknown id would fail at the backend with nothing to show for it.
          guard: 'deviceListed',
          target: 'deleteConfirm',
          actions: assign(({ context, event }) => withTask(context, { pendingDeviceId: event.deviceId })),
        },
        'user.noSmartphone': { target: '#coach.noSmartphone.options' },
        'user.back': { target: '#coach.account.home' },
      },
    },
    addForm: {
      ...stepState('device.addForm'),
      initial: 'editing',
      on: {
        'user.submitDevice': {
          target: '.validating',
          actions: assign(({ context, event }) => ({
            forms: { ...context.forms, device: event.values },
            errors: validateDevice(event.values),
          })),
        },
        'user.cancel': { target: 'list' },
      },
      states: {
        editing: {},
        validating: validateThen('submitting'),
        submitting: {
          ...BUSY,
          invoke: {
            src: 'addDevice',
            input: ({ context }) => ({
              email: context.email,
              deviceName: context.forms.device.deviceName.trim(),
              pin: context.forms.device.pin,
            }),
            onDone: {
              target: '#coach.app.enrol',
              actions: assign(({ context, event }) => ({
                ...withIssued(context, { enrolment: event.output }),
                forms: { ...context.forms, enrolPin: '' },
              })),
            },
            onError: { target: 'editing', actions: UNAVAILABLE },
          },
        },
      },
    },
    qrExpired: {
      ...stepState('device.qrExpired'),
      on: {
        'user.tryAgain': {
          target: '#coach.device.addForm',
          actions: drop('enrolment'),
        },
      },
    },
    added: {
      ...stepState('device.added'),
      on: {
        'user.continue': { target: '#coach.account.home' },
        'user.signOut': { target: '#coach.signIn.email', actions: 'signOut' },
      },
    },
    deleteConfirm: {
      ...stepState('device.deleteConfirm'),
      initial: 'asking',
      on: {
        'user.cancel': {
          target: 'list',
          actions: { type: 'setTask', params: { pendingDeviceId: null } },
        },
      },
      states: {
        asking: { on: { 'user.confirm': { target: 'deleting' } } },
        deleting: {
          ...BUSY,
          invoke: {
            src: 'deleteDevice',
            input: ({ context }) => ({ email: context.email, deviceId: context.task.pendingDeviceId ?? '' }),
            onDone: {
              target: '#coach.device.list',
              actions: assign(({ context, event }) => ({
                account: event.output,
                ...withTask(context, { pendingDeviceId: null }),
                notice: 'deviceDeleted' as const,
              })),
            },
            onError: { target: 'asking', actions: UNAVAILABLE },
          },
        },
      },
    },
  },
});
