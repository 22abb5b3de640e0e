import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeShareCode } from '@eulogin-coach/machine/persist';
import { format } from '@eulogin-coach/content';
import type { StepId, WhatIfId } from '@eulogin-coach/react';
import type { HelpHit } from '../src/features/console/help-hit.js';
import { codeGroups } from '../src/features/console/caller-code.js';
import { en } from './helpers.js';
import {
  answersWithEmail,
  chooseJourney,
  consoleAt,
  log,
  position,
  renderAppAt,
  renderConsole,
  script,
} from './console-helpers.js';

afterEach(() => window.history.replaceState(null, '', '/'));

/** A small help table of our own: each row's words, and the hit it gives. */
const TABLE: readonly { readonly words: readonly string[]; readonly hit: HelpHit }[] = [
  { words: ['registration'], hit: { kind: 'step', stepId: 'register.form', score: 1, matched: 'Registration form' } },
  {
    words: ['expired', 'link'],
    hit: {
      kind: 'whatIf',
      whatIf: 'linkExpired',
      stepId: 'register.mailSent',
      score: 0.9,
      matched: 'The link expired',
    },
  },
  {
    words: ['lost', 'phone'],
    hit: {
      kind: 'faq',
      faq: 'lost-phone',
      stepIds: ['recovery.options', 'panic.confirm'] as StepId[],
      whatIfs: ['lostPhone'] as WhatIfId[],
      score: 0.8,
      matched: 'I lost my phone',
    },
  },
];

function tableSearch(query: string): readonly HelpHit[] {
  const q = query.toLowerCase();
  return TABLE.filter((row) => row.words.some((w) => q.includes(w))).map((row) => row.hit);
}

const FAQS = { 'lost-phone': { question: 'What if my phone is lost?', answer: 'Block it first, then add a new one.' } };

