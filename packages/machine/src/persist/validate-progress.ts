import { JOURNEYS, isJourneyId } from '../registry/journeys.js';
import { isStepId } from '../registry/step-ids.js';
import { isWhatIfId } from '../registry/what-ifs.js';
import { isEmailFormat } from '../rules/email.rules.js';
import type { DecodeResult } from './saved-progress.js';
import { SAVE_VERSION } from './saved-progress.js';
import { fail, isRecord, readPhone } from './untrusted-input.js';

/** Check an untrusted value field by field; the result is a SavedProgress or the first thing wrong with it. */
export function validateProgress(value: unknown): DecodeResult {
  if (!isRecord(value)) return fail('malformed', 'not an object');
  if (value.v !== SAVE_VERSION) {
    return typeof value.v === 'number'
      ? fail('unsupportedVersion', `version ${value.v}`)
      : fail('malformed', 'no version');
  }
  if (!isStepId(value.stepId)) return fail('unknownStep', String(value.stepId));
  const journey = value.journey ?? null;
  if (journey !== null && !isJourneyId(journey)) return fail('invalidValue', 'journey');
  const index = value.journeyIndex;
  const pathLength = journey ? JOURNEYS[journey].path.length : 1;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= pathLength) {
    return fail('invalidValue', 'journeyIndex');
  }
  const whatIfs = value.whatIfs;
  if (!Array.isArray(whatIfs) || !whatIfs.every(isWhatIfId) || new Set(whatIfs).size !== whatIfs.length) {
    return fail('invalidValue', 'whatIfs');
  }
  const email = value.email ?? null;
  if (email !== null && (typeof email !== 'string' || !isEmailFormat(email))) return fail('invalidValue', 'email');
  const phone = readPhone(value.phone);
  if (!phone) return fail('invalidValue', 'phone');
  return {
    ok: true,
    value: { v: SAVE_VERSION, stepId: value.stepId, journey, journeyIndex: index, whatIfs, email, phone },
  };
}
