import { assign, coachSetup, stepState } from '../coach.setup.js';

/**
 * Getting the EU Login app ready on the phone: install it, allow notifications, tap "Initialise". The app
 * refuses to start on a phone without a screen lock. Afterwards the person adds the device on the PC.
 */
export const appSetupStates = coachSetup.createStateConfig({
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
  },
});
