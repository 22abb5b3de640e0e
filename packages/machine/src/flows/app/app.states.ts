import { assign, coachSetup, stepState } from '../../coach.setup.js';
import { enrolStates } from './enrol.states.js';

/**
 * The EU Login app on the phone. Getting it ready: install it, allow notifications, tap "Initialise" (the app
 * refuses to start on a phone without a screen lock); the person then adds the device on the PC, and the app
 * reads its QR code and takes its PIN (`enrolStates`).
 */
export const appStates = coachSetup.createStateConfig({
  initial: 'install',
  states: {
    install: {
      ...stepState('app.install'),
      on: {
        'phone.installApp': {
          target: 'notifications',
          actions: assign(({ context }) => ({ phone: { ...context.phone, app: 'installed' as const } })),
        },
        'user.noSmartphone': { target: '#coach.noSmartphone.options' },
      },
    },
    notifications: {
      ...stepState('app.notifications'),
      on: {
        'phone.allowNotifications': {
          target: 'welcome',
          actions: assign(({ context }) => ({ phone: { ...context.phone, notifications: 'allowed' as const } })),
        },
        'phone.denyNotifications': {
          target: 'notificationsDenied',
          actions: assign(({ context }) => ({ phone: { ...context.phone, notifications: 'denied' as const } })),
        },
      },
    },
    notificationsDenied: {
      ...stepState('app.notificationsDenied'),
      on: {
        'phone.allowNotifications': {
          target: 'welcome',
          actions: assign(({ context }) => ({ phone: { ...context.phone, notifications: 'allowed' as const } })),
        },
      },
    },
    welcome: {
      ...stepState('app.welcome'),
      on: {
        'phone.tapInitialise': [
          {
            guard: ({ context }) => context.phone.screenLock,
            target: '#coach.device.addForm',
            actions: assign(({ context }) => ({ phone: { ...context.phone, app: 'waitingForQr' as const } })),
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
          actions: assign(({ context }) => ({ phone: { ...context.phone, screenLock: true } })),
        },
      },
    },
    ...enrolStates.states,
  },
});
