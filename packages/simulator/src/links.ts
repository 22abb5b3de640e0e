import type { LinkOutcome, LinkPurpose } from '@eulogin-coach/machine';
import { findAccount } from './accounts.js';
import { addressKey } from './email-domains.js';
import { sendMail } from './mailbox.js';
import type { SimContext } from './sim-context.js';
import type { AccountRecord, LinkRecord } from './world-state.js';

const TOKEN_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const TOKEN_LENGTH = 24;

/** EU Login's sign-in page, where "Lost your password?" is: the security notice points there. */
export const SIGN_IN_URL = 'https://webgate.ec.europa.eu/cas/login';

/**
 * Where the simulated mails point: EU Login's real pages, so the person recognises them (the app reads `token` from
 * the mail; the URL is what a mail would show, and no request ever goes there). Both mails lead to the page that
 * sets a password; the purpose tells them apart.
 */
export const LINK_URLS: Readonly<Record<LinkPurpose, string>> = {
  register: 'https://webgate.ec.europa.eu/cas/init/initialisePasswordLogin.cgi?purpose=register',
  reset: 'https://webgate.ec.europa.eu/cas/init/initialisePasswordLogin.cgi?purpose=reset',
};

/** Makes every live link of `purpose` for `email` stop working. */
export function supersedeLinks(ctx: SimContext, email: string, purpose: LinkPurpose): void {
  const key = addressKey(email);
  for (const link of Object.values(ctx.state.links)) {
    if (link.email === key && link.purpose === purpose && link.state === 'live') link.state = 'superseded';
  }
}

/**
 * Sends a confirmation (`register`) or reset mail with a fresh link to the account's address; older links of that
 * purpose stop working. `sentAt` lets a prepared world back-date the mail.
 */
export function sendLinkMail(ctx: SimContext, account: AccountRecord, purpose: LinkPurpose, sentAt?: number): string {
  supersedeLinks(ctx, account.email, purpose);
  let token = ctx.prng.string(TOKEN_ALPHABET, TOKEN_LENGTH);
  while (ctx.state.links[token]) token = ctx.prng.string(TOKEN_ALPHABET, TOKEN_LENGTH);
  const at = sentAt ?? ctx.clock.now();
  const link: LinkRecord = {
    token,
    purpose,
    email: addressKey(account.email),
    sentAt: at,
    expiresAt: at + ctx.config.linkTtlMs,
    state: 'live',
  };
  ctx.state.links[token] = link;
  sendMail(ctx, {
    to: account.email,
    kind: purpose === 'register' ? 'confirmation' : 'reset',
    language: account.language,
    firstName: account.firstName,
    token,
    url: `${LINK_URLS[purpose]}&token=${token}`,
    sentAt: at,
  });
  return token;
}

export type LinkCheck =
  | { readonly kind: 'valid'; readonly link: LinkRecord; readonly account: AccountRecord }
  | { readonly kind: 'expired' | 'used' | 'unknown'; readonly purpose: LinkPurpose };

/**
 * What opening `token` would do now. A link replaced by a newer one reads as expired: EU Login offers to send a
 * new one, as for a link that ran out of time.
 */
export function checkLink(ctx: SimContext, token: string): LinkCheck {
  const link = ctx.state.links[token.trim()];
  if (!link) return { kind: 'unknown', purpose: 'register' };
  const account = findAccount(ctx, link.email);
  if (!account) return { kind: 'unknown', purpose: link.purpose };
  if (link.state === 'used') return { kind: 'used', purpose: link.purpose };
  if (link.state === 'superseded' || ctx.clock.now() >= link.expiresAt)
    return { kind: 'expired', purpose: link.purpose };
  return { kind: 'valid', link, account };
}

export function linkOutcome(check: LinkCheck): LinkOutcome {
  if (check.kind !== 'valid') return check;
  const { account, link } = check;
  return {
    kind: 'valid',
    purpose: link.purpose,
    email: account.email,
    personal: { firstName: account.firstName, lastName: account.lastName, email: account.email },
  };
}
