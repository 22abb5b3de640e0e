import type { Feature } from './registry/features.js';
import type { CoachConfig } from './config.js';
import { resolveConfig } from './config.js';
import type { AccountPage, CoachContext, CoachInput, FormValues, Issued, Navigation, Task } from './coach.types.js';
import type { AccountSummary } from './effects.types.js';
import { DEFAULT_PHONE } from './effects.types.js';
import { EMPTY_REGISTRATION } from './rules/form-values.js';
import type { FieldError } from './rules/rule-types.js';
import type { StepId } from './registry/step-ids.js';
import { SIGN_IN_METHODS } from './registry/choices.js';
import type { SignInMethod } from './registry/choices.js';
import { resumeTarget } from './registry/steps.registry.js';

export const HISTORY_LIMIT = 30;

export const NO_ERRORS: readonly FieldError[] = [];

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

export const NO_NAVIGATION: Navigation = {
  journey: null,
  journeyIndex: 0,
  whatIfs: [],
  detour: null,
  history: [],
  target: null,
};

export const NOTHING_ISSUED: Issued = {
  captcha: null,
  link: null,
  enrolment: null,
  pinRequest: null,
  challenge: null,
  otp: null,
};

export const NO_TASK: Task = {
  linkPurpose: 'register',
  eidPurpose: 'signIn',
  eidCountry: null,
  keyKind: 'securityKey',
  pendingDeviceId: null,
};

export function initialContext(config: CoachConfig): CoachContext {
  return {
    config,
    nav: NO_NAVIGATION,
    email: '',
    account: null,
    auth: 'none',
    afterAuth: 'service',
    lockedUntil: null,
    personal: {},
    phone: DEFAULT_PHONE,
    forms: EMPTY_FORMS,
    errors: NO_ERRORS,
    notice: null,
    issued: NOTHING_ISSUED,
    task: NO_TASK,
  };
}

/** A context update changing some of what was issued. */
export function withIssued(context: CoachContext, change: Partial<Issued>): Pick<CoachContext, 'issued'> {
  return { issued: { ...context.issued, ...change } };
}

/** A context update changing some of what the task is about. */
export function withTask(context: CoachContext, change: Partial<Task>): Pick<CoachContext, 'task'> {
  return { task: { ...context.task, ...change } };
}

/** A context update changing some of the navigation. */
export function withNav(context: CoachContext, change: Partial<Navigation>): Pick<CoachContext, 'nav'> {
  return { nav: { ...context.nav, ...change } };
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

/**
 * "Password" alone is refused when the account always requires a second factor, the service needs two factors, or
 * a step-up is under way.
 */
export function isPasswordOnlyRefused(context: CoachContext): boolean {
  if (context.account?.alwaysMfa) return true;
  if (context.afterAuth === 'service') return context.config.serviceRequiresMfa;
  if (context.afterAuth === 'account') return false;
  return hasSecondFactor(context.account);
}

/**
 * The methods the sign-in page lists now: without "Password" when it would be refused — the account always requires
 * a second factor, the website needs two factors, or a step-up is under way (EU Login leaves it out of the list) —
 * and without those the config switches off.
 */
export function methodsFor(context: CoachContext): readonly SignInMethod[] {
  const refused = isPasswordOnlyRefused(context);
  return SIGN_IN_METHODS.filter(
    (m) => !(m === 'password' && refused) && context.config.features[m as Feature] !== false,
  );
}

/**
 * The verification method to preselect: the account's app first (by QR code on the journey that practises it), then
 * its key, else the first one listed.
 */
export function preferredMethod(context: CoachContext): SignInMethod {
  const methods = methodsFor(context);
  if (context.account?.devices.length && methods.includes('appPin'))
    return context.nav.journey === 'signInAppQr' ? 'appQr' : 'appPin';
  if (context.account?.keys.length && methods.includes('securityKey')) return 'securityKey';
  return methods[0] ?? 'password';
}

export function pushHistory(history: readonly StepId[], stepId: StepId): readonly StepId[] {
  if (history[history.length - 1] === stepId) return history;
  const next = history.slice(Math.max(0, history.length + 1 - HISTORY_LIMIT));
  next.push(stepId);
  return next;
}

/**
 * The step Back returns to along `trail` (the steps left, then the current one): the last step before the current
 * one that does not resume at it, at its resume target.
 */
export function previousStep(trail: readonly StepId[]): StepId | null {
  for (let i = trail.length - 2; i >= 0; i--) {
    const step = trail[i];
    if (step === undefined) continue;
    const target = resumeTarget(step);
    if (target !== trail[trail.length - 1]) return target;
  }
  return null;
}
