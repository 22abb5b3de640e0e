import type { EmailLanguage } from '@eulogin-coach/machine';
import { addressKey } from './email-domains.js';
import type { SimContext } from './sim-context.js';
import { hasCondition, nextId } from './sim-context.js';
import type { MailFolder, MailKind, MailRecord } from './world-state.js';

/** EU Login's sender address, the one to search for in a mailbox. */
export const MAIL_SENDER = 'automated-notifications@nomail.ec.europa.eu';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * ASSUMED delivery delays. Usually a mail arrives in under a minute ("a few minutes" [S7]); with the `mailDelayed`
 * condition it takes from 10 minutes up to the config's `maxMailDelayMs` (20 minutes [S11]).
 */
export const USUAL_MAIL_DELAY_MS = { min: 5 * SECOND, max: 60 * SECOND } as const;
export const DELAYED_MAIL_MIN_MS = 10 * MINUTE;

/** A mail as the person sees it in their mailbox. Texts live in the content package, keyed by `kind`. */
export interface SimulatedMail {
  readonly id: string;
  readonly to: string;
  readonly from: string;
  readonly folder: MailFolder;
  readonly kind: MailKind;
  readonly language: EmailLanguage;
  /** The first name the account was registered with, which EU Login greets the person by. */
  readonly firstName: string;
  readonly receivedAt: number;
  readonly token?: string;
  readonly url?: string;
}

export interface OutgoingMail {
  readonly to: string;
  readonly kind: MailKind;
  readonly language: EmailLanguage;
  readonly firstName: string;
  readonly token?: string;
  readonly url?: string;
  /** When it was sent; now unless a prepared world back-dates it. */
  readonly sentAt?: number;
}

function deliveryDelay(ctx: SimContext, toPerson: boolean): number {
  const max = ctx.config.maxMailDelayMs;
  if (toPerson && hasCondition(ctx, 'mailDelayed')) return ctx.prng.int(Math.min(DELAYED_MAIL_MIN_MS, max), max);
  const usualMax = Math.min(USUAL_MAIL_DELAY_MS.max, max);
  return ctx.prng.int(Math.min(USUAL_MAIL_DELAY_MS.min, usualMax), usualMax);
}

/** Queues a mail; it shows up once the clock reaches its delivery time. */
export function sendMail(ctx: SimContext, mail: OutgoingMail): MailRecord {
  const to = addressKey(mail.to);
  const toPerson = to === ctx.state.personEmail;
  const sentAt = mail.sentAt ?? ctx.clock.now();
  const record: MailRecord = {
    id: nextId(ctx, 'mail'),
    to,
    from: MAIL_SENDER,
    folder: toPerson && hasCondition(ctx, 'mailInSpam') ? 'spam' : 'inbox',
    kind: mail.kind,
    language: mail.language,
    firstName: mail.firstName,
    sentAt,
    deliverAt: sentAt + deliveryDelay(ctx, toPerson),
    ...(mail.token === undefined ? {} : { token: mail.token }),
    ...(mail.url === undefined ? {} : { url: mail.url }),
  };
  ctx.state.mails.push(record);
  return record;
}

/** Mails delivered to `address` by now, newest first. */
export function visibleMails(ctx: SimContext, address: string): SimulatedMail[] {
  const to = addressKey(address);
  const now = ctx.clock.now();
  return ctx.state.mails
    .map((m, order) => ({ m, order }))
    .filter(({ m }) => m.to === to && now >= m.deliverAt)
    .sort((a, b) => b.m.deliverAt - a.m.deliverAt || b.order - a.order)
    .map(({ m }) => ({
      id: m.id,
      to: m.to,
      from: m.from,
      folder: m.folder,
      kind: m.kind,
      language: m.language,
      firstName: m.firstName,
      receivedAt: m.deliverAt,
      ...(m.token === undefined ? {} : { token: m.token }),
      ...(m.url === undefined ? {} : { url: m.url }),
    }));
}

/** When the next mail still on its way to `address` arrives, or null when none is. */
export function nextDeliveryAt(ctx: SimContext, address: string): number | null {
  const to = addressKey(address);
  const now = ctx.clock.now();
  let next: number | null = null;
  for (const m of ctx.state.mails) {
    if (m.to === to && m.deliverAt > now && (next === null || m.deliverAt < next)) next = m.deliverAt;
  }
  return next;
}
