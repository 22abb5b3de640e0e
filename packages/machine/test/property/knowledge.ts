import type { WorldSnapshot } from '@eulogin-coach/simulator';
import type { CoachConfig } from '../../src/index.js';
import type { RecordedRehearsal } from './recorded-rehearsal.js';
import { addressKey, pinOnPhone } from './observation.js';
import { codeForSecret } from '../authenticator-app.js';

/** What the random person knows or remembers during a run: the generator reads it, never the checks. */
export interface Knowledge {
  readonly config: CoachConfig;
  /** The world as it is now (the copy taken after the last step). */
  world(): WorldSnapshot;
  acceptedCodes(): readonly string[];
  staleCodes(now: number): readonly string[];
  pinFor(enrolmentId: string | undefined): string | undefined;
  payloads(): readonly string[];
}

/** The address the person is using now. */
export function currentEmail(r: RecordedRehearsal): string {
  return r.view().data.email || r.world.persona.email;
}

/** The account's current password, as the person would remember it. */
export function rightPassword(r: RecordedRehearsal, k: Knowledge): string {
  return k.world().accounts[addressKey(currentEmail(r))]?.password ?? r.world.persona.password;
}

/** The PIN of the app on the phone for the account, as the person would remember it. */
export function appPin(r: RecordedRehearsal, k: Knowledge): string {
  return pinOnPhone(k.world(), currentEmail(r)) ?? r.world.persona.pin;
}

/** The codes an authenticator app that read the account's enrolment QR codes shows now. */
export function authenticatorCodes(r: RecordedRehearsal, k: Knowledge): readonly string[] {
  const world = k.world();
  const devices = world.accounts[addressKey(currentEmail(r))]?.devices ?? [];
  return devices.map((d) => codeForSecret(d.secret, world.now));
}

/** A 4-digit PIN other than `right`, picked by `n`. */
export function wrongPin(right: string | undefined, n: number): string {
  const pins = ['0000', '9999', '1357', '2468', '9753', '1234'].filter((p) => p !== right);
  return pins[n % pins.length] ?? '0000';
}

/** A password other than `right` (long enough to reach EU Login), picked by `n`. */
export function wrongPassword(r: RecordedRehearsal, right: string, n: number): string {
  const passwords = [`${right}!`, 'Wrong-password-1', r.world.persona.password, 'Quiet-Harbour-42'].filter(
    (p) => p !== right,
  );
  return passwords[n % passwords.length] ?? 'Wrong-password-1';
}
