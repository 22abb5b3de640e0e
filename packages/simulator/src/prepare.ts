import type { AppStage, Fact, PhoneFacts, PrepareInput, PreparedWorld, StepId, WhatIfId } from '@eulogin-coach/machine';
import { STEPS, WHAT_IFS, flowOf } from '@eulogin-coach/machine/registry';
import { putPendingAccount, summarise } from './accounts.js';
import { newSecret } from './app-codes.js';
import { addressKey } from './email-domains.js';
import { sendLinkMail } from './links.js';
import { lockOut } from './password-attempts.js';
import { createPrng, worldSeed } from './prng.js';
import type { SimContext } from './sim-context.js';
import { hasCondition, nextId } from './sim-context.js';
import type { AccountRecord, PhoneLink } from './world-state.js';
import { emptyWorld } from './world-state.js';

/** The account the `deviceUsedByOtherAccount` condition puts on the person's phone. */
export const OTHER_ACCOUNT = {
  email: 'someone.else@example.org',
  firstName: 'Sam',
  lastName: 'Else',
  pin: '1357',
} as const;

/** Names of the factors a prepared world holds, as the walkthrough shows them. */
export const PREPARED_NAMES = {
  device: 'My phone',
  oldDevice: 'Old phone',
  key: 'My security key',
  keyCredentialId: 'practice-key-1',
  eidCountry: 'BE',
} as const;

/** Facts that need a confirmed account. */
const ACTIVE_FACTS: readonly Fact[] = [
  'passwordSet',
  'signedIn',
  'deviceEnrolled',
  'oldDeviceEnrolled',
  'keyRegistered',
  'eidLinked',
];

/**
 * The mail a jump to `stepId` finds in the mailbox, as the step registry tells: a step in the mailbox (`surface:
 * 'mail'`) shows the mail just sent, and a step the `linkExpired` what-if leads to shows it expired (back-dated). The
 * password-reset flow's mail is a reset link, every other one a confirmation.
 */
function mailAt(stepId: StepId): { readonly purpose: 'register' | 'reset'; readonly expired: boolean } | null {
  const expired = Object.values(WHAT_IFS.linkExpired.at).includes(stepId);
  if (!expired && STEPS[stepId].surface !== 'mail') return null;
  return { purpose: flowOf(stepId) === 'passwordReset' ? 'reset' : 'register', expired };
}

function appStage(facts: ReadonlySet<Fact>): AppStage {
  if (facts.has('deviceEnrolled')) return 'initialised';
  if (facts.has('appReady')) return 'waitingForQr';
  if (facts.has('appInstalled')) return 'installed';
  return 'notInstalled';
}

function phoneFacts(ctx: SimContext, facts: ReadonlySet<Fact>): PhoneFacts {
  const stage = appStage(facts);
  // `appReinstalled`: the app is back on the phone but has forgotten its link to the account.
  const app = stage === 'initialised' && hasCondition(ctx, 'appReinstalled') ? 'installed' : stage;
  return {
    app,
    notifications: app === 'notInstalled' ? 'unknown' : 'allowed',
    camera: app === 'initialised' ? 'allowed' : 'unknown',
    screenLock: !hasCondition(ctx, 'noScreenLock'),
    appInForeground: !hasCondition(ctx, 'appInBackground'),
    online: !hasCondition(ctx, 'phoneOffline'),
  };
}

function addDevice(ctx: SimContext, account: AccountRecord, name: string, pin: string): string {
  const id = nextId(ctx, 'device');
  account.devices.push({ id, name, pin, secret: newSecret(ctx.prng), addedAt: ctx.clock.now() });
  return id;
}

function activate(account: AccountRecord, password: string | null, changedAt: number | null): void {
  account.status = 'active';
  account.password = password;
  account.passwordChangedAt = changedAt;
}

function addFactors(ctx: SimContext, account: AccountRecord, facts: ReadonlySet<Fact>, links: PhoneLink[]): void {
  const now = ctx.clock.now();
  const pin = ctx.persona.pin;
  if (facts.has('oldDeviceEnrolled')) addDevice(ctx, account, PREPARED_NAMES.oldDevice, pin);
  if (facts.has('deviceEnrolled')) {
    links.push({ email: addressKey(account.email), deviceId: addDevice(ctx, account, PREPARED_NAMES.device, pin) });
  }
  if (facts.has('keyRegistered')) {
    account.keys.push({
      id: nextId(ctx, 'key'),
      name: PREPARED_NAMES.key,
      kind: 'securityKey',
      credentialId: PREPARED_NAMES.keyCredentialId,
      addedAt: now,
    });
  }
  if (facts.has('eidLinked')) account.eids.push({ country: PREPARED_NAMES.eidCountry, linkedAt: now });
}

