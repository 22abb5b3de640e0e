import type { Features } from '../registry/features.js';
import type { PhoneFacts } from '../effects.types.js';
import { JOURNEY_IDS } from '../registry/journeys.js';
import type { JourneyId } from '../registry/journeys.js';
import { STEP_IDS } from '../registry/step-ids.js';
import { WHAT_IF_IDS } from '../registry/what-ifs.js';
import type { DecodeErrorCode, DecodeResult, SavedProgress } from './saved-progress.js';
import { SAVE_VERSION } from './saved-progress.js';
import { MAX_SHARE_CODE_INPUT, SHARE_CODE_VERSION } from './limits.js';
import { APP_STAGES, PERMISSIONS, fail } from './untrusted-input.js';
import { validateProgress } from './validate-progress.js';

/**
 * A short code a helpdesk agent can read out over the phone: version, step, journey, position, what-ifs and the
 * phone's state, then two check characters, in groups of four. It leaves out the e-mail address.
 * Example: `2HA1-B0HW-6FR` (`device.qrShown` in the full setup). Numbering follows STEP_IDS / JOURNEY_IDS /
 * WHAT_IF_IDS, which are append-only.
 *
 * Format (version 2). Characters are Crockford's base 32: digits and letters without I, L, O and U, so none sounds or
 * looks like another. Each number is written in base 16, most significant first: its last character is one of 0–F and
 * the ones before it are G–Z (G is 0, H is 1, …), so a number knows where it ends and needs no separator. The check is
 * the body read as base-32 digits (plus one) modulo 1021, as two characters: any one character changed, or two
 * neighbours swapped, fails it. Version 1 codes (base-36 numbers between dashes, the first one 1) are refused as
 * made by another version: they are recognised by their "1-" or "1 ", which a version 2 code (starting with 2) never has.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const phoneBits = (p: PhoneFacts) =>
  APP_STAGES.indexOf(p.app) +
  4 * PERMISSIONS.indexOf(p.notifications) +
  16 * PERMISSIONS.indexOf(p.camera) +
  (p.screenLock ? 64 : 0) +
  (p.appInForeground ? 128 : 0) +
  (p.online ? 256 : 0);

/** The phone's facts from their bits, unchecked: `validateProgress` refuses what is out of range. */
function phoneFromBits(bits: number) {
  return (
    bits < 512 && {
      app: APP_STAGES[bits & 3],
      notifications: PERMISSIONS[(bits >> 2) & 3],
      camera: PERMISSIONS[(bits >> 4) & 3],
      screenLock: !!(bits & 64),
      appInForeground: !!(bits & 128),
      online: !!(bits & 256),
    }
  );
}

/** A journey as a number: 0 for none, then 1 and up in the order of JOURNEY_IDS. */
const journeyNumber = (journey: JourneyId | null) => JOURNEY_IDS.indexOf(journey as JourneyId) + 1;

/** The journey a number names, null for none, or '' (refused by `validateProgress`) for a number not in use. */
const journeyFromNumber = (n: number): JourneyId | null | '' => (n ? (JOURNEY_IDS[n - 1] ?? '') : null);

/** A number in base 16, most significant first, the characters before the last one moved up to G–Z. */
const digits = (n: number, up = 0): string => (n > 15 ? digits(Math.floor(n / 16), 16) : '') + ALPHABET[(n % 16) + up];

const check = (body: string) => {
  const h = [...body].reduce((h, c) => (h * 32 + ALPHABET.indexOf(c) + 1) % 1021, 0);
  return `${ALPHABET[h >> 5]}${ALPHABET[h & 31]}`;
};

export function encodeShareCode(progress: SavedProgress): string {
  const mask = progress.whatIfs.reduce((m, id) => m + 2 ** WHAT_IF_IDS.indexOf(id), 0);
  const body = [
    SHARE_CODE_VERSION,
    STEP_IDS.indexOf(progress.stepId),
    journeyNumber(progress.journey),
    progress.journeyIndex,
    mask,
    phoneBits(progress.phone),
  ]
    .map((n) => digits(n))
    .join('');
  return (body + check(body)).replace(/.{4}(?=.)/g, '$&-');
}

/**
 * Read a share code typed or pasted by a person: case, spaces and dashes do not matter, and O reads as 0, I and L
 * as 1 (as read out over the phone). Text longer than MAX_SHARE_CODE_INPUT is refused before it is read. Anything
 * wrong is a typed error with source `shareCode`; so is a position in a feature `features` switches off (`switchedOff`).
 */
export function decodeShareCode(input: string | null | undefined, features?: Features): DecodeResult {
  const no = (code: DecodeErrorCode, detail: string) => fail('shareCode', code, detail);
  const text = typeof input === 'string' ? input : '';
  if (text.length > MAX_SHARE_CODE_INPUT) return no('tooLarge', 'length');
  if (/^\s*1[\s-]/.test(text)) return no('unsupportedVersion', 'v');
  const code = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code === '') return no('empty', 'code');
  if (!/^[0-9A-HJKMNP-TV-Z]{8,}$/.test(code)) return no('malformed', 'shape');
  const body = code.slice(0, -2);
  if (check(body) !== code.slice(-2)) return no('checksum', 'check');
  // Six numbers, each any G–Z and then one of 0–F.
  if (!/^([G-Z]*[0-9A-F]){6}$/.test(body)) return no('malformed', 'shape');
  const [v, step = 0, journey = 0, journeyIndex, mask = 0, phone = 0] = Array.from(
    body.matchAll(/[G-Z]*[0-9A-F]/g),
    ([n = '']) => [...n].reduce((sum, c) => sum * 16 + (ALPHABET.indexOf(c) % 16), 0),
  );
  if (v !== SHARE_CODE_VERSION) return no('unsupportedVersion', 'v');
  return validateProgress(
    {
      v: SAVE_VERSION,
      stepId: STEP_IDS[step],
      journey: journeyFromNumber(journey),
      journeyIndex,
      whatIfs: mask < 2 ** WHAT_IF_IDS.length && WHAT_IF_IDS.filter((_, i) => Math.floor(mask / 2 ** i) % 2),
      email: null,
      phone: phoneFromBits(phone),
    },
    'shareCode',
    features,
  );
}
