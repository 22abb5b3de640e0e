import { stateConfig, stepState } from '../../coach.setup.js';
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
      ...stepState('app.install'),
      on: {
        'phone.installApp': {
          target: 'notifications',
          actions: { type: 'setPhone', params: { app: 'installed' } },
        },
        'user.noSmartphone': { target: '#coach.noSmartphone.options' },
      },
    },
    notifications: {
      ...stepState('app.notifications'),
      on: {
        'phone.allowNotifications': {
          target: 'welcome',
          actions: { type: 'setPhone', params: { notifications: 'allowed' } },
        },
        'phone.denyNotifications': {
          target: 'notificationsDenied',
          actions: { type: 'setPhone', params: { notifications: 'denied' } },
        },
      },
    },
    notificationsDenied: {
      ...stepState('app.notificationsDenied'),
      on: {
        'phone.allowNotifications': {
          target: 'welcome',
          actions: { type: 'setPhone', params: { notifications: 'allowed' } },
        },
      },
    },
    welcome: {
      ...stepState('app.welcome'),
      on: {
        'phone.tapInitialise': [
          {
            guard: { type: 'contextHas', params: { phone: { screenLock: true } } },
            target: '#coach.device.addForm',
            actions: { type: 'setPhone', params: { app: 'waitingForQr' } },
          },
          { target: 'noScreenLock' },
        ],
      },
    },
    noScreenLock: {
      ...stepState('app.noScreenLock'),
      on: {
        'phone.setScreenLock': {
          target: 'welcome',
          actions: { type: 'setPhone', params: { screenLock: true } },
        },
      },
    },
    ...enrolStates.states,
  },
});
