import { BUSY, UNAVAILABLE, assign, drop, outputIs, stateConfig, stepState } from '../../coach.setup.js';
import { withIssued } from '../../coach.context.js';
import { validateThen, wrongAttempt } from '../shared/form-states.js';
import { validateEnrolmentPin } from '../../rules/forms.js';

/** The app opens its scanner: once the camera is allowed; until then it asks, or explains it was denied. */
const openScanner = [
  { guard: { type: 'contextHas', params: { phone: { camera: 'allowed' } } } as const, target: 'scanner' },
  { guard: { type: 'contextHas', params: { phone: { camera: 'denied' } } } as const, target: 'cameraDenied' },
  { target: 'cameraPermission' },
] as const;

/**
 * Initialising the app by QR code: the PC shows the QR; on the phone the app asks for the camera, scans, and
 * asks for the PIN chosen on the PC. A generic camera app only sees meaningless text; an old QR has expired.
 */
export const enrolStates = stateConfig({
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
        'user.cancel': { target: '#coach.device.list', actions: drop('enrolment') },
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
            'phone.allowCamera': { target: 'scanner', actions: { type: 'setPhone', params: { camera: 'allowed' } } },
            'phone.denyCamera': {
              target: 'cameraDenied',
              actions: { type: 'setPhone', params: { camera: 'denied' } },
            },
          },
        },
        cameraDenied: {
          ...stepState('app.cameraDenied'),
          on: {
            'phone.allowCamera': { target: 'scanner', actions: { type: 'setPhone', params: { camera: 'allowed' } } },
          },
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
                  { guard: outputIs('ok'), target: '#coach.app.enrolPin' },
                  { guard: outputIs('expired'), target: '#coach.device.qrExpired' },
                  { target: '#coach.app.enrol.scanError' },
                ],
                onError: { target: 'aiming', actions: UNAVAILABLE },
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
                guard: outputIs('ok'),
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
                guard: outputIs('wrongPin'),
                target: 'editing',
                actions: assign(({ context, event }) => ({
                  forms: { ...context.forms, enrolPin: '' },
                  errors: wrongAttempt('pin', event.output.kind === 'wrongPin' ? event.output.attemptsLeft : 0),
                })),
              },
              {
                guard: outputIs('deviceInUse'),
                target: '#coach.app.deviceInUse',
              },
              {
                guard: outputIs('refused'),
                target: '#coach.device.qrExpired',
                actions: { type: 'setError', params: { field: 'pin', rule: 'tooManyAttempts' } },
              },
              { target: '#coach.device.qrExpired' },
            ],
            onError: { target: 'editing', actions: UNAVAILABLE },
          },
        },
      },
    },
    deviceInUse: {
      ...stepState('app.deviceInUse'),
      initial: 'explaining',
      on: {
        'user.back': { target: '#coach.device.list', actions: drop('enrolment') },
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
            onError: { target: 'explaining', actions: UNAVAILABLE },
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
