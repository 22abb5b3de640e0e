import type { StepId } from '@eulogin-coach/react';
import type { ScreenRegistry } from '../screen-types.js';
import {
  CAS,
  MOBILE_PAGE,
  PASSWORD_PAGE,
  REGISTER_PAGE,
  RESET_REQUEST_PAGE,
  SIGN_IN_PAGE,
} from '../eu-login-addresses.js';
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

/**
 * The address the pretend browser shows for a step's page (not a sentence: a URL). It follows the page: the mail's
 * link opens the password page, the device pages are the mobile page the app names, and so on.
 */
export function pcAddress(stepId: StepId, eidPurpose: 'signIn' | 'link'): string {
  const flow = stepId.slice(0, stepId.indexOf('.'));
  if (stepId === 'signIn.done') return 'https://service.simulated/welcome';
  if (stepId === 'eid.national') return 'https://eidas.simulated/national-id';
  // Signing in with an eID happens on the sign-in pages; linking one, in My Account.
  if ((stepId === 'eid.country' || stepId === 'eid.failed') && eidPurpose === 'signIn') return `${CAS}/login/eid`;
  if (flow === 'device' || flow === 'app') return MOBILE_PAGE;
  if (flow === 'account' || flow === 'panic') return `${CAS}/eim/external/myaccount.cgi`;
  if (flow === 'eid' || flow === 'key') return `${CAS}/eim/external/my${flow}s.cgi`;
  if (stepId === 'register.form' || stepId === 'register.mailSent') return REGISTER_PAGE;
  if (
    flow === 'register' ||
    flow === 'password' ||
    stepId === 'passwordReset.linkExpired' ||
    stepId === 'passwordReset.done'
  )
    return PASSWORD_PAGE;
  if (flow === 'passwordReset') return RESET_REQUEST_PAGE;
  return SIGN_IN_PAGE;
}