describe('the helpdesk console', () => {
  it('opens at ?view=console, follows the task the agent chooses and shows where the caller is', async () => {
    const { user } = await renderAppAt('?view=console');
    expect(await screen.findByRole('heading', { name: en.console.title }, { timeout: 5000 })).toBeInTheDocument();
    await chooseJourney(user, 'signInAppPin');
    await consoleAt('signIn.email');
    expect(position().getByText(en.journeys.signInAppPin.title)).toBeInTheDocument();
    expect(script().getByText(en.steps['signIn.email'].helpdesk.ask[0] ?? '')).toBeInTheDocument();
    const code = position().getByRole('status', { name: en.console.code.heading });
    const decoded = decodeShareCode(code.textContent);
    expect(decoded.ok && decoded.value.stepId).toBe('signIn.email');
    // The same position in the rehearsal, in a new tab.
    const link = position().getByRole('link', { name: new RegExp(en.console.code.showInRehearsal) });
    expect(link).toHaveAttribute('target', '_blank');
    expect(new URLSearchParams(link.getAttribute('href') ?? '').get('code')).toBe(code.textContent);
    expect(new URLSearchParams(link.getAttribute('href') ?? '').get('mode')).toBe('rehearse');
  });

  it('lands on a step chosen from the search results, by keyboard, and on a what-if its detour step', async () => {
    const { user } = await renderConsole({ search: tableSearch });
    const box = screen.getByRole('combobox', { name: en.console.search.label });
    await user.type(box, 'a registration');
    const list = screen.getByRole('listbox', { name: en.console.search.results });
    expect(within(list).getAllByRole('option')).toHaveLength(1);
    expect(within(list).getByRole('option')).toHaveTextContent(en.steps['register.form'].title);
    await user.keyboard('{Enter}');
    await consoleAt('register.form');
    expect(box).toHaveValue('');

    await user.type(box, 'the link expired after registration');
    const options = within(screen.getByRole('listbox', { name: en.console.search.results })).getAllByRole('option');
    expect(options).toHaveLength(2);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(options[1]).toHaveTextContent(en.console.search.kinds.whatIf);
    await user.keyboard('{Enter}');
    await consoleAt('register.linkExpired');
  });

  it("shows an FAQ hit's answer and jumps to one of its steps", async () => {
    const { user } = await renderConsole({ search: tableSearch, faqs: (id) => FAQS[id as keyof typeof FAQS] });
    await user.type(screen.getByRole('combobox', { name: en.console.search.label }), 'lost phone');
    await user.click(screen.getByRole('option', { name: new RegExp(FAQS['lost-phone'].question) }));
    expect(screen.getByRole('heading', { name: FAQS['lost-phone'].question })).toBeInTheDocument();
    expect(screen.getByText(FAQS['lost-phone'].answer)).toBeInTheDocument();
    // The results fold away while the answer is read, and come back as soon as the query changes.
    expect(screen.getByRole('listbox', { hidden: true })).not.toBeVisible();
    await user.type(screen.getByRole('combobox', { name: en.console.search.label }), ' ');
    expect(screen.getByRole('listbox', { name: en.console.search.results })).toBeVisible();
    await user.click(screen.getByRole('button', { name: `Go to ${en.steps['recovery.options'].title}` }));
    await consoleAt('recovery.options');
  });

  it('shows the explanation and fix of a problem the caller reports, on that step and where it leads', async () => {
    const { user } = await renderConsole();
    await chooseJourney(user, 'fullSetup');
    await consoleAt('signIn.email');
    await user.click(script().getByRole('button', { name: `Next: ${en.steps['register.form'].title}` }));
    await consoleAt('register.form');
    await user.click(script().getByRole('button', { name: `Next: ${en.steps['register.mailSent'].title}` }));
    await consoleAt('register.mailSent');
    expect(script().queryByRole('region', { name: en.console.answers.reportedHeading })).toBeNull();
    await user.click(script().getByRole('button', { name: en.guideMode.actions.mailInSpam }));
    const reported = script().getByRole('region', { name: en.console.answers.reportedHeading });
    expect(reported).toHaveTextContent(en.whatIfs.mailInSpam.explanation);
    expect(reported).toHaveTextContent(en.whatIfs.mailInSpam.fix);
    // On the next step the caller reaches, the fix of the mail step is gone.
    const opened = script().getByRole('group', { name: en.guideMode.actions.openLink });
    await user.click(within(opened).getByRole('button', { name: en.guide.openLink.answers.valid }));
    await consoleAt('password.set');
    expect(script().queryByRole('region', { name: en.console.answers.reportedHeading })).toBeNull();
  });

  it('shows a reported problem once: coming back to its step later does not show it again', async () => {
    const { user } = await renderConsole();
    await chooseJourney(user, 'fullSetup');
    await consoleAt('signIn.email');
    await user.click(script().getByRole('button', { name: `Next: ${en.steps['register.form'].title}` }));
    await consoleAt('register.form');
    await user.click(script().getByRole('button', { name: `Next: ${en.steps['register.mailSent'].title}` }));
    await consoleAt('register.mailSent');
    await user.click(script().getByRole('button', { name: en.guideMode.actions.mailInSpam }));
    expect(script().getByRole('region', { name: en.console.answers.reportedHeading })).toBeInTheDocument();
    // The caller goes back a page (the agent follows on the journey map), then on to the mail step again.
    await user.click(screen.getByRole('button', { name: `Back to ${en.steps['register.form'].title}` }));
    await consoleAt('register.form');
    expect(script().queryByRole('region', { name: en.console.answers.reportedHeading })).toBeNull();
    await user.click(script().getByRole('button', { name: `Next: ${en.steps['register.mailSent'].title}` }));
    await consoleAt('register.mailSent');
    expect(script().queryByRole('region', { name: en.console.answers.reportedHeading })).toBeNull();
  });

  it('moves the coach with what the caller reports, as guide mode offers it, and records it', async () => {
    const { user } = await renderConsole();
    await chooseJourney(user, 'fullSetup');
    await consoleAt('signIn.email');
    // What the caller did on the real page, and what they see now: one button moves the coach.
    const pressedNext = script().getByRole('group', { name: en.guideMode.actions.submitEmail });
    await user.click(within(pressedNext).getByRole('button', { name: en.guide.lookupAccount.answers.unknown }));
    await consoleAt('signIn.userNotFound');
    expect(script().queryByRole('group', { name: en.guideMode.actions.submitEmail })).toBeNull();
    expect(log().getByText(new RegExp(`Answer: ${en.guide.lookupAccount.answers.unknown}`))).toBeInTheDocument();
    expect(log().getByText(en.guideMode.actions.submitEmail, { exact: false })).toBeInTheDocument();
  });

  it('moves the focus to the step title after an answer, also one that keeps the caller on the step', async () => {
    const { user } = await renderConsole();
    await chooseJourney(user, 'fullSetup');
    await consoleAt('signIn.email');
    await user.click(script().getByRole('button', { name: `Next: ${en.steps['register.form'].title}` }));
    await consoleAt('register.form');
    // The caller's address is refused: the caller stays on the form, and the answer's group goes with the answer.
    const pressed = script().getByRole('group', { name: en.guideMode.actions.submitRegistration });
    await user.click(within(pressed).getByRole('button', { name: en.guide.registerAccount.answers.institution }));
    await consoleAt('register.form');
    const title = script().getByRole('heading', { level: 3, name: en.steps['register.form'].title });
    await waitFor(() => expect(title).toHaveFocus());
  });

  it('offers the answers of a question already waiting, and the guide follows the one chosen', async () => {
    // A portal's own answer buttons (the answers slot) can send what the caller did; the question then waits.
    const { user } = await renderConsole({ answers: answersWithEmail });
    await chooseJourney(user, 'fullSetup');
    await consoleAt('signIn.email');
    await user.click(script().getByRole('button', { name: 'Caller pressed Next' }));
    const question = await script().findByRole('group', { name: en.guide.lookupAccount.question });
    await user.click(within(question).getByRole('button', { name: en.guide.lookupAccount.answers.known }));
    await consoleAt('signIn.password');
  });

  it('moves the coach on to the next step when the caller reports it', async () => {
    const { user } = await renderConsole();
    await chooseJourney(user, 'fullSetup');
    await consoleAt('signIn.email');
    await user.click(script().getByRole('button', { name: `Next: ${en.steps['register.form'].title}` }));
    await consoleAt('register.form');
    // The steps visited sit at the bottom of the position column: a button at its top leads there.
    const jump = position().getByRole('button', { name: format(en.console.history.jumpTo, { count: 2 }) });
    await user.click(jump);
    expect(position().getByRole('heading', { level: 4, name: en.console.history.heading })).toHaveFocus();
  });

  it('carries on from a code the caller reads out, and records it', async () => {
    const { user } = await renderConsole();
    await user.type(position().getByLabelText(en.ui.guide.resumeLabel), '2HA1-B0HW-6FR');
    await user.click(position().getByRole('button', { name: en.ui.guide.resumeButton }));
    await consoleAt('device.addForm');
    expect(log().getByText(/^Carried on from code 2HA1-B0HW-6FR/)).toBeInTheDocument();
  });
});

