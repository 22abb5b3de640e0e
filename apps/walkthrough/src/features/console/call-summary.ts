import { format, intlTag, textParams } from '@eulogin-coach/content';
import type { Content, Locale } from '@eulogin-coach/content';
import { DEFAULT_CONFIG } from '@eulogin-coach/react';
import type { StepId } from '@eulogin-coach/react';
import type { CallEntry, CallOutcome, CallRecord } from './call-record.js';
import { lastStep } from './call-record.js';

/** Turns a time (epoch milliseconds) into what the agent reads: the locale's date and time. */
export type TimeFormat = (at: number) => string;

/** A `TimeFormat` for a locale: hours and minutes with seconds (the record's times are seconds apart). */
export function timeFormat(locale: Locale): TimeFormat {
  const formatter = new Intl.DateTimeFormat(intlTag(locale), { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return (at) => formatter.format(at);
}

export function dateTimeFormat(locale: Locale): TimeFormat {
  const formatter = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeStyle: 'short' });
  return (at) => formatter.format(at);
}

const params = textParams(DEFAULT_CONFIG);

export function stepName(content: Content, stepId: StepId): string {
  return format(content.steps[stepId].title, params);
}

export function outcomeText(content: Content, outcome: CallOutcome): string {
  const texts = content.console.outcome;
  switch (outcome.kind) {
    case 'resolved':
      return texts.kinds.resolved;
    case 'escalated':
      return format(texts.escalatedBecause, { reason: outcome.reason });
    case 'callBack':
      return format(texts.callBackWith, { code: outcome.code });
  }
}

/** One line of the record in words. */
export function entryText(content: Content, entry: CallEntry): string {
  const texts = content.console.record;
  switch (entry.kind) {
    case 'step':
      return format(texts.step, { step: stepName(content, entry.stepId) });
    case 'answer': {
      const guide = content.guide[entry.effect];
      const answers: Readonly<Record<string, string>> = guide.answers;
      return format(texts.answer, { question: guide.question, answer: answers[entry.answer] ?? entry.answer });
    }
    case 'action':
      return format(texts.action, {
        step: stepName(content, entry.stepId),
        action: content.guideMode.actions[entry.action],
      });
    case 'jump':
      return format(texts.jump, { from: stepName(content, entry.from), to: stepName(content, entry.to) });
    case 'resume':
      return format(texts.resume, { code: entry.code, step: stepName(content, entry.stepId) });
    case 'note':
      return format(texts.note, { step: stepName(content, entry.stepId), text: entry.text });
    case 'outcome':
      return format(texts.outcome, { outcome: outcomeText(content, entry.outcome) });
  }
}

/** The record as a plain-text ticket summary: the task, where the caller got to, the outcome, then the timeline. */
export function callSummary(record: CallRecord, content: Content, at: TimeFormat, startedAt: TimeFormat): string {
  const texts = content.console.summary;
  const last = lastStep(record);
  const lines = [
    texts.title,
    format(texts.started, { time: startedAt(record.startedAt) }),
    record.journey ? format(texts.task, { journey: content.journeys[record.journey].title }) : texts.noTask,
    ...(last ? [format(texts.position, { step: stepName(content, last.stepId), code: last.code })] : []),
    record.outcome
      ? format(content.console.record.outcome, { outcome: outcomeText(content, record.outcome) })
      : texts.noOutcome,
    '',
    texts.timeline,
    ...record.entries.map((e) => `${at(e.at)}  ${entryText(content, e)}`),
  ];
  return lines.join('\n');
}
