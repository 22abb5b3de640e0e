import { GUIDE_ACTION_IDS, GUIDE_ANSWERS } from '@eulogin-coach/guide';
import type { GuideActionId } from '@eulogin-coach/guide';
import { isJourneyId, isStepId } from '@eulogin-coach/machine/registry';
import type { GuideQuestionEffect, JourneyId, StepId } from '@eulogin-coach/react';

/**
 * The record of one helpdesk call: every step the caller reached, every answer, jump, resume and note, with its
 * time, and how the call ended. Pure data and functions (no React, no storage): the console appends to it, shows
 * it, saves it, and turns it into a ticket summary or a versioned JSON file. Anything read back (storage, a file)
 * goes through `parseCallRecord`, which checks every field and refuses with a typed error, never a throw.
 */

export const CALL_RECORD_SCHEMA = 'eulogin-coach/call-record';
export const CALL_RECORD_VERSION = 1;
/** A stored or pasted record longer than this is not read at all. */
export const MAX_RECORD_CHARS = 400_000;
/** Entries kept; the oldest are dropped beyond this (a call that long is already very long). */
export const MAX_ENTRIES = 500;
export const MAX_NOTE_LENGTH = 500;
export const MAX_REASON_LENGTH = 500;
const MAX_CODE_LENGTH = 64;

export type CallOutcome =
  | { readonly kind: 'resolved' }
  | { readonly kind: 'escalated'; readonly reason: string }
  | { readonly kind: 'callBack'; readonly code: string };

export type CallOutcomeKind = CallOutcome['kind'];
export const OUTCOME_KINDS: readonly CallOutcomeKind[] = ['resolved', 'escalated', 'callBack'];

/** One line of the record. `at` is the time in epoch milliseconds; `code` is the position's share code. */
export type CallEntry =
  | { readonly kind: 'step'; readonly at: number; readonly stepId: StepId; readonly code: string }
  | {
      readonly kind: 'answer';
      readonly at: number;
      readonly stepId: StepId;
      readonly effect: GuideQuestionEffect;
      readonly answer: string;
    }
  /** Something the caller did on the real EU Login ("I pressed 'Create an account'"); an answer may follow it. */
  | { readonly kind: 'action'; readonly at: number; readonly stepId: StepId; readonly action: GuideActionId }
  | { readonly kind: 'jump'; readonly at: number; readonly from: StepId; readonly to: StepId }
  | { readonly kind: 'resume'; readonly at: number; readonly stepId: StepId; readonly code: string }
  | { readonly kind: 'note'; readonly at: number; readonly stepId: StepId; readonly text: string }
  | { readonly kind: 'outcome'; readonly at: number; readonly outcome: CallOutcome };

export interface CallRecord {
  readonly schema: typeof CALL_RECORD_SCHEMA;
  readonly version: typeof CALL_RECORD_VERSION;
  readonly startedAt: number;
  readonly journey: JourneyId | null;
  readonly entries: readonly CallEntry[];
  readonly outcome: CallOutcome | null;
}

export type CallRecordErrorCode = 'tooLarge' | 'notJson' | 'wrongSchema' | 'wrongVersion' | 'invalid';

export interface CallRecordError {
  readonly code: CallRecordErrorCode;
  /** Where the problem is, for `invalid` (such as `entries[3].stepId`). */
  readonly path?: string;
}

export type CallRecordResult =
  { readonly ok: true; readonly value: CallRecord } | { readonly ok: false; readonly error: CallRecordError };

export function newCallRecord(startedAt: number): CallRecord {
  return {
    schema: CALL_RECORD_SCHEMA,
    version: CALL_RECORD_VERSION,
    startedAt,
    journey: null,
    entries: [],
    outcome: null,
  };
}

/** The record with `entry` added (the oldest dropped past `MAX_ENTRIES`); an outcome entry also sets the outcome. */
export function appendEntry(record: CallRecord, entry: CallEntry): CallRecord {
  const entries = [...record.entries, entry].slice(-MAX_ENTRIES);
  return { ...record, entries, ...(entry.kind === 'outcome' ? { outcome: entry.outcome } : {}) };
}

export function withJourney(record: CallRecord, journey: JourneyId | null): CallRecord {
  return record.journey === journey ? record : { ...record, journey };
}

/** The steps the caller reached, most recent last, each once (its latest visit), with the code of that position. */
export function visitedSteps(
  record: CallRecord,
): readonly { readonly stepId: StepId; readonly code: string; readonly at: number }[] {
  const latest = new Map<StepId, { stepId: StepId; code: string; at: number }>();
  for (const e of record.entries) {
    if (e.kind !== 'step') continue;
    latest.delete(e.stepId);
    latest.set(e.stepId, { stepId: e.stepId, code: e.code, at: e.at });
  }
  return [...latest.values()];
}

/** The last step recorded, if any. */
export function lastStep(record: CallRecord): Extract<CallEntry, { kind: 'step' }> | null {
  for (let i = record.entries.length - 1; i >= 0; i--) {
    const e = record.entries[i];
    if (e?.kind === 'step') return e;
  }
  return null;
}