describe('the way to the console', () => {
  it('is a link in the header of the start page, and the console links back to the rehearsal', async () => {
    await renderAppAt('');
    const banner = within(screen.getByRole('banner'));
    expect(banner.getByRole('link', { name: en.ui.app.consoleLink })).toHaveAttribute('href', '?view=console');
    expect(banner.getByText(en.ui.app.rehearsalBadge)).toBeInTheDocument();
  });

  it('from the console, leads back to the rehearsal; the console wears no rehearsal badge', async () => {
    await renderAppAt('?view=console');
    await screen.findByRole('heading', { name: en.console.title }, { timeout: 5000 });
    const banner = within(screen.getByRole('banner'));
    expect(banner.getByRole('link', { name: en.ui.app.rehearsalLink })).toHaveAttribute('href', './');
    // No badge beside the title (the link back may carry the same word).
    expect(banner.queryAllByText(en.ui.app.rehearsalBadge).filter((el) => el.closest('a') === null)).toEqual([]);
  });
});

describe('a share code in the address', () => {
  it('opens the rehearsal at that position', async () => {
    await renderAppAt('?mode=rehearse&code=2HA1-B0HW-6FR');
    expect(
      await screen.findByRole('heading', { level: 2, name: en.steps['device.addForm'].title }, { timeout: 20_000 }),
    ).toBeInTheDocument();
  });

  it('explains a bad code on the start page and offers a fresh start, without a crash', async () => {
    const { user } = await renderAppAt('?code=2HA1-B0HW-6FZ');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en.ui.app.codeUnreadableHeading);
    expect(alert).toHaveTextContent(en.decodeErrors.checksum.title);
    await user.click(within(alert).getByRole('button', { name: en.ui.guide.startFresh }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(window.location.search).toBe('');
  });

  it('explains a bad code in the console, which keeps working', async () => {
    const { user } = await renderAppAt('?view=console&code=2HA1-B0HW-6FZ');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(en.ui.app.codeUnreadableHeading);
    await chooseJourney(user, 'forgotPassword');
    await consoleAt('signIn.email');
    // The console has no fresh start: its button sends the agent to the field for the code the caller reads out.
    await user.click(within(alert).getByRole('button', { name: en.console.code.typeInstead }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(window.location.search).toBe('?view=console');
    const position = within(screen.getByRole('region', { name: en.console.regions.position }));
    expect(position.getByLabelText(en.ui.guide.resumeLabel)).toHaveFocus();
  });
});

describe('codes read out over the phone', () => {
  it('are grouped in short pieces, whatever their separators', () => {
    expect(codeGroups('2HA1-B0HW-6FR')).toEqual(['2HA1', 'B0HW', '6FR']);
    expect(codeGroups('ABCDEFGHJK')).toEqual(['ABCD', 'EFGH', 'JK']);
    expect(codeGroups(' 12 34-56 ')).toEqual(['12', '34', '56']);
  });
});
