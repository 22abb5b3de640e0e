import type { EidCountry, EmailLanguage, KeyKind, LinkPurpose, PhoneFacts, WhatIfId } from '@eulogin-coach/machine';
import { DEFAULT_PHONE } from '@eulogin-coach/machine';

/**
 * The simulated EU Login world, as plain JSON-compatible data (no Maps, Sets or classes) so `inspect()` can hand
 * out a copy. Records are keyed by id, accounts by address key (see `addressKey`). Failed tries, lockouts and used
 * codes are not part of it: see `SecurityLedger`, which outlives `prepare`.
 */

export type AccountStatus = 'pending' | 'active';

export interface DeviceRecord {
  id: string;
  name: string;
  pin: string;
  /** Base32 TOTP secret shared with the phone through the enrolment QR code. */
  secret: string;
  addedAt: number;
}

export interface KeyRecord {
  id: string;
  name: string;
  kind: KeyKind;
  credentialId: string;
  addedAt: number;
}

export interface EidRecord {
  country: EidCountry;
  linkedAt: number;
}

export interface AccountRecord {
  /** The address as typed when the account was made. */
  email: string;
  firstName: string;
  lastName: string;
  language: EmailLanguage;
  status: AccountStatus;
  password: string | null;
  passwordChangedAt: number | null;
  devices: DeviceRecord[];
  keys: KeyRecord[];
  eids: EidRecord[];
  /** "Always require multi-factor authentication" (My Account): Password alone is refused everywhere. */
  alwaysMfa: boolean;
}

export type MailKind = 'confirmation' | 'reset' | 'securityNotice' | 'emailChanged';
export type MailFolder = 'inbox' | 'spam';

export interface MailRecord {
  id: string;
  to: string;
  from: string;
  folder: MailFolder;
  kind: MailKind;
  language: EmailLanguage;
  /** The first name the account was registered with: the mail's greeting. */
  firstName: string;
  sentAt: number;
  /** The mail is visible from this moment on. */
  deliverAt: number;
  token?: string;
  url?: string;
}

export type LinkState = 'live' | 'used' | 'superseded';

export interface LinkRecord {
  token: string;
  purpose: LinkPurpose;
  /** Address key of the account. */
  email: string;
  sentAt: number;
  expiresAt: number;
  state: LinkState;
}

export interface CaptchaRecord {
  id: string;
  answer: string;
}

export interface PinRequestRecord {
  id: string;
  email: string;
  expiresAt: number;
  state: 'pending' | 'approved' | 'refused';
}

export interface ChallengeRecord {
  id: string;
  email: string;
  nonce: string;
  expiresAt: number;
  used: boolean;
  /** Wrong codes typed for this challenge: `maxOtpAttempts` of them refuse it for good. */
  wrongCodes: number;
}

export interface EnrolmentRecord {
  id: string;
  email: string;
  deviceName: string;
  pin: string;
  secret: string;
  /** The QR code as EU Login shows it (only the EU Login app reads it). */
  payload: string;
  /** The same enrolment as a standard otpauth:// URI, for a person practising with their own authenticator app. */
  authenticatorUri: string;
  expiresAt: number;
  wrongPins: number;
  /** The phone's EU Login app has read this QR code: only then does it ask for the PIN. */
  scanned: boolean;
  state: 'live' | 'done' | 'refused';
}

/** An account held by this phone's EU Login app, through one of its devices. */
export interface PhoneLink {
  email: string;
  deviceId: string;
}

export interface PhoneRecord {
  facts: PhoneFacts;
  /** Accounts the app holds, the active one last. */
  links: PhoneLink[];
}

export interface WorldState {
  /** Address key of the person rehearsing; conditions about mail apply to it. */
  personEmail: string;
  conditions: WhatIfId[];
  /** `keyAlreadyRegistered`: the next key registration is refused as a duplicate. */
  nextKeyDuplicate: boolean;
  /** Last number used per id prefix. */
  counters: Record<string, number>;
  accounts: Record<string, AccountRecord>;
  mails: MailRecord[];
  links: Record<string, LinkRecord>;
  captchas: Record<string, CaptchaRecord>;
  pinRequests: Record<string, PinRequestRecord>;
  challenges: Record<string, ChallengeRecord>;
  enrolments: Record<string, EnrolmentRecord>;
  phone: PhoneRecord;
}

export function emptyWorld(personEmail: string): WorldState {
  return {
    personEmail,
    conditions: [],
    nextKeyDuplicate: false,
    counters: {},
    accounts: {},
    mails: [],
    links: {},
    captchas: {},
    pinRequests: {},
    challenges: {},
    enrolments: {},
    phone: { facts: DEFAULT_PHONE, links: [] },
  };
}
