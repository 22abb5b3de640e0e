import { StrictMode } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../src/App.js';
import { PendingAnswers } from '../src/features/console/pending-answers.js';
import type { AnswersSlotProps } from '../src/features/console/pending-answers.js';
import ConsoleApp from '../src/features/console/console-app.js';
import type { ConsoleAppProps } from '../src/features/console/console-app.js';
import { ResumeDraftProvider } from '../src/features/resume/resume-draft.js';
import { ContentProvider, FullContentGate } from '../src/i18n/content-context.js';
import { en } from './helpers.js';

/** A clock for the record's times: starts at a fixed instant and moves a second per reading. */
export function tickingClock(start = Date.UTC(2026, 11, 7, 9, 30, 0)) {
  let t = start - 1000;
  return () => (t += 1000);
}

/** The console on its own, in StrictMode, in English, with what a test injects (search, answers, clock…). */
export async function renderConsole(props: ConsoleAppProps = {}) {
  const user = userEvent.setup();
  const ui = (
    <StrictMode>
      <ContentProvider locale="en">
        <ResumeDraftProvider>
          <FullContentGate fallback={null}>
            <ConsoleApp {...props} />
          </FullContentGate>
        </ResumeDraftProvider>
      </ContentProvider>
    </StrictMode>
  );
  const result = render(ui);
  await screen.findByRole('heading', { name: en.console.title });
  return { ...result, user, ui };
}

/** The whole app opened at `search` (such as `?view=console`), as a browser would. */
export async function renderAppAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const user = userEvent.setup();
  const result = render(
    <StrictMode>
      <App locale="en" />
    </StrictMode>,
  );
  await screen.findByRole('banner');
  return { ...result, user };
}

export const region = (name: string) => within(screen.getByRole('region', { name }));
export const position = () => region(en.console.regions.position);
export const script = () => region(en.console.regions.script);
export const record = () => region(en.console.regions.record);
/** The call record's list of what happened. */
export const log = () => within(record().getByRole('list', { name: en.console.record.log }));

/** Waits for the script column to show `stepId`'s title as its step heading. */
export async function consoleAt(stepId: keyof typeof en.steps) {
  return within(await screen.findByRole('region', { name: en.console.regions.script })).findByRole(
    'heading',
    { level: 3, name: en.steps[stepId].title },
    { timeout: 5000 },
  );
}

export async function chooseJourney(user: ReturnType<typeof userEvent.setup>, journey: keyof typeof en.journeys) {
  await user.selectOptions(script().getByLabelText(en.console.chooseJourney.label), journey);
  await user.click(script().getByRole('button', { name: en.console.chooseJourney.start }));
}

/**
 * Answers with one extra button for what the caller did on the PC (typing their e-mail and pressing Next), as guide
 * mode's step panel gives them through the same slot; then the guide's pending question.
 */
export function answersWithEmail(props: AnswersSlotProps) {
  return (
    <>
      <button type="button" onClick={() => props.view.send({ type: 'user.submitEmail', email: 'caller@example.org' })}>
        Caller pressed Next
      </button>
      <PendingAnswers {...props} />
    </>
  );
}
