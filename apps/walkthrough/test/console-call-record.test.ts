import { describe, expect, it } from 'vitest';
import {
  CALL_RECORD_SCHEMA,
  MAX_ENTRIES,
  MAX_RECORD_CHARS,
  appendEntry,
  callRecordToJson,
  newCallRecord,
  parseCallRecord,
  visitedSteps,
  withJourney,
} from '../src/features/console/call-record.js';
import type { CallRecord } from '../src/features/console/call-record.js';
import { callSummary } from '../src/features/console/call-summary.js';
import { en } from './helpers.js';

const T = Date.UTC(2026, 11, 7, 9, 30);

function sampleRecord(): CallRecord {
  let r: CallRecord = withJourney(newCallRecord(T), 'fullSetup');
  r = appendEntry(r, { kind: 'step', at: T + 1000, stepId: 'signIn.email', code: '2110-0HW0-72' });
  r = appendEntry(r, {
    kind: 'answer',
    at: T + 2000,
    stepId: 'signIn.email',
    effect: 'lookupAccount',
    answer: 'unknown',
  });
  r = appendEntry(r, { kind: 'jump', at: T + 3000, from: 'signIn.userNotFound', to: 'register.form' });
  r = appendEntry(r, { kind: 'resume', at: T + 4000, stepId: 'device.qrShown', code: '2HA1-B0HW-6FR' });
  r = appendEntry(r, {
    kind: 'note',
    at: T + 5000,
    stepId: 'device.addForm',
    text: 'Caller uses an old Android phone',
  });
  return appendEntry(r, { kind: 'outcome', at: T + 6000, outcome: { kind: 'escalated', reason: 'App store blocked' } });
}

describe('a call record', () => {
  it('round-trips through its JSON: parse(toJSON(r)) equals r', () => {
    const r = sampleRecord();
    const json = callRecordToJson(r);
    expect(JSON.parse(json)).toMatchObject({ schema: CALL_RECORD_SCHEMA, version: 1 });
    expect(parseCallRecord(json)).toEqual({ ok: true, value: r });
    expect(r.outcome).toEqual({ kind: 'escalated', reason: 'App store blocked' });
  });

  it('refuses what is not a record, with a typed error and never a throw', () => {
    const good = JSON.parse(callRecordToJson(sampleRecord())) as Record<string, unknown>;
    const text = (value: unknown) => JSON.stringify(value);
    expect(parseCallRecord('{ not json')).toEqual({ ok: false, error: { code: 'notJson' } });
    expect(parseCallRecord(42)).toEqual({ ok: false, error: { code: 'notJson' } });
    expect(parseCallRecord('x'.repeat(MAX_RECORD_CHARS + 1))).toEqual({ ok: false, error: { code: 'tooLarge' } });
    expect(parseCallRecord(text({ ...good, schema: 'something-else' }))).toEqual({
      ok: false,
      error: { code: 'wrongSchema' },
    });
    expect(parseCallRecord('null')).toEqual({ ok: false, error: { code: 'wrongSchema' } });
    expect(parseCallRecord(text({ ...good, version: 2 }))).toEqual({ ok: false, error: { code: 'wrongVersion' } });
    const entries = good.entries as Record<string, unknown>[];
    const badStep = { ...good, entries: [{ ...entries[0], stepId: 'no.suchStep' }] };
    expect(parseCallRecord(text(badStep))).toEqual({
      ok: false,
      error: { code: 'invalid', path: 'entries[0].stepId' },
    });
    const badAnswer = { ...good, entries: [entries[0], { ...entries[1], answer: 'maybe' }] };
    expect(parseCallRecord(text(badAnswer))).toEqual({
      ok: false,
      error: { code: 'invalid', path: 'entries[1].answer' },
    });
    const tooMany = { ...good, entries: Array.from({ length: MAX_ENTRIES + 1 }, () => entries[0]) };
    expect(parseCallRecord(text(tooMany))).toEqual({ ok: false, error: { code: 'invalid', path: 'entries' } });
    expect(parseCallRecord(text({ ...good, outcome: { kind: 'escalated', reason: '' } }))).toEqual({
      ok: false,
      error: { code: 'invalid', path: 'outcome.reason' },
    });
    expect(parseCallRecord(text({ ...good, startedAt: 'yesterday' }))).toEqual({
      ok: false,
      error: { code: 'invalid', path: 'startedAt' },
    });
  });

  it('keeps the latest entries when a call runs past the limit', () => {
    let r = newCallRecord(T);
    for (let i = 0; i < MAX_ENTRIES + 5; i++)
      r = appendEntry(r, { kind: 'note', at: T + i, stepId: 'signIn.email', text: `n${i}` });
    expect(r.entries).toHaveLength(MAX_ENTRIES);
    expect(r.entries.at(-1)).toMatchObject({ text: `n${MAX_ENTRIES + 4}` });
  });

  it('lists the steps visited, each once at its latest visit', () => {
    let r = newCallRecord(T);
    for (const [i, stepId] of (['signIn.email', 'register.form', 'signIn.email'] as const).entries())
      r = appendEntry(r, { kind: 'step', at: T + i, stepId, code: `c${i}` });
    expect(visitedSteps(r).map((v) => [v.stepId, v.code])).toEqual([
      ['register.form', 'c1'],
      ['signIn.email', 'c2'],
    ]);
  });

  it('reads as a plain-text ticket summary: task, last position, outcome, then the timeline with times', () => {
    const summary = callSummary(
      sampleRecord(),
      en,
      (at) => `t+${(at - T) / 1000}`,
      () => 'the start',
    );
    const lines = summary.split('\n');
    expect(lines[0]).toBe(en.console.summary.title);
    expect(summary).toContain(`Task: ${en.journeys.fullSetup.title}`);
    expect(summary).toContain(`Last position: ${en.steps['signIn.email'].title} (code 2110-0HW0-72)`);
    expect(summary).toContain('Outcome: Escalated: App store blocked');
    expect(lines).toContain(
      `t+2  ${en.guide.lookupAccount.question} Answer: ${en.guide.lookupAccount.answers.unknown}`,
    );
    expect(lines).toContain(`t+5  Note at ${en.steps['device.addForm'].title}: Caller uses an old Android phone`);
  });
});
