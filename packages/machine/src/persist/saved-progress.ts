import type { PhoneFacts } from '../effects.types.js';
import type { JourneyId } from '../registry/journeys.js';
import type { StepId } from '../registry/step-ids.js';
import type { WhatIfId } from '../registry/what-ifs.js';

export const SAVE_VERSION = 1;

/**
 * A position in the coach, small enough for a share code: never a raw XState snapshot, and never a password,
 * PIN or code. Resuming jumps to `stepId` (or the step it resumes at) through the same path the helpdesk uses.
 */
export interface SavedProgress {
  readonly v: typeof SAVE_VERSION;
  readonly stepId: StepId;
  readonly journey: JourneyId | null;
  readonly journeyIndex: number;
  readonly whatIfs: readonly WhatIfId[];
  readonly email: string | null;
  readonly phone: PhoneFacts;
}

/** Why a saved state or share code could not be read. Each has an explanation in the content package. */
export type DecodeErrorCode =
  'empty' | 'malformed' | 'checksum' | 'unsupportedVersion' | 'unknownStep' | 'invalidValue';

export interface DecodeError {
  readonly code: DecodeErrorCode;
  /** Which part was wrong, for logs and the helpdesk (never shown as the only explanation). */
  readonly detail: string;
}

export type DecodeResult =
  { readonly ok: true; readonly value: SavedProgress } | { readonly ok: false; readonly error: DecodeError };