/** The record as versioned JSON (schema in docs/helpdesk.md). */
export function callRecordToJson(record: CallRecord): string {
  return JSON.stringify(record, null, 2);
}

// ---- reading back -------------------------------------------------------------------------------------------------

/** A field that is not what a record holds there; caught in `parseCallRecord`, never thrown out of it. */
class Invalid extends Error {
  constructor(readonly path: string) {
    super(path);
  }
}

type Obj = Readonly<Record<string, unknown>>;

function obj(value: unknown, path: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Invalid(path);
  return value as Obj;
}

function time(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new Invalid(path);
  return value;
}

function text(value: unknown, path: string, max: number, allowEmpty = false): string {
  if (typeof value !== 'string' || value.length > max || (!allowEmpty && value.trim() === '')) throw new Invalid(path);
  return value;
}

function step(value: unknown, path: string): StepId {
  if (!isStepId(value)) throw new Invalid(path);
  return value;
}

function isEffect(value: unknown): value is GuideQuestionEffect {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(GUIDE_ANSWERS, value);
}

function outcome(value: unknown, path: string): CallOutcome {
  const o = obj(value, path);
  if (o.kind === 'resolved') return { kind: 'resolved' };
  if (o.kind === 'escalated') return { kind: 'escalated', reason: text(o.reason, `${path}.reason`, MAX_REASON_LENGTH) };
  if (o.kind === 'callBack') return { kind: 'callBack', code: text(o.code, `${path}.code`, MAX_CODE_LENGTH) };
  throw new Invalid(`${path}.kind`);
}

function entry(value: unknown, path: string): CallEntry {
  const e = obj(value, path);
  const at = time(e.at, `${path}.at`);
  switch (e.kind) {
    case 'step':
      return {
        kind: 'step',
        at,
        stepId: step(e.stepId, `${path}.stepId`),
        code: text(e.code, `${path}.code`, MAX_CODE_LENGTH),
      };
    case 'answer': {
      if (!isEffect(e.effect)) throw new Invalid(`${path}.effect`);
      const answers: readonly string[] = GUIDE_ANSWERS[e.effect];
      if (typeof e.answer !== 'string' || !answers.includes(e.answer)) throw new Invalid(`${path}.answer`);
      return { kind: 'answer', at, stepId: step(e.stepId, `${path}.stepId`), effect: e.effect, answer: e.answer };
    }
    case 'action': {
      const actions: readonly string[] = GUIDE_ACTION_IDS;
      if (typeof e.action !== 'string' || !actions.includes(e.action)) throw new Invalid(`${path}.action`);
      return { kind: 'action', at, stepId: step(e.stepId, `${path}.stepId`), action: e.action as GuideActionId };
    }
    case 'jump':
      return { kind: 'jump', at, from: step(e.from, `${path}.from`), to: step(e.to, `${path}.to`) };
    case 'resume':
      return {
        kind: 'resume',
        at,
        stepId: step(e.stepId, `${path}.stepId`),
        code: text(e.code, `${path}.code`, MAX_CODE_LENGTH),
      };
    case 'note':
      return {
        kind: 'note',
        at,
        stepId: step(e.stepId, `${path}.stepId`),
        text: text(e.text, `${path}.text`, MAX_NOTE_LENGTH),
      };
    case 'outcome':
      return { kind: 'outcome', at, outcome: outcome(e.outcome, `${path}.outcome`) };
    default:
      throw new Invalid(`${path}.kind`);
  }
}

/** Reads a record from untrusted text (storage, a file): size-bounded, every field checked. Never throws. */
export function parseCallRecord(input: unknown): CallRecordResult {
  if (typeof input !== 'string') return { ok: false, error: { code: 'notJson' } };
  if (input.length > MAX_RECORD_CHARS) return { ok: false, error: { code: 'tooLarge' } };
  let data: unknown;
  try {
    data = JSON.parse(input);
  } catch {
    return { ok: false, error: { code: 'notJson' } };
  }
  if (typeof data !== 'object' || data === null || (data as Obj).schema !== CALL_RECORD_SCHEMA)
    return { ok: false, error: { code: 'wrongSchema' } };
  const r = data as Obj;
  if (r.version !== CALL_RECORD_VERSION) return { ok: false, error: { code: 'wrongVersion' } };
  try {
    if (!Array.isArray(r.entries) || r.entries.length > MAX_ENTRIES) throw new Invalid('entries');
    if (r.journey !== null && !isJourneyId(r.journey)) throw new Invalid('journey');
    const entries = (r.entries as readonly unknown[]).map((e, i) => entry(e, `entries[${i}]`));
    return {
      ok: true,
      value: {
        schema: CALL_RECORD_SCHEMA,
        version: CALL_RECORD_VERSION,
        startedAt: time(r.startedAt, 'startedAt'),
        journey: r.journey,
        entries,
        outcome: r.outcome === null ? null : outcome(r.outcome, 'outcome'),
      },
    };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: { code: 'invalid', path: error.path } };
    return { ok: false, error: { code: 'invalid' } };
  }
}
