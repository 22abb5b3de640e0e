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

/**
 * Why a save could not be read. Each has an explanation in the content package (`saveErrors`). `switchedOff`: its
 * step or journey is in a feature the portal switched off (`detail` names the feature).
 */
export type SaveErrorCode =
  'empty' | 'tooLarge' | 'malformed' | 'unsupportedVersion' | 'unknownStep' | 'invalidValue' | 'switchedOff';

/** Why a share code could not be read: a save's reasons, and a failed check. Explained in `decodeErrors`. */
export type DecodeErrorCode = SaveErrorCode | 'checksum';

/**
 * A refusal. `source` says where the text came from, so the explanation can be right: progress the app saved on this
 * device (`save`, never typed by the person) or a share code a person typed or pasted (`shareCode`). `detail` names
 * the part that was wrong, for logs and the helpdesk (never shown as the only explanation).
 */
export type DecodeError =
  | { readonly source: 'save'; readonly code: SaveErrorCode; readonly detail: string }
  | { readonly source: 'shareCode'; readonly code: DecodeErrorCode; readonly detail: string };

export type DecodeSource = DecodeError['source'];

export type DecodeResult =
  { readonly ok: true; readonly value: SavedProgress } | { readonly ok: false; readonly error: DecodeError };
