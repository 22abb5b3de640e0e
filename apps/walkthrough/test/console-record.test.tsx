import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CALL_RECORD_KEY } from '../src/features/console/record-store.js';
import { MAX_RECORD_CHARS, parseCallRecord } from '../src/features/console/call-record.js';
import { en } from './helpers.js';
import {
  answersWithEmail,
  chooseJourney,
  consoleAt,
  log,
  position,
  record,
  renderConsole,
  script,
  tickingClock,
} from './console-helpers.js';

const texts = en.console;

function stored() {
  const result = parseCallRecord(localStorage.getItem(CALL_RECORD_KEY));
  if (!result.ok) throw new Error(`no readable record stored: ${result.error.code}`);
  return result.value;
}

describe('the call record', () => {
  it('logs every step, answer, jump and resume with its time, and the notes and the outcome', async () => {
    const now = tickingClock();
    const { user } = await renderConsole({ answers: answersWithEmail, now });
    await chooseJourney(user, 'fullSetup');
    await consoleAt('signIn.email');
    await user.click(script().getByRole('button', { name: 'Caller pressed Next' }));
    await user.click(await script().findByRole('button', { name: en.guide.lookupAccount.answers.unknown }));
    await consoleAt('signIn.userNotFound');
    await user.click(script().getByRole('button', { name: `Next: ${en.steps['register.form'].title}` }));
    await consoleAt('register.form');
    await user.type(position().getByLabelText(en.ui.guide.resumeLabel), '2HA1-B0HW-6FR');
    await user.click(position().getByRole('button', { name: en.ui.guide.resumeButton }));
    await consoleAt('device.addForm');

    // A note: an empty one is explained; a real one is added at this step.
    const note = record().getByLabelText(`Note for ${en.steps['device.addForm'].title}`);
    await user.click(record().getByRole('button', { name: texts.note.add }));
    expect(record().getByText(texts.note.empty)).toBeInTheDocument();
    expect(note).toHaveAttribute('aria-invalid', 'true');
    await user.type(note, 'Caller has two phones');
    await user.click(record().getByRole('button', { name: texts.note.add }));
    expect(note).toHaveValue('');

    // The outcome: escalated needs a reason, which is kept once given.
    await user.click(record().getByRole('radio', { name: texts.outcome.kinds.escalated }));
    await user.click(record().getByRole('button', { name: texts.outcome.save }));
    expect(record().getByText(texts.outcome.reasonMissing)).toBeInTheDocument();
    // The missing reason takes the focus, and its error goes as soon as one is typed.
    expect(record().getByLabelText(texts.outcome.reason)).toHaveFocus();
    await user.keyboard('Needs a new account');
    expect(record().queryByText(texts.outcome.reasonMissing)).toBeNull();
    await user.click(record().getByRole('button', { name: texts.outcome.save }));
    expect(record().getByText('Outcome saved: Escalated: Needs a new account.')).toBeInTheDocument();

    const lines = log()
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    const step = (id: keyof typeof en.steps) => `On step: ${en.steps[id].title}`;
    expect(lines.map((l) => l?.replace(/^\S+ (AM|PM)? ?/, '').trim())).toEqual([
      step('signIn.email'),
      `${en.guide.lookupAccount.question} Answer: ${en.guide.lookupAccount.answers.unknown}`,
      step('signIn.userNotFound'),
      `Moved from ${en.steps['signIn.userNotFound'].title} to ${en.steps['register.form'].title}`,
      step('register.form'),
      `Carried on from code 2HA1-B0HW-6FR at ${en.steps['device.qrShown'].title}`,
      step('device.addForm'),
      `Note at ${en.steps['device.addForm'].title}: Caller has two phones`,
      'Outcome: Escalated: Needs a new account',
    ]);
    // Each with its time, as recorded, in order.
    const saved = stored();
    const times = saved.entries.map((e) => e.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(times.length);
    expect(saved.outcome).toEqual({ kind: 'escalated', reason: 'Needs a new account' });
    expect(saved.journey).toBe('fullSetup');
    const times2 = log().getAllByRole('time');
    expect(times2[0]).toHaveAttribute('datetime', new Date(times[0] ?? 0).toISOString());
  });

  it('offers to call back with the caller’s current code already filled in', async () => {
    const { user } = await renderConsole();
    await chooseJourney(user, 'forgotPassword');
    await consoleAt('signIn.email');
    await user.click(record().getByRole('radio', { name: texts.outcome.kinds.callBack }));
    const code = position().getByRole('status', { name: texts.code.heading }).textContent;
    expect(record().getByLabelText(texts.outcome.callBackCode)).toHaveValue(code);
    await user.click(record().getByRole('button', { name: texts.outcome.save }));
    await waitFor(() => expect(stored().outcome).toEqual({ kind: 'callBack', code }));
  });

  it('copies a plain-text ticket summary, and shows it to select by hand when copying is blocked', async () => {
    const { user } = await renderConsole();
    await chooseJourney(user, 'signInAppQr');
    await consoleAt('signIn.email');
    await user.click(record().getByRole('button', { name: texts.actions.copy }));
    expect(await record().findByText(texts.actions.copied)).toBeInTheDocument();
    const copied = await navigator.clipboard.readText();
    expect(copied.split('\n')[0]).toBe(texts.summary.title);
    expect(copied).toContain(`Task: ${en.journeys.signInAppQr.title}`);
    expect(copied).toContain(`On step: ${en.steps['signIn.email'].title}`);

    const writeText = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = () => Promise.reject(new Error('blocked'));
    try {
      await user.click(record().getByRole('button', { name: texts.actions.copy }));
      expect(await record().findByText(texts.actions.copyFailed)).toBeInTheDocument();
      expect(record().getByLabelText(texts.actions.summaryLabel)).toHaveValue(copied);
    } finally {
      navigator.clipboard.writeText = writeText;
    }
  });

  it('says "copied" only while the record is the one copied', async () => {
    const { user } = await renderConsole();
    await chooseJourney(user, 'signInAppQr');
    await consoleAt('signIn.email');
    await user.click(record().getByRole('button', { name: texts.actions.copy }));
    expect(await record().findByText(texts.actions.copied)).toBeInTheDocument();
    // A note added since: the summary copied is no longer the record's, and the message goes.
    await user.type(record().getByLabelText(`Note for ${en.steps['signIn.email'].title}`), 'Caller on the e-mail page');
    await user.click(record().getByRole('button', { name: texts.note.add }));
    await waitFor(() => expect(record().queryByText(texts.actions.copied)).toBeNull());
  });

  it('survives a reload: the record and the caller’s position come back from this browser', async () => {
    const first = await renderConsole({ answers: answersWithEmail });
    await chooseJourney(first.user, 'fullSetup');
    await consoleAt('signIn.email');
    await first.user.click(script().getByRole('button', { name: `Next: ${en.steps['register.form'].title}` }));
    await consoleAt('register.form');
    await first.user.type(record().getByLabelText(`Note for ${en.steps['register.form'].title}`), 'Reload test');
    await first.user.click(record().getByRole('button', { name: texts.note.add }));
    const before = log().getAllByRole('listitem').length;
    first.unmount();

    await renderConsole();
    await consoleAt('register.form');
    expect(log().getByText(`Note at ${en.steps['register.form'].title}: Reload test`)).toBeInTheDocument();
    expect(log().getAllByRole('listitem')).toHaveLength(before);
  });

  it('deletes the record from this browser after a confirmation', async () => {
    const { user } = await renderConsole();
    await chooseJourney(user, 'fullSetup');
    await consoleAt('signIn.email');
    await waitFor(() => expect(localStorage.getItem(CALL_RECORD_KEY)).not.toBeNull());
    await user.click(record().getByRole('button', { name: texts.actions.delete }));
    const confirm = record().getByRole('group', { name: texts.actions.deleteConfirm });
    await user.click(within(confirm).getByRole('button', { name: texts.actions.deleteNo }));
    expect(localStorage.getItem(CALL_RECORD_KEY)).not.toBeNull();
    // The confirmation goes once answered: the focus is back on the button that asked for it, not on the page.
    expect(record().getByRole('button', { name: texts.actions.delete })).toHaveFocus();
    await user.click(record().getByRole('button', { name: texts.actions.delete }));
    await user.click(
      within(record().getByRole('group', { name: texts.actions.deleteConfirm })).getByRole('button', {
        name: texts.actions.deleteYes,
      }),
    );
    expect(localStorage.getItem(CALL_RECORD_KEY)).toBeNull();
    expect(record().getByText(texts.actions.deleted)).toBeInTheDocument();
    expect(record().getByRole('button', { name: texts.actions.delete })).toHaveFocus();
    expect(record().getByText(texts.record.empty)).toBeInTheDocument();
  });

  it.each([
    ['damaged', '{"schema":"eulogin-coach/call-record"', texts.refused.reasons.notJson],
    ['huge', `"${'x'.repeat(MAX_RECORD_CHARS)}"`, texts.refused.reasons.tooLarge],
    [
      'from another version',
      JSON.stringify({ schema: 'eulogin-coach/call-record', version: 9, entries: [] }),
      texts.refused.reasons.wrongVersion,
    ],
    ['not a record', JSON.stringify({ hello: 'world' }), texts.refused.reasons.wrongSchema],
  ])('refuses a %s stored record with its reason, and the console still works', async (_name, value, reason) => {
    localStorage.setItem(CALL_RECORD_KEY, value);
    const { user } = await renderConsole();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(texts.refused.heading);
    expect(alert).toHaveTextContent(reason);
    await chooseJourney(user, 'signInEid');
    await consoleAt('signIn.email');
    expect(log().getByText(`On step: ${en.steps['signIn.email'].title}`)).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: texts.refused.startNew }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(stored().entries).toHaveLength(1);
  });
});
