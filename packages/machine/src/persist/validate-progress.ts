import { JOURNEYS, isJourneyId } from '../registry/journeys.js';
import { switchedOff } from '../registry/features.js';
import type { Features } from '../registry/features.js';
import { isStepId } from '../registry/step-ids.js';
import { WHAT_IF_IDS, isWhatIfId } from '../registry/what-ifs.js';
import { checkEmail } from '../rules/email.rules.js';
import type { DecodeResult, DecodeSource } from './saved-progress.js';
import { SAVE_VERSION } from './saved-progress.js';
import { fail, isRecord, readPhone } from './untrusted-input.js';

/**
 * Check an untrusted value field by field, then refuse a position in a feature switched off in `features` (its step,
 * or a step on its journey) as `switchedOff`; the result is a SavedProgress or the first thing wrong with it. Each
 * field is read once and its type checked before anything else is done with it (no `String()` of an unknown value),
 * and each must pass the rule typed input passes (an address the e-mail rule accepts, as typed, trimmed). An object
 * whose getters throw (an embedder's; parsed JSON has none) is refused as `malformed`, never thrown through.
 */
export function validateProgress(value: unknown, source: DecodeSource = 'save', features?: Features): DecodeResult {
  try {
    const result = check(value, source);
    const off = result.ok && switchedOff(features, [result.value.stepId], result.value.journey);
    return off ? fail(source, 'switchedOff', off) : result;
  } catch {
    return fail(source, 'malformed', 'shape');
  }
}

function check(value: unknown, source: DecodeSource): DecodeResult {
  const no = (code: 'malformed' | 'unsupportedVersion' | 'unknownStep' | 'invalidValue', detail: string) =>
    fail(source, code, detail);
  if (!isRecord(value)) return no('malformed', 'shape');
  const { v, stepId, journey = null, journeyIndex, whatIfs: list, email = null, phone: facts } = value;
  if (v !== SAVE_VERSION) return no(typeof v === 'number' ? 'unsupportedVersion' : 'malformed', 'v');
  if (!isStepId(stepId)) return no('unknownStep', 'stepId');
  if (journey !== null && !isJourneyId(journey)) return no('invalidValue', 'journey');
  const pathLength = journey ? JOURNEYS[journey].path.length : 1;
  const index = journeyIndex as number;
  if (!Number.isInteger(index) || index < 0 || index >= pathLength) {
    return no('invalidValue', 'journeyIndex');
  }
  // Copied once, after its length is bounded, so what is checked is what is kept.
  const whatIfs = Array.isArray(list) && list.length <= WHAT_IF_IDS.length ? [...(list as unknown[])] : [0];
  if (!whatIfs.every(isWhatIfId) || new Set(whatIfs).size !== whatIfs.length) return no('invalidValue', 'whatIfs');
  if (email !== null && (typeof email !== 'string' || email !== email.trim() || !checkEmail(email).ok)) {
    return no('invalidValue', 'email');
  }
  const phone = readPhone(facts);
  if (!phone) return no('invalidValue', 'phone');
  return { ok: true, value: { v: SAVE_VERSION, stepId, journey, journeyIndex: index | 0, whatIfs, email, phone } };
}
