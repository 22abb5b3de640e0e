import type { PhoneFacts } from '../effects.types.js';
import { JOURNEY_IDS } from '../registry/journeys.js';
import type { JourneyId } from '../registry/journeys.js';
import { STEP_IDS } from '../registry/step-ids.js';
import { WHAT_IF_IDS } from '../registry/what-ifs.js';
import type { DecodeResult, SavedProgress } from './saved-progress.js';
import { SAVE_VERSION } from './saved-progress.js';
import { APP_STAGES, PERMISSIONS, fail, readPhone } from './untrusted-input.js';
import { validateProgress } from './validate-progress.js';

/**
 * A short code a helpdesk agent can read out over the phone: version, step, journey, position, what-ifs and the
 * phone's state, in base 36, with a two-character check. It leaves out the e-mail address.
 * Example: `1-Q-0-B-0-CM-J0` (`device.qrShown` in the full setup). Numbering follows STEP_IDS / JOURNEY_IDS / WHAT_IF_IDS, which are append-only.
 */
function phoneBits(p: PhoneFacts): number {
  return (
    APP_STAGES.indexOf(p.app) |
    (PERMISSIONS.indexOf(p.notifications) << 2) |
    (PERMISSIONS.indexOf(p.camera) << 4) |
    (Number(p.screenLock) << 6) |
    (Number(p.appInForeground) << 7) |
    (Number(p.online) << 8)
  );
}

function phoneFromBits(bits: number): PhoneFacts | null {
  if (!Number.isSafeInteger(bits) || bits < 0 || bits >= 512) return null;
  return readPhone({
    app: APP_STAGES[bits & 3],
    notifications: PERMISSIONS[(bits >> 2) & 3],
    camera: PERMISSIONS[(bits >> 4) & 3],
    screenLock: ((bits >> 6) & 1) === 1,
    appInForeground: ((bits >> 7) & 1) === 1,
    online: ((bits >> 8) & 1) === 1,
  });
}

/**
 * Version 1 wrote "no journey" as 11, the number after the eleven journeys it had. That number stays reserved, so a
 * journey appended later is numbered from 12 and an old code made with no journey chosen keeps its meaning.
 */
const NO_JOURNEY = 11;

function journeyNumber(journey: JourneyId | null): number {
  if (!journey) return NO_JOURNEY;
  const i = JOURNEY_IDS.indexOf(journey);
  return i < NO_JOURNEY ? i : i + 1;
}

function journeyFromNumber(n: number): JourneyId | null | undefined {
  return n === NO_JOURNEY ? null : JOURNEY_IDS[n > NO_JOURNEY ? n - 1 : n];
}

function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return (h % 1296).toString(36).padStart(2, '0').toUpperCase();
}

export function encodeShareCode(progress: SavedProgress): string {
  const mask = progress.whatIfs.reduce((m, id) => m + 2 ** WHAT_IF_IDS.indexOf(id), 0);
  const body = [
    SAVE_VERSION,
    STEP_IDS.indexOf(progress.stepId),
    journeyNumber(progress.journey),
    progress.journeyIndex,
    mask,
    phoneBits(progress.phone),
  ]
    .map((n) => n.toString(36).toUpperCase())
    .join('-');
  return `${body}-${checksum(body)}`;
}

/**
 * Read a share code typed or pasted by a person: case does not matter, and its parts may be separated by dashes,
 * spaces or both (as read out over the phone). Anything wrong is a typed error.
 */
export function decodeShareCode(input: string | null | undefined): DecodeResult {
  const code = (input ?? '').trim().toUpperCase();
  if (code === '') return fail('empty', 'no code');
  const parts = code.split(/[\s-]+/);
  if (parts.length !== 7 || !parts.every((p) => /^[0-9A-Z]{1,12}$/.test(p))) return fail('malformed', 'shape');
  const check = parts.pop() ?? '';
  if (checksum(parts.join('-')) !== check) return fail('checksum', 'check characters');
  const [v, step, journey, index, mask, phone] = parts.map((p) => parseInt(p, 36));
  if (v !== SAVE_VERSION) return fail('unsupportedVersion', `version ${v}`);
  const stepId = STEP_IDS[step ?? -1];
  if (!stepId) return fail('unknownStep', `step ${step}`);
  const journeyId = journeyFromNumber(journey ?? -1);
  if (journeyId === undefined) return fail('invalidValue', 'journey');
  const whatIfs = WHAT_IF_IDS.filter((_, i) => Math.floor((mask ?? 0) / 2 ** i) % 2 === 1);
  if ((mask ?? 0) >= 2 ** WHAT_IF_IDS.length) return fail('invalidValue', 'whatIfs');
  const phoneFacts = phoneFromBits(phone ?? -1);
  if (!phoneFacts) return fail('invalidValue', 'phone');
  return validateProgress({
    v,
    stepId,
    journey: journeyId,
    journeyIndex: index,
    whatIfs,
    email: null,
    phone: phoneFacts,
  });
}
