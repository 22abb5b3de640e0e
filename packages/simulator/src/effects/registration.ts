import type {
  LinkOutcome,
  LinkPurpose,
  LookupOutcome,
  RegisterOutcome,
  RegistrationValues,
  SetPasswordOutcome,
} from '@eulogin-coach/machine';
import { EMAIL_LANGUAGES, isOneOf } from '@eulogin-coach/machine/registry';
import { checkPassword, validateRegistration, validateResetRequest } from '@eulogin-coach/machine/rules';
import { findAccount, putPendingAccount, summarise } from '../accounts.js';
import { captchaSolved, consumeCaptcha } from '../captcha.js';
import { isDisposableEmail, isInstitutionEmail } from '../email-domains.js';
import { checkLink, linkOutcome, sendLinkMail, supersedeLinks } from '../links.js';
import { clearAttempts } from '../password-attempts.js';
import { refuse } from '../refusal.js';
import type { SimContext } from '../sim-context.js';

/** Only confirmed accounts are found: an unconfirmed one can simply be registered again. */
export function lookupAccount(ctx: SimContext, input: { readonly email: string }): LookupOutcome {
  const account = findAccount(ctx, input.email);
  return account?.status === 'active' ? { kind: 'known', account: summarise(account) } : { kind: 'unknown' };
}

/**
 * The registration form, checked as a server would: the coach's own rules again (never trust the client), the
 * captcha, then the address. A success files a pending account and mails a confirmation link to the address as
 * typed, even a mistyped one that the person will never read.
 */
export function registerAccount(
  ctx: SimContext,
  input: RegistrationValues & { readonly captchaId: string },
): RegisterOutcome {
  const [error] = validateRegistration(input);
  if (error) return { kind: 'refused', error };
  if (!captchaSolved(ctx, input.captchaId, input.captcha)) return refuse('captcha', 'wrong');
  if (isInstitutionEmail(input.email)) return refuse('email', 'institution');
  if (isDisposableEmail(input.email)) return refuse('email', 'disposable');
  if (findAccount(ctx, input.email)?.status === 'active') return refuse('email', 'alreadyRegistered');
  consumeCaptcha(ctx, input.captchaId);
  const account = putPendingAccount(ctx, {
    email: input.email,
    firstName: input.firstName,
    lastName: input.lastName,
    language: isOneOf(EMAIL_LANGUAGES, input.emailLanguage) ? input.emailLanguage : 'en',
  });
  sendLinkMail(ctx, account, 'register');
  return { kind: 'ok' };
}

/** A new mail with a new link; older links of that purpose stop working. Nothing is sent where nothing is due. */
export function resendMail(ctx: SimContext, input: { readonly email: string; readonly purpose: LinkPurpose }): void {
  const account = findAccount(ctx, input.email);
  if (!account || (input.purpose === 'register' && account.status !== 'pending')) return;
  sendLinkMail(ctx, account, input.purpose);
}

export function openLink(ctx: SimContext, input: { readonly token: string }): LinkOutcome {
  return linkOutcome(checkLink(ctx, input.token));
}

/**
 * The password page behind a link: the link must still be valid, the password must pass the rules, and a password
 * changed less than `passwordChangeIntervalMs` ago cannot change again. Success activates the account.
 */
export function setPassword(
  ctx: SimContext,
  input: { readonly token: string; readonly password: string },
): SetPasswordOutcome {
  const check = checkLink(ctx, input.token);
  if (check.kind !== 'valid') return refuse('form', check.kind === 'unknown' ? 'unavailable' : check.kind);
  const { account, link } = check;
  const rule = checkPassword(input.password, ctx.config.passwordMinLength, account);
  if (!rule.ok) return { kind: 'refused', error: { field: rule.field, rule: rule.rule, ...paramsOf(rule.params) } };
  const now = ctx.clock.now();
  if (account.passwordChangedAt !== null && now - account.passwordChangedAt < ctx.config.passwordChangeIntervalMs) {
    return refuse('password', 'tooSoon');
  }
  link.state = 'used';
  supersedeLinks(ctx, account.email, 'register');
  supersedeLinks(ctx, account.email, 'reset');
  account.status = 'active';
  account.password = input.password;
  account.passwordChangedAt = now;
  clearAttempts(ctx, account.email);
  return { kind: 'ok', account: summarise(account) };
}

function paramsOf<P>(params: P | undefined): { params?: P } {
  return params === undefined ? {} : { params };
}

/**
 * "Lost your password?": the captcha must be right; an unknown address gets the same `ok` as a known one, so the
 * page never reveals who has an account, but only a known one gets a reset mail.
 */
export function requestPasswordReset(
  ctx: SimContext,
  input: { readonly email: string; readonly captcha: string; readonly captchaId: string },
): RegisterOutcome {
  const [error] = validateResetRequest(input);
  if (error) return { kind: 'refused', error };
  if (!captchaSolved(ctx, input.captchaId, input.captcha)) return refuse('captcha', 'wrong');
  consumeCaptcha(ctx, input.captchaId);
  const account = findAccount(ctx, input.email);
  if (account) sendLinkMail(ctx, account, 'reset');
  return { kind: 'ok' };
}
