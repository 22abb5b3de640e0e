import type { CoachConfig } from './config.js';
import { resolveConfig } from './config.js';
import type { CoachContext, CoachInput, FormValues, AccountPage } from './coach.types.js';
import type { AccountSummary } from './effects.types.js';
import { DEFAULT_PHONE } from './effects.types.js';
import { EMPTY_REGISTRATION } from './rules/form-values.js';
import type { FieldError } from './rules/rule-types.js';
import type { StepId } from './registry/step-ids.js';
import type { SignInMethod } from './registry/choices.js';
import { resumeTarget } from './registry/steps.registry.js';

export const HISTORY_LIMIT = 30;

export const EMPTY_FORMS: FormValues = {
  signInEmail: '',
  signIn: { password: '', method: 'password' },
  register: EMPTY_REGISTRATION,
  newPassword: { password: '', passwordConfirm: '' },
  resetRequest: { email: '', captcha: '' },
  device: { deviceName: '', pin: '', pinConfirm: '' },
  enrolPin: '',
  approvePin: '',
  otp: '',
  key: { keyName: '', kind: 'securityKey' },
  country: '',
  appCredentials: { email: '', password: '' },
  newPin: { pin: '', pinConfirm: '' },
};

export function initialContext(config: CoachConfig): CoachContext {
  return {
    config,
    journey: null,
    journeyIndex: 0,
    whatIfs: [],
    email: '',
    account: null,
    auth: 'none',
    afterAuth: 'service',
    phone: DEFAULT_PHONE,
    forms: EMPTY_FORMS,
    errors: [],
    notice: null,
    captcha: null,
    link: null,
    linkPurpose: 'register',
    personal: {},
    enrolment: null,
    pinRequest: null,
    challenge: null,
    otp: null,
    lockedUntil: null,
    eidPurpose: 'signIn',
    eidCountry: null,
    keyKind: 'securityKey',
    pendingDeviceId: null,
    history: [],
    target: null,
  };
}

export function contextFromInput(input: CoachInput | undefined): CoachContext {
  return initialContext(resolveConfig(input?.config));
}

export function hasSecondFactor(account: AccountSummary | null): boolean {
  return !!account && account.devices.length + account.keys.length + account.eids.length > 0;
}

/** Adding, changing or removing a factor needs a factor already set up (EU Login's step-up). */
export function needsStepUp(context: CoachContext, page: AccountPage): boolean {
  return page !== 'panic' && context.auth !== 'mfa' && hasSecondFactor(context.account);
}

/** "Password" alone is refused when the service needs two factors or a step-up is under way. */
export function isPasswordOnlyRefused(context: CoachContext): boolean {
  if (context.afterAuth === 'service') return context.config.serviceRequiresMfa;
  if (context.afterAuth === 'account') return false;
  return hasSecondFactor(context.account);
}

/** The verification method to preselect for an account: its app first, then a key, else the password. */
export function preferredMethod(account: AccountSummary | null): SignInMethod {
  if (account?.devices.length) return 'appPin';
  if (account?.keys.length) return 'securityKey';
  return 'password';
}

export function pushHistory(history: readonly StepId[], stepId: StepId): StepId[] {
  if (history[history.length - 1] === stepId) return [...history];
  return [...history, stepId].slice(-HISTORY_LIMIT);
}

/** The step Back returns to: the last visited step before the current one, at its resume target. */
export function previousStep(history: readonly StepId[]): StepId | null {
  for (let i = history.length - 2; i >= 0; i--) {
    const step = history[i];
    if (step === undefined) continue;
    const target = resumeTarget(step);
    if (target !== history[history.length - 1]) return target;
  }
  return null;
}

export const UNAVAILABLE: readonly FieldError[] = [{ field: 'form', rule: 'unavailable' }];
