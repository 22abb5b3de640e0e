import type { CoachEvent, JourneyId, SignInMethod, StepId } from '../src/index.js';
import type { Rehearsal } from './harness.js';

/** How long the happy path waits for a mail that has not arrived yet. */
export const MAIL_WAIT = 2 * 60_000;
const NEW_DEVICE_PIN = '1357';
const NEW_APP_PIN = '9753';

const signInMethod: Record<JourneyId, SignInMethod> = {
  fullSetup: 'appPin',
  forgotPassword: 'appPin',
  forgotPin: 'appPin',
  signInAppPin: 'appPin',
  signInAppQr: 'appQr',
  signInSecurityKey: 'securityKey',
  signInEid: 'password',
  linkEid: 'password',
  noSmartphone: 'securityKey',
  newPhone: 'securityKey',
  lostPhone: 'password',
};

/**
 * What a person on the happy path does at `step` of `journey`: an event, or a wait (for a mail).
 *
 * @throws Error at a step the journey's happy path never stands on.
 */
export function nextAction(r: Rehearsal, journey: JourneyId, step: StepId): CoachEvent | 'waitForMail' {
  const persona = r.world.persona;
  const view = r.view();
  const d = view.data;
  switch (step) {
    case 'signIn.email':
      return journey === 'fullSetup' && !d.account
        ? { type: 'user.createAccount' }
        : journey === 'signInEid'
          ? { type: 'user.signInWithEid' }
          : { type: 'user.submitEmail', email: persona.email };
    case 'signIn.password': {
      if (journey === 'forgotPassword' && d.auth === 'none' && view.progress && view.progress.current < 3) {
        return { type: 'user.lostPassword' };
      }
      const hasKey = (d.account?.keys.length ?? 0) > 0;
      const method = journey === 'noSmartphone' && !hasKey ? 'password' : signInMethod[journey];
      const password = journey === 'forgotPassword' || journey === 'fullSetup' ? 'Quiet-Harbour-42' : persona.password;
      return { type: 'user.submitSignIn', password, method };
    }
    case 'signIn.appPin':
      return {
        type: 'phone.submitPin',
        pin: journey === 'fullSetup' ? NEW_DEVICE_PIN : journey === 'forgotPin' ? NEW_APP_PIN : persona.pin,
      };
    case 'signIn.qrScan':
      return { type: 'phone.scan', payload: d.challenge?.qrPayload ?? '' };
    case 'signIn.qrCode':
      return { type: 'user.submitOtp', otp: d.otp ?? '' };
    case 'signIn.securityKey':
    case 'key.prompt':
      return { type: 'user.touchKey' };
    case 'register.form':
      return {
        type: 'user.submitRegistration',
        values: {
          firstName: persona.firstName,
          lastName: persona.lastName,
          email: persona.email,
          emailConfirm: persona.email,
          emailLanguage: 'pt',
          captcha: d.captcha?.challenge ?? '',
          privacy: true,
        },
      };
    case 'register.mailSent':
    case 'passwordReset.mailSent': {
      const token = r.world.mailbox(persona.email)[0]?.token;
      return token ? { type: 'mail.linkOpened', token } : 'waitForMail';
    }
    case 'password.set':
      return {
        type: 'user.submitNewPassword',
        values: { password: 'Quiet-Harbour-42', passwordConfirm: 'Quiet-Harbour-42' },
      };
    case 'register.done':
    case 'app.enrolled':
    case 'pin.changed':
      return step === 'register.done' ? { type: 'user.continue' } : { type: 'phone.continue' };
    case 'passwordReset.request':
      return { type: 'user.submitResetRequest', values: { email: persona.email, captcha: d.captcha?.challenge ?? '' } };
    case 'account.home':
      return {
        type: 'user.openPage',
        page: journey === 'linkEid' ? 'eids' : journey === 'lostPhone' ? 'panic' : 'devices',
      };
    case 'device.list': {
      const old = d.account?.devices[0];
      return journey === 'newPhone' && old
        ? { type: 'user.deleteDevice', deviceId: old.id }
        : { type: 'user.addDevice' };
    }
    case 'device.deleteConfirm':
    case 'panic.confirm':
      return { type: 'user.confirm' };
    case 'app.install':
      return { type: 'phone.installApp' };
    case 'app.notifications':
      return { type: 'phone.allowNotifications' };
    case 'app.welcome':
      return { type: 'phone.tapInitialise' };
    case 'device.addForm':
      return {
        type: 'user.submitDevice',
        values: { deviceName: 'My new phone', pin: NEW_DEVICE_PIN, pinConfirm: NEW_DEVICE_PIN },
      };
    case 'device.qrShown':
      return { type: 'phone.tapNext' };
    case 'app.cameraPermission':
      return { type: 'phone.allowCamera' };
    case 'app.scanner':
      return { type: 'phone.scan', payload: d.enrolment?.qrPayload ?? '' };
    case 'app.enrolPin':
      return { type: 'phone.submitPin', pin: NEW_DEVICE_PIN };
    case 'device.added':
    case 'key.added':
      return { type: 'user.signOut' };
    case 'pin.settings':
      return { type: 'phone.forgotPin' };
    case 'pin.credentials':
      return { type: 'phone.submitCredentials', values: { email: persona.email, password: persona.password } };
    case 'pin.new':
      return { type: 'phone.submitNewPin', values: { pin: NEW_APP_PIN, pinConfirm: NEW_APP_PIN } };
    case 'eid.manage':
      return { type: 'user.linkEid' };
    case 'eid.country':
      return { type: 'user.chooseCountry', country: journey === 'signInEid' ? 'BE' : 'PT' };
    case 'eid.national':
      return { type: 'user.eidAuthenticate' };
    case 'key.manage':
      return { type: 'user.addKey' };
    case 'key.addForm':
      return { type: 'user.submitKey', values: { keyName: 'My security key 2', kind: 'securityKey' } };
    case 'noSmartphone.options':
      return { type: 'user.chooseAlternative', option: 'securityKey' };
    case 'recovery.options':
      return { type: 'user.chooseRecovery', situation: journey === 'newPhone' ? 'otherFactor' : 'noFactor' };
    case 'panic.done':
      return { type: 'user.addDevice' };
    default:
      throw new Error(`No happy-path action for ${step} in ${journey}`);
  }
}

/** Walk a journey's happy path like a person would; returns the steps visited (deduplicated in a row). */
export async function walkHappyPath(r: Rehearsal, journey: JourneyId, maxSteps = 80): Promise<StepId[]> {
  await r.send({ type: 'coach.chooseJourney', journey });
  const visited: StepId[] = [r.step()];
  for (let i = 0; i < maxSteps && !r.view().progress?.complete; i++) {
    const action = nextAction(r, journey, r.step());
    if (action === 'waitForMail') await r.advance(MAIL_WAIT);
    else await r.send(action);
    if (visited[visited.length - 1] !== r.step()) visited.push(r.step());
  }
  return visited;
}
