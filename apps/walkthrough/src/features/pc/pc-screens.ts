import type { StepId } from '@eulogin-coach/react';
import type { ScreenRegistry } from '../screen-types.js';
import { AccountHome, PanicConfirm, PanicDone } from './screens/account.js';
import { DeleteConfirm, DeviceAdded, DeviceAddForm, DeviceList, EnrolmentQr, QrExpired } from './screens/devices.js';
import { EidCountry, EidFailed, EidLinked, EidManage, EidNational } from './screens/eid.js';
import { PcIdle } from './screens/idle.js';
import { KeyPrompt } from './screens/key-prompt.js';
import { KeyAdded, KeyAddForm, KeyFailed, KeyManage } from './screens/keys.js';
import { PasswordSet, ResetDone, ResetRequest } from './screens/password.js';
import { QrSignIn } from './screens/qr-sign-in.js';
import { LinkExpired, MailSent, RegisterDone, RegisterForm } from './screens/register.js';
import {
  Expired,
  Locked,
  PinWait,
  Refused,
  SignInEmail,
  SignInPassword,
  SignedIn,
  UserNotFound,
} from './screens/sign-in.js';

/** What the PC browser shows at each step: the step's own page, or its natural idle page. */
export const PC_SCREENS: ScreenRegistry = {
  'coach.journeys': PcIdle,
  'signIn.email': SignInEmail,
  'signIn.userNotFound': UserNotFound,
  'signIn.password': SignInPassword,
  'signIn.locked': Locked,
  'signIn.pinWait': PinWait,
  'signIn.appNotification': PinWait,
  'signIn.appPin': PinWait,
  'signIn.refused': Refused,
  'signIn.qrScan': QrSignIn,
  'signIn.qrCode': QrSignIn,
  'signIn.securityKey': KeyPrompt,
  'signIn.expired': Expired,
  'signIn.done': SignedIn,
  'register.form': RegisterForm,
  'register.mailSent': MailSent,
  'register.linkExpired': LinkExpired,
  'password.set': PasswordSet,
  'register.done': RegisterDone,
  'passwordReset.request': ResetRequest,
  'passwordReset.mailSent': MailSent,
  'passwordReset.linkExpired': LinkExpired,
  'passwordReset.done': ResetDone,
  'account.home': AccountHome,
  'device.list': DeviceList,
  'device.addForm': DeviceAddForm,
  'device.qrShown': EnrolmentQr,
  'device.qrExpired': QrExpired,
  'device.added': DeviceAdded,
  'device.deleteConfirm': DeleteConfirm,
  'app.install': DeviceList,
  'app.notifications': DeviceList,
  'app.notificationsDenied': DeviceList,
  'app.welcome': DeviceList,
  'app.noScreenLock': DeviceList,
  'app.cameraPermission': EnrolmentQr,
  'app.cameraDenied': EnrolmentQr,
  'app.scanner': EnrolmentQr,
  'app.foreignScanner': EnrolmentQr,
  'app.scanError': EnrolmentQr,
  'app.enrolPin': EnrolmentQr,
  'app.deviceInUse': EnrolmentQr,
  'app.enrolled': EnrolmentQr,
  'pin.settings': PcIdle,
  'pin.credentials': PcIdle,
  'pin.new': PcIdle,
  'pin.changed': PcIdle,
  'eid.manage': EidManage,
  'eid.country': EidCountry,
  'eid.national': EidNational,
  'eid.linked': EidLinked,
  'eid.failed': EidFailed,
  'key.manage': KeyManage,
  'key.addForm': KeyAddForm,
  'key.prompt': KeyPrompt,
  'key.added': KeyAdded,
  'key.failed': KeyFailed,
  'noSmartphone.options': PcIdle,
  'recovery.options': PcIdle,
  'panic.confirm': PanicConfirm,
  'panic.done': PanicDone,
};

/** The address the pretend browser shows for a step's page (not a sentence: a URL). */
export function pcAddress(stepId: StepId, eidPurpose: 'signIn' | 'link'): string {
  const flow = stepId.slice(0, stepId.indexOf('.'));
  if (stepId === 'signIn.done') return 'https://service.simulated/welcome';
  if (stepId === 'eid.national') return 'https://eidas.simulated/national-id';
  // Signing in with an eID happens on the sign-in pages; linking one, in My Account.
  if ((stepId === 'eid.country' || stepId === 'eid.failed') && eidPurpose === 'signIn')
    return 'https://ecas.simulated/cas/login/eid';
  if (flow === 'account' || flow === 'device' || flow === 'app' || flow === 'panic')
    return 'https://ecas.simulated/cas/eim/my-account';
  if (flow === 'eid' || flow === 'key') return `https://ecas.simulated/cas/eim/my-account/${flow}s`;
  if (flow === 'register' || stepId === 'password.set') return 'https://ecas.simulated/cas/eim/external/register';
  if (flow === 'passwordReset') return 'https://ecas.simulated/cas/init/passwordResetRequest';
  return 'https://ecas.simulated/cas/login';
}