/** The mail a pending account is waiting for, or the one the step shows (back-dated past `linkTtlMs` if expired). */
function sendWaitingMail(ctx: SimContext, account: AccountRecord, stepId: StepId): void {
  const mailStep = mailAt(stepId);
  const now = ctx.clock.now();
  if (mailStep && (mailStep.purpose === 'register') === (account.status === 'pending')) {
    sendLinkMail(ctx, account, mailStep.purpose, mailStep.expired ? now - ctx.config.linkTtlMs : now);
  } else if (account.status === 'pending') {
    sendLinkMail(ctx, account, 'register');
  }
}

/** `deviceUsedByOtherAccount`: another account holds this phone's app (alone, unless `multiAccount`). */
function putOtherAccountOnPhone(ctx: SimContext, links: PhoneLink[]): void {
  if (addressKey(OTHER_ACCOUNT.email) === ctx.state.personEmail) return;
  const other = putPendingAccount(ctx, { ...OTHER_ACCOUNT, language: ctx.mailLanguage() });
  activate(other, null, null);
  const deviceId = addDevice(ctx, other, PREPARED_NAMES.device, OTHER_ACCOUNT.pin);
  if (!ctx.config.multiAccount) links.length = 0;
  links.push({ email: addressKey(OTHER_ACCOUNT.email), deviceId });
}

/**
 * A fresh world where `facts` hold for the person's address and the conditions among `whatIfs` are switched on.
 * Earlier accounts, mails and challenges are gone; failed tries, lockouts and used codes stay (the security
 * ledger). Each world of a rehearsal draws from its own stream of the seed: the same seed and ledger give the same
 * world, but no two worlds of a rehearsal share a token, code or secret.
 */
export function prepareWorld(ctx: SimContext, input: PrepareInput): PreparedWorld {
  const email = input.email?.trim() || ctx.persona.email;
  const conditions = [...new Set(input.whatIfs)].filter((id: WhatIfId) => WHAT_IFS[id].kind === 'condition');
  ctx.prng = createPrng(worldSeed(ctx.seed, ctx.ledger.worlds));
  ctx.ledger.worlds += 1;
  ctx.state = { ...emptyWorld(addressKey(email)), conditions };
  const facts = new Set(input.facts);
  const { persona, config } = ctx;
  const links: PhoneLink[] = [];

  const active = ACTIVE_FACTS.some((f) => facts.has(f)) || hasCondition(ctx, 'emailAlreadyRegistered');
  const pending = facts.has('accountRegistered') || mailAt(input.stepId)?.purpose === 'register';
  let account: AccountRecord | null = null;
  if (active || pending) {
    account = putPendingAccount(ctx, {
      email,
      firstName: persona.firstName,
      lastName: persona.lastName,
      language: ctx.mailLanguage(),
    });
    if (active) {
      const now = ctx.clock.now();
      const recently = hasCondition(ctx, 'passwordChangedRecently');
      activate(account, persona.password, recently ? now : now - 2 * config.passwordChangeIntervalMs);
    }
    addFactors(ctx, account, facts, links);
    // EU Login lets a person switch the option on only once a second factor is set up.
    account.alwaysMfa = hasCondition(ctx, 'alwaysMfa') && account.devices.length + account.keys.length > 0;
    sendWaitingMail(ctx, account, input.stepId);
  }
  if (hasCondition(ctx, 'appReinstalled')) links.length = 0;
  if (hasCondition(ctx, 'deviceUsedByOtherAccount')) putOtherAccountOnPhone(ctx, links);
  ctx.state.nextKeyDuplicate = hasCondition(ctx, 'keyAlreadyRegistered');
  ctx.state.phone = { facts: phoneFacts(ctx, facts), links };
  // The lockout page: the address is locked, as after too many wrong passwords (a lockout under way stays as it is).
  const lockedUntil = input.stepId === 'signIn.locked' ? lockOut(ctx, email) : null;

  return {
    email,
    account: account?.status === 'active' ? summarise(account) : null,
    phone: ctx.state.phone.facts,
    lockedUntil,
  };
}
