import { BUSY, assign, coachSetup, stepState } from '../../coach.setup.js';
import { withIssued } from '../../coach.context.js';
import { validateThen, wrongAttempt } from '../shared/form-states.js';
import { validateEnrolmentPin } from '../../rules/forms.js';
import type { CoachContext } from '../../coach.types.js';

/** The app opens its scanner: once the camera is allowed; until then it asks, or explains it was denied. */
const openScanner = [
  { guard: ({ context }: { context: CoachContext }) => context.phone.camera === 'allowed', target: 'scanner' },
  { guard: ({ context }: { context: CoachContext }) => context.phone.camera === 'denied', target: 'cameraDenied' },
  { target: 'cameraPermission' },
] as const;

/**
 * Initialising the app by QR code: the PC shows the QR; on the phone the app asks for the camera, scans, and
 * asks for the PIN chosen on the PC. A generic camera app only sees meaningless text; an old QR has expired.
 */
export const enrolStates = coachSetup.createStateConfig({
  states: {
    // The enrolment QR code lives a few minutes (`enrolmentQrTtl`): its timer wraps the steps that need it, from the
    // PC showing it to the app reading it. `device.qrShown` is the one StepId of another flow here: the QR code is the
    // device flow's, but its timer cannot be split from the app's steps that use it.
    enrol: {
      initial: 'qrShown',
      after: { enrolmentQrTtl: { target: '#coach.device.qrExpired' } },
      on: {
        'phone.scanWithCameraApp': { target: '.foreignScanner' },
        // Give up on this QR code: back to the device list; nothing was added.
        'user.cancel': { target: '#coach.device.list', actions: { type: 'dropIssued', params: { item: 'enrolment' } } },
      },
      states: {
        qrShown: {
          ...stepState('device.qrShown'),
          on: {
            'phone.tapNext': openScanner,
          },
        },
        cameraPermission: {
          ...stepState('app.cameraPermission'),
          on: {
            'phone.allowCamera': { target: 'scanner', actions: 'allowCamera' },
            'phone.denyCamera': {
              target: 'cameraDenied',
              actions: assign(({ context }) => ({ phone: { ...context.phone, camera: 'denied' as const } })),
            },
          },
        },
        cameraDenied: {
          ...stepState('app.cameraDenied'),
          on: { 'phone.allowCamera': { target: 'scanner', actions: 'allowCamera' } },
        },
        scanner: {
          ...stepState('app.scanner'),
          initial: 'aiming',
          on: { 'phone.scan': { target: '.reading' } },
          states: {
            aiming: {},
            reading: {
              ...BUSY,
              invoke: {
                src: 'scanEnrolmentQr',
                input: ({ context, event }) => ({
                  enrolmentId: context.issued.enrolment?.enrolmentId ?? '',
                  payload: event.type === 'phone.scan' ? event.payload : '',
                }),
                onDone: [
                  { guard: ({ event }) => event.output.kind === 'ok', target: '#coach.app.enrolPin' },
                  { guard: ({ event }) => event.output.kind === 'expired', target: '#coach.device.qrExpired' },
                  { target: '#coach.app.enrol.scanError' },
                ],
                onError: { target: 'aiming', actions: 'setUnavailable' },
              },
            },
          },
        },
        foreignScanner: {
          ...stepState('app.foreignScanner'),
          // Back in the EU Login app: it still asks for the camera if it never had it.
          on: { 'phone.openApp': openScanner },
        },
        scanError: {
          ...stepState('app.scanError'),
          on: { 'phone.tryAgain': { target: 'scanner' } },
        },
      },
    },
    enrolPin: {
      ...stepState('app.enrolPin'),
      initial: 'editing',
      on: {
        'phone.submitPin': {
          target: '.validating',
          actions: assign(({ context, event }) => ({
            forms: { ...context.forms, enrolPin: event.pin },
            errors: validateEnrolmentPin(event.pin),
          })),
        },
      },
      states: {
        editing: {},
        validating: validateThen('confirming'),
        confirming: {
          ...BUSY,
          invoke: {
            src: 'confirmEnrolmentPin',
            input: ({ context }) => ({
              enrolmentId: context.issued.enrolment?.enrolmentId ?? '',
              pin: context.forms.enrolPin,
            }),
            onDone: [
              {
                guard: ({ event }) => event.output.kind === 'ok',
                target: '#coach.app.enrolled',
                actions: assign(({ context, event }) => ({
                  account: event.output.kind === 'ok' ? event.output.account : context.account,
                  phone: { ...context.phone, app: 'initialised' as const },
                  ...withIssued(context, { enrolment: null }),
                  forms: {
                    ...context.forms,
                    device: { ...context.forms.device, pin: '', pinConfirm: '' },
                    enrolPin: '',
                  },
                })),
              },
              {
                guard: ({ event }) => event.output.kind === 'wrongPin',
                target: 'editing',
                actions: assign(({ context, event }) => ({
                  forms: { ...context.forms, enrolPin: '' },
                  errors: wrongAttempt('pin', event.output.kind === 'wrongPin' ? event.output.attemptsLeft : 0),
                })),
              },
              {
                guard: ({ event }) => event.output.kind === 'deviceInUse',
                target: '#coach.app.deviceInUse',
              },
              {
                guard: ({ event }) => event.output.kind === 'refused',
                target: '#coach.device.qrExpired',
                actions: assign({ errors: [{ field: 'pin', rule: 'tooManyAttempts' }] }),
              },
              { target: '#coach.device.qrExpired' },
            ],
            onError: { target: 'editing', actions: 'setUnavailable' },
          },
        },
      },
    },
    deviceInUse: {
      ...stepState('app.deviceInUse'),
      initial: 'explaining',
      on: {
        'user.back': { target: '#coach.device.list', actions: { type: 'dropIssued', params: { item: 'enrolment' } } },
      },
      states: {
        explaining: { on: { 'phone.unlinkOtherAccount': { target: 'unlinking' } } },
        unlinking: {
          ...BUSY,
          invoke: {
            src: 'unlinkOtherAccount',
            onDone: {
              target: '#coach.device.list',
              actions: assign(({ context }) => ({
                notice: 'otherAccountUnlinked' as const,
                ...withIssued(context, { enrolment: null }),
              })),
            },
            onError: { target: 'explaining', actions: 'setUnavailable' },
          },
        },
      },
    },
    enrolled: {
      ...stepState('app.enrolled'),
      on: { 'phone.continue': { target: '#coach.device.added' } },
    },
  },
});
