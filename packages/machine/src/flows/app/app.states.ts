import { contextHas, setPhone, stateConfig } from '../../coach.setup.js';
import { enrolStates } from './enrol.states.js';

/**
 * The EU Login app on the phone. Getting it ready: install it, allow notifications, tap "Initialise" (the app
 * refuses to start on a phone without a screen lock); the person then adds the device on the PC, and the app
 * reads its QR code and takes its PIN (`enrolStates`).
 */
export const appStates = stateConfig({
  initial: 'install',
  states: {
    install: {
      on: {
        'phone.installApp': {
          target: 'notifications',
          actions: setPhone({ app: 'installed' }),
        },
        'user.noSmartphone': '#coach.noSmartphone.options',
      },
    },
    notifications: {
      on: {
        'phone.allowNotifications': {
          target: 'welcome',
          actions: setPhone({ notifications: 'allowed' }),
        },
        'phone.denyNotifications': {
          target: 'notificationsDenied',
          actions: setPhone({ notifications: 'denied' }),
        },
      },
    },
    notificationsDenied: {
      on: {
        'phone.allowNotifications': {
          target: 'welcome',
          actions: setPhone({ notifications: 'allowed' }),
        },
      },
    },
    welcome: {
      on: {
        'phone.tapInitialise': [
          {
            guard: contextHas({ phone: { screenLock: true } }),
            target: '#coach.device.addForm',
            actions: setPhone({ app: 'waitingForQr' }),
          },
          'noScreenLock',
        ],
      },
    },
    noScreenLock: {
      on: {
        'phone.setScreenLock': {
          target: 'welcome',
          actions: setPhone({ screenLock: true }),
        },
      },
    },
    ...enrolStates.states,
  },
});
